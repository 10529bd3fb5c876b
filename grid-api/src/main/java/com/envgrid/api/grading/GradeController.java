package com.envgrid.api.grading;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.access.TouchesGrid;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.source.SourceGrid;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.net.URI;
import java.time.Clock;

/**
 * An enterprise's credit grade on its card (the {@code grade} tab), guarded by the enterprise's grid: read by whoever
 * reads the grid; reviewed and appeals decided by administrators of its district (or of the city); an appeal recorded
 * by staff of its grid on the enterprise's behalf.
 */
@Controller("/api/enterprises/{code}/grade")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class GradeController {
    private final CreditGrades grades;
    private final AccessScopes scopes;
    private final DistrictTime time;
    private final Clock clock;

    GradeController(CreditGrades grades, AccessScopes scopes, DistrictTime time, Clock clock) {
        this.grades = grades;
        this.scopes = scopes;
        this.time = time;
        this.clock = clock;
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Review(@Nullable String grade, @Nullable String reason) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Appeal(@Nullable String filedFor, @Nullable String text) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Decision(@Nullable String decision, @Nullable String grade, @Nullable String reason) {
    }

    /** The grade of a year (this year by default): proposal with indicators and evidence, review, publication. */
    @Get
    @TouchesGrid(value = "code", via = SourceGrid.class)
    GradeViews.GradeCard card(@PathVariable String code, @Nullable @QueryValue String year) {
        return grades.card(scopes.actor(), code, year == null ? time.today().getYear() : CreditGrades.year(year));
    }

    @Put(value = "/{year}/review", consumes = MediaType.APPLICATION_JSON)
    @Secured("admin")
    @TouchesGrid(value = "code", via = SourceGrid.class, access = TouchesGrid.Access.WRITE)
    GradeViews.GradeCard review(@PathVariable String code, @PathVariable String year, @Body Review body) {
        int y = CreditGrades.year(year);
        var actor = scopes.actor();
        grades.review(actor, clock.instant(), code, y, body.grade(), body.reason());
        return grades.card(actor, code, y);
    }

    @Post(value = "/{year}/appeals", consumes = MediaType.APPLICATION_JSON)
    @TouchesGrid(value = "code", via = SourceGrid.class, access = TouchesGrid.Access.WRITE)
    HttpResponse<GradeViews.GradeCard> appeal(@PathVariable String code, @PathVariable String year,
                                              @Body Appeal body) {
        int y = CreditGrades.year(year);
        var actor = scopes.actor();
        long id = grades.appeal(actor, clock.instant(), code, y, body.filedFor(), body.text());
        return HttpResponse.created(grades.card(actor, code, y),
                URI.create("/api/enterprises/" + code + "/grade?year=" + y + "#appeal-" + id));
    }

    @Post(value = "/{year}/appeals/{id}/decision", consumes = MediaType.APPLICATION_JSON)
    @Secured("admin")
    @TouchesGrid(value = "code", via = SourceGrid.class, access = TouchesGrid.Access.WRITE)
    GradeViews.GradeCard decide(@PathVariable String code, @PathVariable String year, @PathVariable long id,
                                @Body Decision body) {
        int y = CreditGrades.year(year);
        var actor = scopes.actor();
        grades.decide(actor, clock.instant(), code, y, id, body.decision(), body.grade(), body.reason());
        return grades.card(actor, code, y);
    }
}
