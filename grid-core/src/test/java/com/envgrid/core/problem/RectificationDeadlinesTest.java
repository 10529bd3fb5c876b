package com.envgrid.core.problem;

import com.envgrid.core.inspection.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RectificationDeadlinesTest {
    private static final LocalDate OPENED = LocalDate.of(2026, 4, 28);

    @Test
    void by_default_a_minor_finding_has_15_days_a_general_one_7_and_a_serious_one_3() {
        assertEquals(LocalDate.of(2026, 5, 13), RectificationDeadlines.DEFAULT.dueBy(Severity.MINOR, OPENED));
        assertEquals(LocalDate.of(2026, 5, 5), RectificationDeadlines.DEFAULT.dueBy(Severity.GENERAL, OPENED));
        assertEquals(LocalDate.of(2026, 5, 1), RectificationDeadlines.DEFAULT.dueBy(Severity.SERIOUS, OPENED));
    }

    @Test
    void days_are_calendar_days_holidays_included() {
        assertEquals(LocalDate.of(2026, 10, 8),
                new RectificationDeadlines(30, 7, 0).dueBy(Severity.GENERAL, LocalDate.of(2026, 10, 1)));
    }

    @Test
    void a_district_may_demand_a_serious_finding_be_fixed_the_same_day() {
        assertEquals(OPENED, new RectificationDeadlines(10, 5, 0).dueBy(Severity.SERIOUS, OPENED));
    }

    @Test
    void a_more_serious_finding_may_not_get_longer_than_a_lesser_one() {
        assertThrows(IllegalArgumentException.class, () -> new RectificationDeadlines(7, 15, 3));
        assertThrows(IllegalArgumentException.class, () -> new RectificationDeadlines(15, 7, 10));
        assertThrows(IllegalArgumentException.class, () -> new RectificationDeadlines(15, 7, -1));
    }
}
