package com.envgrid.api.shared;

import com.envgrid.core.duty.Period;

/** A {@code ?period=} as the routes that take one read it: a month, a quarter or a range of days. */
public final class PeriodParameter {
    private PeriodParameter() {
    }

    /** @throws InvalidParameter naming {@code period} and the forms it takes, when the text is none of them */
    public static Period of(String text) {
        try {
            return Period.parse(text);
        } catch (RuntimeException e) {
            throw new InvalidParameter("period", "period is YYYY-MM, YYYY-Qn or a range YYYY-MM-DD/YYYY-MM-DD: "
                    + e.getMessage());
        }
    }
}
