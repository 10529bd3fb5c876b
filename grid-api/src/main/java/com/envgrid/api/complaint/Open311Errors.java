package com.envgrid.api.complaint;

import com.envgrid.api.shared.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Errors that never reach {@link Open311Controller} — an unknown resource, a body that is not form-encoded, a
 * failure — also in the specification's error format on Open311 paths, instead of the problem details of the rest
 * of the API: XML for a path ending in {@code .xml}, JSON otherwise, the HTTP status kept. Input refused before the
 * controller (by the input screen) arrives here as the exception, not yet a response.
 */
@ServerFilter("/open311/v2/**")
final class Open311Errors implements Ordered {
    /** Outermost, so that it sees what every other filter answers or refuses. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @ResponseFilter
    void inSpecificationFormat(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getBody().orElse(null) instanceof Problem problem) {
            format(request).error(response, problem.detail());
        }
    }

    @ResponseFilter
    @Nullable
    HttpResponse<?> refusedInSpecificationFormat(HttpRequest<?> request, Throwable failure) {
        return Open311Controller.error(format(request), failure);
    }

    private static Open311Format format(HttpRequest<?> request) {
        return Open311Format.of(request.getPath().endsWith(".xml") ? "xml" : "json");
    }
}
