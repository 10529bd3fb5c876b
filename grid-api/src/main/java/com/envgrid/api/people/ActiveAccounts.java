package com.envgrid.api.people;

import com.envgrid.api.audit.Audit;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;

import java.util.Map;
import java.util.Optional;

/**
 * A token stays valid until it expires, but a deactivated person is out at once: every API request made with
 * the token of a deactivated account is refused (401). An account that must change its password (someone else chose
 * it) is answered nothing but the password change: every other API request is a 403 problem
 * {@code people.must_change_password}, which the pages take as the cue to ask for a new password. The same holds for
 * a personal API key ({@link ApiKeys}) on the API and on the OGC API that GIS clients read, except that a key never
 * changes a password: its account's keys work again once the person chose their own at sign-in.
 */
@ServerFilter({"/api/**", "/ogc/**"})
class ActiveAccounts implements Ordered {
    private static final String PASSWORD_CHANGE = "/api/me/password";
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
        var person = id == null ? Optional.<PersonRow>empty() : people.findById(id);
        if (person.isEmpty() || !person.get().active()) {
            return Problem.response(HttpStatus.UNAUTHORIZED, "this account is deactivated", request, null);
        }
        boolean byKey = who.get().getAttributes().containsKey(ApiKeys.KEY_ID);
        if (person.get().mustChangePassword() && (byKey || !isPasswordChange(request))) {
            return Problem.response(HttpStatus.FORBIDDEN, PeopleCode.MUST_CHANGE_PASSWORD, Map.of(),
                    "choose a new password first (PUT /api/me/password): this one was given to you", request, null);
        }
        return null;
    }

    private static boolean isPasswordChange(HttpRequest<?> request) {
        return request.getMethod() == HttpMethod.PUT && request.getPath().equals(PASSWORD_CHANGE);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
