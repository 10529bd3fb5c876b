package com.envgrid.core.review;

import com.envgrid.core.duty.Period;

/** The quarters reviews are held for, written as {@code 2026-Q1} (see {@link Period}). */
public final class ReviewPeriod {
    private ReviewPeriod() {
    }

    /**
     * The quarter before the given one: {@code 2026-Q1} → {@code 2025-Q4}, {@code 2026-Q3} → {@code 2026-Q2}.
     *
     * @throws IllegalArgumentException if {@code quarter} is not a quarter (a month or a range of days is refused)
     */
    public static String previousQuarter(String quarter) {
        Period period = quarter(quarter);
        return new Period(period.start().minusMonths(3), period.start()).label();
    }

    /**
     * The quarter written as {@code 2026-Q1} (or as the range of its days, {@code 2026-01-01/2026-03-31}); refuses
     * months and other ranges of days.
     */
    public static Period quarter(String quarter) {
        Period period = Period.parse(quarter);
        if (!period.label().contains("-Q")) {
            throw new IllegalArgumentException("\"" + quarter + "\" is not a quarter: reviews are held for quarters,"
                    + " written as 2026-Q1");
        }
        return period;
    }
}
