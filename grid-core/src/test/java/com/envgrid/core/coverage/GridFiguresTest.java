package com.envgrid.core.coverage;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GridFiguresTest {
    // duties 8 due, 6 done, 4 on time, 2 overdue; objects 5 due, 4 inspected; patrols 3/3;
    // problems 2 open, 1 of them overdue, 3 closed, 2 on time; complaints 5 received, 4 closed, 3 on time,
    // 4 rated, 2 satisfied; inspections 20, 5 flagged
    static final GridFigures SOME = new GridFigures(8, 6, 4, 2, 5, 4, 3, 3, 2, 1, 3, 2, 5, 4, 3, 4, 2, 20, 5);

    @Test
    void rates_are_the_documented_ratios() {
        assertEquals(0.8, SOME.coverage(), 1e-12);
        assertEquals(0.75, SOME.dutyCompletion(), 1e-12);
        assertEquals(0.5, SOME.onTimeDuties(), 1e-12);
        assertEquals(0.5, SOME.problemsClosedOnTimeRate(), 1e-12); // 2 on time / (3 closed + 1 open overdue)
        assertEquals(0.75, SOME.complaintsOnTimeRate(), 1e-12);
        assertEquals(0.5, SOME.satisfactionRate(), 1e-12);
        assertEquals(0.25, SOME.mismatchRate(), 1e-12);
    }

    @Test
    void rates_without_a_denominator_are_null_not_zero() {
        var z = GridFigures.ZERO;
        assertNull(z.coverage());
        assertNull(z.dutyCompletion());
        assertNull(z.onTimeDuties());
        assertNull(z.problemsClosedOnTimeRate());
        assertNull(z.complaintsOnTimeRate());
        assertNull(z.satisfactionRate());
        assertNull(z.mismatchRate());
    }

    @Test
    void plus_adds_every_count_and_zero_changes_nothing() {
        assertEquals(new GridFigures(16, 12, 8, 4, 10, 8, 6, 6, 4, 2, 6, 4, 10, 8, 6, 8, 4, 40, 10), SOME.plus(SOME));
        assertEquals(SOME, SOME.plus(GridFigures.ZERO));
    }

    @Test
    void negative_counts_are_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> new GridFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1));
    }
}
