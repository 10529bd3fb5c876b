package com.envgrid.api.draw;

import com.envgrid.api.access.AccessScopes;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.time.Clock;
import java.util.List;

/** Draws for staff: administrators seal and run them; staff read them with their inspectors. */
@Controller("/api/draws")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class DrawController {
    private final Draws draws;
    private final AccessScopes scopes;
    private final Clock clock;

    DrawController(Draws draws, AccessScopes scopes, Clock clock) {
        this.draws = draws;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Post
    @Secured("admin")
    HttpResponse<DrawViews.StaffDraw> seal(@Body DrawViews.NewDraw draw) {
        DrawViews.StaffDraw sealed = draws.seal(scopes.actor(), clock.instant(), draw);
        return HttpResponse.created(sealed, URI.create("/api/draws/" + sealed.id()));
    }

    @Post("/{id}/run")
    @Secured("admin")
    DrawViews.StaffDraw run(@PathVariable long id) {
        return draws.run(scopes.actor(), clock.instant(), id);
    }

    @Get
    List<DrawViews.Summary> list() {
        return draws.list();
    }

    @Get("/{id}")
    DrawViews.StaffDraw one(@PathVariable long id) {
        return draws.staffView(id);
    }
}
