package com.envgrid.demo;

import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.people.People;
import com.envgrid.api.people.PeopleRequests;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.Role;
import com.envgrid.core.grid.Grid;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;

/**
 * One demo account per role (passwords in the README), the chief and supervisor assigned in the demo's first street.
 * Runs after the demo grids are loaded and the first administrator is created.
 */
@Singleton
@Requires(property = DemoSwitches.ENABLED, value = "true")
class DemoAccounts implements ApplicationEventListener<StartupEvent>, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);
    private static final String DEMO_STREET = "320214001";

    private final People people;
    private final LiveGridLayer layer;
    private final Clock clock;

    DemoAccounts(People people, LiveGridLayer layer, Clock clock) {
        this.people = people;
        this.layer = layer;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        var street = layer.layer().find(DEMO_STREET);
        if (street.isEmpty() || people.idOf("supervisor").isPresent()) {
            return;
        }
        Instant now = clock.instant();
        demoAccount(now, "王建国", "admin", "Admin#2026demo", "13800000001", Role.ADMIN);
        demoAccount(now, "李敏", "viewer", "Viewer#2026demo", "13800000002", Role.VIEWER);
        var chief = demoAccount(now, "张伟", "chief", "Chief#2026demo", "13800000003", Role.CHIEF);
        people.assign(Actor.SYSTEM, now, chief, new PeopleRequests.NewAssignment(DEMO_STREET, "chief", null));
        var supervisor = demoAccount(now, "陈静", "supervisor", "Super#2026demo", "13800000004", Role.SUPERVISOR);
        for (Grid community : layer.layer().children(DEMO_STREET).stream().limit(2).toList()) {
            people.assign(Actor.SYSTEM, now, supervisor,
                    new PeopleRequests.NewAssignment(community.code(), "supervisor", null));
        }
        LOG.info("Created the demo accounts admin, viewer, chief and supervisor (passwords in the README)");
    }

    /** The account's id: created, or kept as a former start left it. */
    private long demoAccount(Instant now, String name, String username, String password, String phone, Role role) {
        return people.idOf(username).orElseGet(() ->
                people.create(Actor.SYSTEM, now, new PeopleRequests.NewPerson(name, username, password, phone,
                        role.key())).id());
    }

    /** After the demo grids (0) and the first administrator (10). */
    @Override
    public int getOrder() {
        return 11;
    }
}
