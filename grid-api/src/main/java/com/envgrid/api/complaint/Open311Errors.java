package com.envgrid.api.complaint;

import com.envgrid.api.shared.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Errors that never reach {@link Open311Controller} — an unknown resource, a body that is not form-encoded, a
 * failure — also in the specification's error format on Open311 paths, instead of the problem details of the rest
 * of the API: XML for a path ending in {@code .xml}, JSON otherwise, the HTTP status kept.
 */
@ServerFilter("/open311/v2/**")
final class Open311Errors {
    @ResponseFilter
    void inSpecificationFormat(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getBody().orElse(null) instanceof Problem problem) {
            Open311Format.of(request.getPath().endsWith(".xml") ? "xml" : "json").error(response, problem.detail());
        }
    }
}
