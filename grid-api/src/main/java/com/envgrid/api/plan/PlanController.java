package com.envgrid.api.plan;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.access.TouchesGrid;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.shared.ListFilter;
import com.envgrid.api.shared.Tables;
import com.envgrid.api.source.SourceGrid;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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

import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * 一厂一策 remediation plans: an enterprise's plans on its card (read within its grid; made and added to by the
 * administrators of its district or the city; reported and verified by its grid's chief too), and the district's
 * list of plans with its export.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PlanController {
    private final Plans plans;
    private final AccessScopes scopes;
    private final LiveGridLayer layer;
    private final Clock clock;

    PlanController(Plans plans, AccessScopes scopes, LiveGridLayer layer, Clock clock) {
        this.plans = plans;
        this.scopes = scopes;
        this.layer = layer;
        this.clock = clock;
    }

    @Get("/enterprises/{code}/plans")
    @TouchesGrid(value = "code", via = SourceGrid.class)
    List<PlanViews.PlanView> ofEnterprise(@PathVariable String code) {
        return plans.of(scopes.actor(), code);
    }

    /** 201 with the new plan; 200 with the plan a retried request made (measures it lacked added). */
    @Post("/enterprises/{code}/plans")
    @Secured("admin")
    @TouchesGrid(value = "code", via = SourceGrid.class, access = TouchesGrid.Access.WRITE)
    HttpResponse<PlanViews.PlanView> create(@PathVariable String code, @Body PlanViews.NewPlan plan) {
        Plans.Saved saved = plans.create(scopes.actor(), clock.instant(), code, plan);
        URI location = URI.create("/api/enterprises/" + code + "/plans/" + saved.plan().id());
        return saved.created() ? HttpResponse.created(saved.plan(), location) : HttpResponse.ok(saved.plan());
    }

    @Post("/enterprises/{code}/plans/{planId}/measures")
    @Secured("admin")
    @TouchesGrid(value = "code", via = SourceGrid.class, access = TouchesGrid.Access.WRITE)
    PlanViews.PlanView addMeasure(@PathVariable String code, @PathVariable long planId,
                                  @Body PlanViews.NewMeasure measure) {
        return plans.addMeasure(scopes.actor(), clock.instant(), code, planId, measure);
    }

    @Post("/enterprises/{code}/plans/{planId}/measures/{measureId}/actions")
    @Secured({"admin", "chief"})
    @TouchesGrid(value = "code", via = SourceGrid.class, access = TouchesGrid.Access.WRITE)
    PlanViews.PlanView act(@PathVariable String code, @PathVariable long planId, @PathVariable long measureId,
                           @Body PlanViews.Action action) {
        return plans.act(scopes.actor(), clock.instant(), code, planId, measureId, action);
    }

    /** The plans in the caller's grids: of a grid and those below it, of a period, only those with overdue measures. */
    @Get("/plans")
    List<PlanViews.Listed> list(@Nullable @QueryValue String grid, @Nullable @QueryValue String period,
                                @Nullable @QueryValue String overdue) {
        return plans.list(scopes.current(), ListFilter.of(layer.layer(), grid, null, null, overdue), period);
    }

    /** The measures of the listed plans as a workbook, one line each. */
    @Get(value = "/plans.xlsx", produces = {Tables.XLSX, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<byte[]> xlsx(@Nullable @QueryValue String grid, @Nullable @QueryValue String period,
                              @Nullable @QueryValue String overdue) {
        byte[] book = plans.table(list(grid, period, overdue)).xlsx();
        return HttpResponse.ok(book).contentType(Tables.XLSX)
                .header("Content-Disposition", "attachment; filename=\"plans.xlsx\"");
    }
}
