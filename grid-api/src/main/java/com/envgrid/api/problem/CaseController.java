package com.envgrid.api.problem;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.shared.ListFilter;
import com.envgrid.core.inspection.FindingCategory;
import com.envgrid.core.problem.CaseState;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Problem cases in the caller's grids, and the workflow actions on them. */
@Controller("/api/cases")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CaseController {
    private final Cases cases;
    private final AccessScopes scopes;
    private final LiveGridLayer layer;
    private final Clock clock;

    CaseController(Cases cases, AccessScopes scopes, LiveGridLayer layer, Clock clock) {
        this.cases = cases;
        this.scopes = scopes;
        this.layer = layer;
        this.clock = clock;
    }

    /**
     * The cases: of a state and a finding category, opened from one day to another (district days, both included),
     * in a grid and those below it, only the overdue or escalated ones — each optional; a value that names nothing is
     * a 400 naming its parameter.
     */
    @Get
    List<CaseView> list(@Nullable @QueryValue String state, @Nullable @QueryValue String category,
                        @Nullable @QueryValue String grid, @Nullable @QueryValue LocalDate from,
                        @Nullable @QueryValue LocalDate to, @Nullable @QueryValue String overdue,
                        @QueryValue(defaultValue = "false") boolean escalated) {
        return cases.list(scopes.actor(),
                ListFilter.word(CaseState.class, "state", state, ListFilter.keys(CaseState.class)),
                ListFilter.word(FindingCategory.class, "category", category, ListFilter.keys(FindingCategory.class)),
                ListFilter.of(layer.layer(), grid, from, to, overdue), escalated);
    }

    @Get("/{id}")
    CaseView one(@PathVariable long id) {
        return cases.one(scopes.actor(), id);
    }

    @Post("/{id}/actions")
    @Secured({"admin", "chief", "supervisor"})
    CaseView act(@PathVariable long id, @Body CaseView.Action action) {
        return cases.act(scopes.actor(), clock.instant(), id, action);
    }
}
