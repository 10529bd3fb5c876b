package com.envgrid.api.access;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.access.Role;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The grid scope of the person making the current request: what they may read and write. Every endpoint that
 * reads or writes grid-bound data asks this — through {@link TouchesGrid} for one grid, or by filtering with
 * {@link GridScope#canRead} for lists — so the rule lives in one place ({@link GridScope}).
 */
@Singleton
public class AccessScopes {
    private final SecurityService security;
    private final Standings standings;
    private final LiveGridLayer layer;
    private final DistrictTime time;

    AccessScopes(SecurityService security, Standings standings, LiveGridLayer layer, DistrictTime time) {
        this.security = security;
        this.standings = standings;
        this.layer = layer;
        this.time = time;
    }

    public GridScope current() {
        return actorOf(signedIn()).scope();
    }

    /** Refuses (403, saying {@code why}) anyone but an administrator of the whole city: the city's own settings. */
    public void requireCityAdministrator(String why) {
        if (!current().administersCity()) {
            throw new AccessDenied(why);
        }
    }

    /** The signed-in person making the current request, as the actor of the commands it issues. */
    public Actor actor() {
        return actorOf(signedIn());
    }

    private Authentication signedIn() {
        return security.getAuthentication().orElseThrow(() -> new AccessDenied("this needs a signed-in person"));
    }

    /**
     * The actor an authentication stands for: its person, role, district binding and active assignments in today's
     * layer. The binding is read from the person at each request (not from the token), so that binding an account
     * to a district narrows its sign-ins and API keys at once.
     */
    public Actor actorOf(Authentication who) {
        Role role = who.getRoles().stream().map(Role::parse).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new AccessDenied("the token carries no known role"));
        Long personId = Audit.personId(who);
        Standings.Standing standing = personId == null ? new Standings.Standing(null, List.of())
                : standings.of(personId, today());
        return new Actor(personId, who.getName(),
                GridScope.of(role, standing.district(), standing.active(), layer.layer()));
    }

    /** The district's date today, on which assignments are active or not. */
    public LocalDate today() {
        return time.today();
    }
}
