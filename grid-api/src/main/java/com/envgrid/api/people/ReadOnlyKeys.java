package com.envgrid.api.people;

import com.envgrid.api.shared.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;

import java.util.Map;

/**
 * A read-only API key reads: any request it signs other than GET or HEAD is a 403 problem {@code api_key.read_only},
 * whatever the person could do with their password.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ReadOnlyKeys implements Ordered {

    @RequestFilter
    @Nullable
    HttpResponse<Problem> refuseWrites(HttpRequest<?> request) {
        var who = request.getUserPrincipal(Authentication.class);
        boolean readOnly = who.isPresent() && Boolean.FALSE.equals(who.get().getAttributes().get(ApiKeys.WRITES));
        if (!readOnly || request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD) {
            return null;
        }
        return Problem.response(HttpStatus.FORBIDDEN, ApiKeyCode.READ_ONLY, Map.of(),
                "this API key is read-only: it may only GET and HEAD; make a key that writes for this", request, null);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
