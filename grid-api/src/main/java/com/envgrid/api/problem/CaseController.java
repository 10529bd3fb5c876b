package com.envgrid.api.problem;

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

import java.util.List;

/** Problem cases in the caller's grids, and the workflow actions on them. */
@Controller("/api/cases")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CaseController {
    private final Cases cases;

    CaseController(Cases cases) {
        this.cases = cases;
    }

    @Get
    List<CaseView> list(@Nullable @QueryValue String state, @Nullable @QueryValue String grid,
                        @QueryValue(defaultValue = "false") boolean escalated) {
        return cases.list(state, grid, escalated);
    }

    @Get("/{id}")
    CaseView one(@PathVariable long id) {
        return cases.one(id);
    }

    @Post("/{id}/actions")
    @Secured({"admin", "chief", "supervisor"})
    CaseView act(@PathVariable long id, @Body CaseView.Action action) {
        return cases.act(id, action);
    }
}
