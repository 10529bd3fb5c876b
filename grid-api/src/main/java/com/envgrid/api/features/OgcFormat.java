package com.envgrid.api.features;

import com.envgrid.api.shared.InvalidParameter;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The formats the OGC API answers in, chosen by {@code f=} or else by the Accept header: HTML for browsers (who ask
 * for {@code text/html}), JSON for everyone else. The one place a format is added.
 */
enum OgcFormat {
    JSON("json"),
    HTML("html");

    /** The formats of every resource. */
    static final Set<OgcFormat> PAGES = Set.of(JSON, HTML);
    /** The formats of a collection's items: the pages', and the files a collection downloads as. */
    static final Set<OgcFormat> ITEMS = Set.of(JSON, HTML);

    private final String key;

    OgcFormat(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    /** The format a request asks for among those a resource has; 400 naming {@code f} for another. */
    static OgcFormat of(HttpRequest<?> request, Set<OgcFormat> offered) {
        String f = request.getParameters().get("f");
        if (f != null) {
            return Arrays.stream(values()).filter(format -> offered.contains(format) && format.key.equals(f))
                    .findFirst().orElseThrow(() -> new InvalidParameter("f", "unknown format \"" + f + "\"; accepted: "
                            + offered.stream().sorted().map(OgcFormat::key).collect(Collectors.joining(", "))));
        }
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html") ? HTML : JSON;
    }
}
