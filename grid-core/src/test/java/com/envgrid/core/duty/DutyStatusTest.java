package com.envgrid.core.duty;

import org.junit.jupiter.api.Test;

import static com.envgrid.core.duty.DutyFixture.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DutyStatusTest {
    @Test
    void an_open_duty_is_open_through_its_last_due_day_and_overdue_the_day_after() {
        assertEquals(DutyStatus.OPEN, DutyStatus.of(false, day(2026, 11, 30), day(2026, 11, 1)));
        assertEquals(DutyStatus.OPEN, DutyStatus.of(false, day(2026, 11, 30), day(2026, 11, 30)));
        assertEquals(DutyStatus.OVERDUE, DutyStatus.of(false, day(2026, 11, 30), day(2026, 12, 1)));
    }

    @Test
    void a_done_duty_is_done_even_after_its_window() {
        assertEquals(DutyStatus.DONE, DutyStatus.of(true, day(2026, 11, 30), day(2027, 1, 1)));
    }
}
