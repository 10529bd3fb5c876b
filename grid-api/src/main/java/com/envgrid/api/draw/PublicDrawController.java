package com.envgrid.api.draw;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;

/**
 * The public side of 双随机一公开, readable without login: each draw's seed, candidate hash and candidates (as soon
 * as it is sealed), the algorithm, and which objects were drawn with their outcome — never who inspects them.
 */
@Controller("/api/public/draws")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicDrawController {
    private final Draws draws;

    PublicDrawController(Draws draws) {
        this.draws = draws;
    }

    @Get
    List<DrawViews.Summary> list() {
        return draws.list();
    }

    @Get("/{id}")
    DrawViews.PublicDraw one(@PathVariable long id) {
        return draws.publicView(id);
    }
}
