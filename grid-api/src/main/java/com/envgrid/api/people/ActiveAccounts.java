package com.envgrid.api.people;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.shared.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;

/**
 * A token stays valid until it expires, but a deactivated person is out at once: every API request made with
 * the token of a deactivated account is refused (401).
 */
@ServerFilter("/api/**")
class ActiveAccounts implements Ordered {
    private final PersonRows people;

    ActiveAccounts(PersonRows people) {
        this.people = people;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<Problem> refuseDeactivated(HttpRequest<?> request) {
        var who = request.getUserPrincipal(Authentication.class);
        if (who.isEmpty()) {
            return null;
        }
        Long id = Audit.personId(who.get());
        boolean active = id != null && people.findActiveById(id).orElse(false);
        return active ? null : Problem.response(HttpStatus.UNAUTHORIZED, "this account is deactivated", request, null);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
