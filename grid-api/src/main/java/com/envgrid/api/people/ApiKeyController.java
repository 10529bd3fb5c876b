package com.envgrid.api.people;

import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.audit.Audit;
import com.envgrid.api.people.ApiKeys.ApiKeyView;
import com.envgrid.api.people.ApiKeys.CreatedApiKey;
import com.envgrid.api.people.ApiKeys.NewApiKey;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Personal API keys: everyone signed in lists, makes and revokes their own; an administrator lists and revokes
 * the keys of anyone they manage (a district's administrators: the people of their district) and makes them for
 * them. A key acts with its person's district binding as it is at each request. A key is in the answer that made it and never again. Another person's key is
 * not found under one's own.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ApiKeyController {
    private final ApiKeys keys;
    private final People people;
    private final AccessScopes scopes;
    private final Clock clock;

    ApiKeyController(ApiKeys keys, People people, AccessScopes scopes, Clock clock) {
        this.keys = keys;
        this.people = people;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Get("/me/api-keys")
    List<ApiKeyView> mine(Authentication who) {
        return keys.of(Audit.personId(who));
    }

    @Post("/me/api-keys")
    HttpResponse<CreatedApiKey> createMine(@Body NewApiKey key, Authentication who) {
        return create(Audit.personId(who), key, who);
    }

    @Post("/me/api-keys/{id}/revoke")
    ApiKeyView revokeMine(@PathVariable long id, Authentication who) {
        return keys.revoke(scopes.actor(), clock.instant(), Audit.personId(who), id);
    }

    @Get("/people/{id}/api-keys")
    @Secured("admin")
    List<ApiKeyView> ofPerson(@PathVariable long id) {
        people.managed(scopes.actor(), id);
        return keys.of(id);
    }

    @Post("/people/{id}/api-keys")
    @Secured("admin")
    HttpResponse<CreatedApiKey> createFor(@PathVariable long id, @Body NewApiKey key, Authentication who) {
        people.managed(scopes.actor(), id);
        return create(id, key, who);
    }

    @Post("/people/{id}/api-keys/{keyId}/revoke")
    @Secured("admin")
    ApiKeyView revokeOf(@PathVariable long id, @PathVariable long keyId) {
        people.managed(scopes.actor(), id);
        return keys.revoke(scopes.actor(), clock.instant(), id, keyId);
    }

    /**
     * A key is made by someone signed in with their password: a key that could make keys would outlive its own
     * revocation in the keys it made.
     */
    private HttpResponse<CreatedApiKey> create(long personId, NewApiKey key, Authentication who) {
        if (who.getAttributes().containsKey(ApiKeys.KEY_ID)) {
            throw new AccessDenied(ApiKeyCode.SIGN_IN_NEEDED, Map.of(),
                    "API keys are made signed in with a password, not with another API key");
        }
        CreatedApiKey created = keys.create(scopes.actor(), clock.instant(), personId, key);
        String list = personId == Audit.personId(who) ? "/api/me/api-keys" : "/api/people/" + personId + "/api-keys";
        return HttpResponse.created(created, URI.create(list));
    }
}
