package com.envgrid.core.review;

import com.envgrid.core.coverage.GridFigures;

/**
 * The parts of a grid's review score, each a rate from 0 to 1, or {@code null} when the grid has no data for it
 * (no duties due, no problems decided, no complaints closed, no ratings, no inspections).
 * <ul>
 *   <li>{@code dutyCompletion} — {@link GridFigures#dutyCompletion()}</li>
 *   <li>{@code problemsOnTime} — {@link GridFigures#problemsClosedOnTimeRate()}</li>
 *   <li>{@code complaintsOnTime} — {@link GridFigures#complaintsOnTimeRate()}</li>
 *   <li>{@code satisfaction} — {@link GridFigures#satisfactionRate()}</li>
 *   <li>{@code locationAccuracy} — 1 − {@link GridFigures#mismatchRate()}</li>
 * </ul>
 */
public record Components(Double dutyCompletion, Double problemsOnTime, Double complaintsOnTime, Double satisfaction,
                         Double locationAccuracy) {

    public static Components of(GridFigures f) {
        Double mismatch = f.mismatchRate();
        return new Components(f.dutyCompletion(), f.problemsClosedOnTimeRate(), f.complaintsOnTimeRate(),
                f.satisfactionRate(), mismatch == null ? null : 1 - mismatch);
    }
}
