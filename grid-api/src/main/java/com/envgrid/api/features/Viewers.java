package com.envgrid.api.features;

import com.envgrid.api.access.AccessScopes;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;

/**
 * Who is reading in the current request: the signed-in person (password login or API key) with the grid scope the
 * rest of the API gives them, or the anonymous public.
 */
@Singleton
public class Viewers {
    private final SecurityService security;
    private final AccessScopes scopes;

    Viewers(SecurityService security, AccessScopes scopes) {
        this.security = security;
        this.scopes = scopes;
    }

    public Viewer current() {
        return security.getAuthentication().map(who -> Viewer.of(scopes.actorOf(who).scope())).orElse(Viewer.ANONYMOUS);
    }
}
