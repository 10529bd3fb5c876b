package com.envgrid.api.enterprise;

import com.envgrid.api.access.TouchesGrid;
import com.envgrid.api.source.SourceGrid;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;

/**
 * The enterprise card's own routes under {@code /api/enterprises/{code}}: what the platform raised about it. The
 * card's tabs (grade, plan, hazardous waste, radiation) have their own controllers under the same path, each
 * guarded by the enterprise's grid like every route about one source.
 */
@Controller("/api/enterprises")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class EnterpriseController {
    private final EnterpriseAlerts alerts;

    EnterpriseController(EnterpriseAlerts alerts) {
        this.alerts = alerts;
    }

    /** The enterprise's alerts, newest first. */
    @Get("/{code}/alerts")
    @TouchesGrid(value = "code", via = SourceGrid.class)
    List<EnterpriseAlert> alerts(@PathVariable String code) {
        return alerts.of(code);
    }
}
