package com.envgrid.demo.activity;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.shared.Replay;
import com.envgrid.core.access.Actor;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A person of the demo's staff, and the actor of the commands they issue: their id, login name and post's scope. */
record Player(Actor actor) {

    long id() {
        return actor.person();
    }

    /**
     * Runs the work as this person at a moment of the past, for the services that still read who acts from the
     * request and when from the platform's clock: inside a request signed in as them, while the clock reads that
     * moment ({@link Replay}).
     */
    <T> T at(Instant moment, Supplier<T> work) {
        MutableHttpRequest<Object> request = HttpRequest.GET("/");
        request.setUserPrincipal(Authentication.build(actor.name(), List.of(actor.role().key()),
                Map.of(Audit.PERSON_ID, id())));
        return Replay.at(moment, () -> ServerRequestContext.with(request, work));
    }
}
