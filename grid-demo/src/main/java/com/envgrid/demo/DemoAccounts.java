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
 * One demo account per role and scope (passwords in the README): the city's administrator and viewer, an
 * administrator and a viewer of 清源区, an administrator of 东澜区, and the chief and supervisor assigned in 清源区's
 * first street. Runs after the demo grids are loaded and the first administrator is created.
 */
@Singleton
@Requires(property = DemoSwitches.ENABLED, value = "true")
class DemoAccounts implements ApplicationEventListener<StartupEvent>, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);
    private static final String DEMO_STREET = "320214001";
    static final String FIRST_DISTRICT = "320214";
    static final String SECOND_DISTRICT = "320215";

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
        demoAccount(now, "赵志远", "city", "City#2026demo", "13800000005", Role.ADMIN, null);
        demoAccount(now, "孙丽华", "cityviewer", "Cityview#2026demo", "13800000006", Role.VIEWER, null);
        demoAccount(now, "王建国", "admin", "Admin#2026demo", "13800000001", Role.ADMIN, FIRST_DISTRICT);
        demoAccount(now, "李敏", "viewer", "Viewer#2026demo", "13800000002", Role.VIEWER, FIRST_DISTRICT);
        demoAccount(now, "周海涛", "admin2", "Admin2#2026demo", "13800000007", Role.ADMIN, SECOND_DISTRICT);
        var chief = demoAccount(now, "张伟", "chief", "Chief#2026demo", "13800000003", Role.CHIEF, null);
        people.assign(Actor.SYSTEM, now, chief, new PeopleRequests.NewAssignment(DEMO_STREET, "chief", null));
        var supervisor = demoAccount(now, "陈静", "supervisor", "Super#2026demo", "13800000004", Role.SUPERVISOR,
                null);
        for (Grid community : layer.layer().children(DEMO_STREET).stream().limit(2).toList()) {
            people.assign(Actor.SYSTEM, now, supervisor,
                    new PeopleRequests.NewAssignment(community.code(), "supervisor", null));
        }
        LOG.info("Created the demo accounts city, cityviewer, admin, viewer, admin2, chief and supervisor"
                + " (passwords in the README)");
    }

    /**
     * The account's id: created, or kept as a former start left it. {@code district} binds an administrator or
     * viewer to one district (null: the city).
     */
    private long demoAccount(Instant now, String name, String username, String password, String phone, Role role,
                             String district) {
        return people.idOf(username).orElseGet(() ->
                people.create(Actor.SYSTEM, now, new PeopleRequests.NewPerson(name, username, password, phone,
                        role.key(), null, district)).id());
    }

    /** After the demo grids (0) and the first administrator (10). */
    @Override
    public int getOrder() {
        return 11;
    }
}
