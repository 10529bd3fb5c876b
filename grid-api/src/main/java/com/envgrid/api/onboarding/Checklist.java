package com.envgrid.api.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.List;
import java.util.Map;

/**
 * Where a district stands on its way from a fresh install to working (上线向导): six steps in the order they build on
 * each other — grids, directory, rivers and zones, people, rules, first duties —, each {@code done}, {@code todo}
 * (nothing there yet) or {@code attention} (there, with something to fix), with what it found and the next thing
 * to do. Texts are codes with parameters for the page to say in the reader's language.
 *
 * @param complete every step is done
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record Checklist(List<Step> steps, boolean complete) {

    /**
     * One step.
     *
     * @param key        {@code grids}, {@code directory}, {@code rivers_zones}, {@code people}, {@code rules}, {@code duties}
     * @param state      {@code done}, {@code todo} or {@code attention}
     * @param page       the page where the step is done
     * @param found      what the step found, by name (counts, names, a period …)
     * @param waitsFor   the step that must come first while it has not ({@code grids}), else null
     * @param next       the next thing to do, null when there is nothing left
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Step(int number, String key, String state, String page, Map<String, Object> found,
                       @Nullable String waitsFor, @Nullable Next next) {
    }

    /** The next thing to do: what ({@code code}, with {@code params}) and the page that does it. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Next(String code, Map<String, Object> params, String page) {
    }
}
