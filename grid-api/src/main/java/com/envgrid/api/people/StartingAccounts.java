package com.envgrid.api.people;

import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.Role;
import com.envgrid.core.grid.Grid;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * The accounts a platform starts with. The first administrator comes from configuration
 * ({@code ENVGRID_ADMIN_USERNAME}, {@code ENVGRID_ADMIN_PASSWORD}, {@code ENVGRID_ADMIN_NAME}) on a start with no
 * active administrator. With the demo district, one demo account per role (passwords in the README), the chief
 * and supervisor assigned in the demo's first street. Runs after the demo grids are loaded.
 */
@Singleton
class StartingAccounts implements ApplicationEventListener<StartupEvent>, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(StartingAccounts.class);
    static final String DEMO_STREET = "320214001";

    private final People people;
    private final PersonRows rows;
    private final LiveGridLayer layer;
    private final DemoSettings demo;
    private final AdminSettings admin;
    private final Clock clock;

    StartingAccounts(People people, PersonRows rows, LiveGridLayer layer, DemoSettings demo, AdminSettings admin,
                     Clock clock) {
        this.people = people;
        this.rows = rows;
        this.layer = layer;
        this.demo = demo;
        this.admin = admin;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (!admin.username().isBlank() && rows.countByRoleAndActive(Role.ADMIN.key(), true) == 0) {
            people.create(Actor.SYSTEM, clock.instant(), new PeopleRequests.NewPerson(admin.name(),
                    admin.username(), admin.password(), null, Role.ADMIN.key()));
            LOG.info("Created the first administrator {}", admin.username());
        }
        if (demo.enabled()) {
            createDemoAccounts();
        }
        if (rows.countByRoleAndActive(Role.ADMIN.key(), true) == 0) {
            LOG.warn("There is no administrator: set ENVGRID_ADMIN_USERNAME and ENVGRID_ADMIN_PASSWORD and restart");
        }
    }

    private void createDemoAccounts() {
        var street = layer.layer().find(DEMO_STREET);
        if (street.isEmpty() || rows.existsByUsername("supervisor")) {
            return;
        }
        demoAccount("王建国", "admin", "Admin#2026demo", "13800000001", Role.ADMIN);
        demoAccount("李敏", "viewer", "Viewer#2026demo", "13800000002", Role.VIEWER);
        var chief = demoAccount("张伟", "chief", "Chief#2026demo", "13800000003", Role.CHIEF);
        people.assign(Actor.SYSTEM, clock.instant(), chief.id(), new PeopleRequests.NewAssignment(DEMO_STREET,
                "chief", null));
        var supervisor = demoAccount("陈静", "supervisor", "Super#2026demo", "13800000004", Role.SUPERVISOR);
        for (Grid community : layer.layer().children(DEMO_STREET).stream().limit(2).toList()) {
            people.assign(Actor.SYSTEM, clock.instant(), supervisor.id(),
                    new PeopleRequests.NewAssignment(community.code(), "supervisor", null));
        }
        LOG.info("Created the demo accounts admin, viewer, chief and supervisor (passwords in the README)");
    }

    private PersonView demoAccount(String name, String username, String password, String phone, Role role) {
        return rows.findByUsername(username).map(existing -> new PersonView(existing.id(), existing.name(),
                        existing.username(), existing.role(), existing.active(), null, List.of(), null))
                .orElseGet(() -> people.create(Actor.SYSTEM, clock.instant(),
                        new PeopleRequests.NewPerson(name, username, password, phone, role.key())));
    }

    /** After the demo grids (order 0). */
    @Override
    public int getOrder() {
        return 10;
    }
}
