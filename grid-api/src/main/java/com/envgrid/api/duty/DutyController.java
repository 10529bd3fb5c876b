package com.envgrid.api.duty;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.ListFilter;
import com.envgrid.api.shared.PeriodParameter;
import com.envgrid.core.duty.TargetKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Duty generation for a period, and the duty lists. */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class DutyController {
    private static final Set<String> STATUSES = Set.of("open", "done", "overdue");
    private final Duties duties;
    private final AccessScopes scopes;
    private final LiveGridLayer layer;
    private final Clock clock;

    DutyController(Duties duties, AccessScopes scopes, LiveGridLayer layer, Clock clock) {
        this.duties = duties;
        this.scopes = scopes;
        this.layer = layer;
        this.clock = clock;
    }

    @Post("/duties/generate")
    @Secured("admin")
    GenerationReport generate(@QueryValue String period) {
        return duties.generate(scopes.actor(), clock.instant(), PeriodParameter.of(period));
    }

    /**
     * The duties of a period: mine only, of a status, of a target kind ({@code category}), due from one day to
     * another (both included), in a grid and those below it, only the overdue ones — each optional; a value that
     * names nothing is a 400 naming its parameter.
     */
    @Get("/duties")
    List<DutyView> list(@QueryValue String period, @QueryValue(defaultValue = "false") boolean mine,
                        @Nullable @QueryValue String grid, @Nullable @QueryValue String status,
                        @Nullable @QueryValue String category, @Nullable @QueryValue LocalDate from,
                        @Nullable @QueryValue LocalDate to, @Nullable @QueryValue String overdue) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidParameter("status", "status is open, done or overdue");
        }
        return duties.list(scopes.actor(), PeriodParameter.of(period), mine, status,
                ListFilter.word(TargetKind.class, "category", category, ListFilter.keys(TargetKind.class)),
                ListFilter.of(layer.layer(), grid, from, to, overdue));
    }
}
