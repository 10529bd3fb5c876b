package com.envgrid.api.vocabulary;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/vocabulary}: the names of the server's vocabularies ({@link Vocabularies}) for the pages to label
 * categories, states and roles with. Public, because the public complaint form names its categories with it, and
 * cacheable for an hour: the names change only with a release. The pages keep a copy for when they are offline.
 */
@Controller("/api/vocabulary")
@Secured(SecurityRule.IS_ANONYMOUS)
class VocabularyController {
    private static final String CACHE_FOR_AN_HOUR = "public, max-age=3600";

    @Get
    HttpResponse<Map<String, List<Vocabularies.Term>>> vocabulary() {
        return HttpResponse.ok(Vocabularies.ALL).header(HttpHeaders.CACHE_CONTROL, CACHE_FOR_AN_HOUR);
    }
}
