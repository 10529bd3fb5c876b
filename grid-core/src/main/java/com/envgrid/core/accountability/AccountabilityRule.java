package com.envgrid.core.accountability;

/**
 * When the platform proposes an accountability record and which measure it proposes (a rule item, per district
 * inheriting the city's): a supervision order not closed and overdue by more than {@code overdueDays} days calls for
 * {@code overdueMeasure}; a grid ranked last at its level in two consecutive published quarterly reviews calls for
 * {@code rankedLastMeasure}. Measures are written by their keys ({@link Measure#key()}), as the API exchanges them.
 */
public record AccountabilityRule(int overdueDays, String overdueMeasure, String rankedLastMeasure) {
    /** The most days an order may be overdue before a proposal: a year. */
    public static final int MAX_OVERDUE_DAYS = 365;
    /** Overdue by more than 30 days → 约谈; ranked last twice running → 通报. */
    public static final AccountabilityRule DEFAULT = new AccountabilityRule(30, Measure.INTERVIEW.key(),
            Measure.CIRCULAR.key());

    /** @throws IllegalArgumentException naming the field that cannot be used */
    public AccountabilityRule {
        if (overdueDays < 0 || overdueDays > MAX_OVERDUE_DAYS) {
            throw new IllegalArgumentException("overdueDays must be a whole number of days from 0 to "
                    + MAX_OVERDUE_DAYS);
        }
        measure("overdueMeasure", overdueMeasure);
        measure("rankedLastMeasure", rankedLastMeasure);
    }

    private static Measure measure(String field, String key) {
        return Measure.parse(key).orElseThrow(() -> new IllegalArgumentException(field + " is one of "
                + Measure.keys() + ", not " + key));
    }

    public Measure overdue() {
        return Measure.parse(overdueMeasure).orElseThrow();
    }

    public Measure rankedLast() {
        return Measure.parse(rankedLastMeasure).orElseThrow();
    }
}
