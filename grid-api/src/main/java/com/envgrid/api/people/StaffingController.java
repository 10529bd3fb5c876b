package com.envgrid.api.people;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.access.Staffing;
import com.envgrid.core.grid.GridLayer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The grids nobody supervises today, within what the caller may read. */
@Controller("/api/grids/unstaffed")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffingController {
    private final Staffings staffings;
    private final AccessScopes scopes;
    private final LiveGridLayer layer;

    StaffingController(Staffings staffings, AccessScopes scopes, LiveGridLayer layer) {
        this.staffings = staffings;
        this.scopes = scopes;
        this.layer = layer;
    }

    @Serdeable
    record UnstaffedGrid(String code, String name, String level, int tier, @Nullable String parent) {
    }

    @Get
    List<UnstaffedGrid> unstaffed() {
        GridScope scope = scopes.current();
        GridLayer grids = layer.layer();
        Staffing staffing = staffings.today();
        return staffing.unstaffedLeaves().stream().filter(g -> scope.canRead(g.code()))
                .map(g -> new UnstaffedGrid(g.code(), g.name(), g.level().key(), grids.tierOf(g), g.parentCode()))
                .toList();
    }
}
