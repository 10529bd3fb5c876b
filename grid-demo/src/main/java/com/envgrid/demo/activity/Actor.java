package com.envgrid.demo.activity;

import com.envgrid.api.shared.Replay;
import com.envgrid.api.audit.Audit;
import com.envgrid.core.access.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A person of the demo's staff. */
record Actor(long id, String username, Role role) {

    /**
     * Runs the work as this person at a moment of the past: inside a request signed in as them — where the services'
     * access checks and the audit log look for who is acting — while the platform's clock reads that moment ({@link Replay}).
     */
    <T> T at(Instant moment, Supplier<T> work) {
        MutableHttpRequest<Object> request = HttpRequest.GET("/");
        request.setUserPrincipal(Authentication.build(username, List.of(role.key()), Map.of(Audit.PERSON_ID, id)));
        return Replay.at(moment, () -> ServerRequestContext.with(request, work));
    }
}
