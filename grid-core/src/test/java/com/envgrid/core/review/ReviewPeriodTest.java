package com.envgrid.core.review;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReviewPeriodTest {
    @Test
    void the_quarter_before_the_first_is_the_last_of_the_year_before() {
        assertEquals("2025-Q4", ReviewPeriod.previousQuarter("2026-Q1"));
    }

    @Test
    void the_quarter_before_a_later_quarter_is_in_the_same_year() {
        assertEquals("2026-Q2", ReviewPeriod.previousQuarter("2026-Q3"));
        assertEquals("2026-Q3", ReviewPeriod.previousQuarter(" 2026-q4 "));
        assertEquals("2025-Q4", ReviewPeriod.previousQuarter("2026-01-01/2026-03-31"));
    }

    @Test
    void a_month_a_range_or_nonsense_is_not_a_quarter() {
        assertThrows(IllegalArgumentException.class, () -> ReviewPeriod.previousQuarter("2026-03"));
        assertThrows(IllegalArgumentException.class, () -> ReviewPeriod.previousQuarter("2026-01-01/2026-03-30"));
        assertThrows(IllegalArgumentException.class, () -> ReviewPeriod.previousQuarter("2026-Q5"));
        assertThrows(IllegalArgumentException.class, () -> ReviewPeriod.previousQuarter("soon"));
    }
}
