package com.envgrid.core.problem;

import com.envgrid.core.problem.Escalation.Level;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EscalationTest {
    private static final LocalDate DUE_BY = LocalDate.of(2026, 5, 5);

    private static Level on(LocalDate today) {
        return Escalation.levelAt(DUE_BY, today, 0, 3);
    }

    @Test
    void before_and_on_the_due_day_the_case_is_the_supervisors() {
        assertEquals(Level.SUPERVISOR, on(LocalDate.of(2026, 4, 28)));
        assertEquals(Level.SUPERVISOR, on(DUE_BY));
    }

    @Test
    void the_day_after_the_due_day_it_goes_to_the_grid_chief() {
        assertEquals(Level.CHIEF, on(DUE_BY.plusDays(1)));
    }

    @Test
    void it_stays_with_the_chief_up_to_the_district_threshold_and_goes_to_the_district_after_it() {
        assertEquals(Level.CHIEF, on(DUE_BY.plusDays(3)));
        assertEquals(Level.DISTRICT, on(DUE_BY.plusDays(4)));
        assertEquals(Level.DISTRICT, on(DUE_BY.plusDays(90)));
    }

    @Test
    void a_grace_period_keeps_an_overdue_case_with_the_supervisor_a_little_longer() {
        assertEquals(Level.SUPERVISOR, Escalation.levelAt(DUE_BY, DUE_BY.plusDays(2), 2, 5));
        assertEquals(Level.CHIEF, Escalation.levelAt(DUE_BY, DUE_BY.plusDays(3), 2, 5));
    }

    @Test
    void thresholds_must_be_in_order() {
        assertThrows(IllegalArgumentException.class, () -> Escalation.levelAt(DUE_BY, DUE_BY, 4, 3));
        assertThrows(IllegalArgumentException.class, () -> Escalation.levelAt(DUE_BY, DUE_BY, -1, 3));
    }

    @Test
    void levels_carry_their_chinese_names() {
        assertEquals("网格长", Level.CHIEF.chineseName());
        assertEquals("区局", Level.DISTRICT.chineseName());
    }
}
