package com.envgrid.api.problem;

import com.envgrid.api.access.AccessScopes;
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
import java.util.List;

/** Problem cases in the caller's grids, and the workflow actions on them. */
@Controller("/api/cases")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CaseController {
    private final Cases cases;
    private final AccessScopes scopes;
    private final Clock clock;

    CaseController(Cases cases, AccessScopes scopes, Clock clock) {
        this.cases = cases;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Get
    List<CaseView> list(@Nullable @QueryValue String state, @Nullable @QueryValue String grid,
                        @QueryValue(defaultValue = "false") boolean escalated) {
        return cases.list(scopes.actor(), state, grid, escalated);
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
