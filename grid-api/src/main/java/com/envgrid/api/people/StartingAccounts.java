package com.envgrid.api.people;

import com.envgrid.api.shared.KeptSecret;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.InitialPassword;
import com.envgrid.core.access.Role;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;

/**
 * The accounts a platform starts with. The first administrator comes from configuration
 * ({@code ENVGRID_ADMIN_USERNAME}, {@code ENVGRID_ADMIN_PASSWORD}, {@code ENVGRID_ADMIN_NAME}) on a start with no
 * active administrator of the city (one bound to no district); without a password, one is generated into
 * {@code ENVGRID_ADMIN_PASSWORD_FILE} (a fresh install). Runs after grids loaded at start-up (order 0); of nodes starting together, one makes it.
 */
@Singleton
class StartingAccounts implements ApplicationEventListener<StartupEvent>, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(StartingAccounts.class);

    private final People people;
    private final PersonRows rows;
    private final AdminSettings admin;
    private final Clock clock;

    StartingAccounts(People people, PersonRows rows, AdminSettings admin, Clock clock) {
        this.people = people;
        this.rows = rows;
        this.admin = admin;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void onApplicationEvent(StartupEvent event) {
        if (admin.username().isBlank()) {
            return;
        }
        rows.holdStartingAccounts();
        // the first administrator is the city's: administrators bound to a district cannot set the city's rules
        if (rows.countByRoleAndActiveAndDistrictCodeIsNull(Role.ADMIN.key(), true) > 0) {
            return;
        }
        String password = admin.generatesPassword() ? InitialPassword.next(new SecureRandom()) : admin.password();
        // a generated password was chosen by the platform: the administrator replaces it at first sign-in
        people.create(Actor.SYSTEM, clock.instant(), new PeopleRequests.NewPerson(admin.name(),
                admin.username(), password, null, Role.ADMIN.key()), new HashMap<>(), admin.generatesPassword());
        if (admin.generatesPassword()) {
            // never in the log: only whoever may read the data directory learns it
            KeptSecret.write(admin.passwordFile(), password);
            LOG.warn("Created the first administrator {}; its password is in {} (readable by you only):"
                    + " sign in with it", admin.username(), admin.passwordFile());
        } else {
            LOG.info("Created the first administrator {}", admin.username());
        }
    }

    /** Once every start-up listener has run (the demo's accounts among them), says when nobody can administer. */
    @EventListener
    void warnWithoutAdministrator(ServerStartupEvent event) {
        if (rows.countByRoleAndActiveAndDistrictCodeIsNull(Role.ADMIN.key(), true) == 0) {
            LOG.warn("There is no administrator of the city: set ENVGRID_ADMIN_USERNAME and ENVGRID_ADMIN_PASSWORD"
                    + " and restart");
        }
    }

    /** After grids loaded at start-up (order 0). */
    @Override
    public int getOrder() {
        return 10;
    }
}
