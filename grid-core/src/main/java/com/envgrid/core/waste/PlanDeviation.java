package com.envgrid.core.waste;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * When a year's generation of a code is far from the generator's management plan (管理计划): more than
 * {@link #TOLERANCE 30 %} above the planned tonnes at any time of the year — generation of a code the plan does not
 * have at all is above it —, or, once the year has ended, more than 30 % below. Below the plan during the year is
 * no deviation: the year is not over.
 */
public final class PlanDeviation {
    public static final BigDecimal TOLERANCE = new BigDecimal("0.30");

    public enum Direction { OVER, UNDER }

    private PlanDeviation() {
    }

    public static Optional<Direction> of(BigDecimal planned, BigDecimal generated, boolean yearEnded) {
        if (generated.compareTo(planned.multiply(BigDecimal.ONE.add(TOLERANCE))) > 0) {
            return Optional.of(Direction.OVER);
        }
        if (yearEnded && planned.signum() > 0
                && generated.compareTo(planned.multiply(BigDecimal.ONE.subtract(TOLERANCE))) < 0) {
            return Optional.of(Direction.UNDER);
        }
        return Optional.empty();
    }
}
