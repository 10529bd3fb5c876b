package com.envgrid.core.coverage;

import com.envgrid.core.coverage.GridFigures.ComplaintCounts;
import com.envgrid.core.coverage.GridFigures.DutyCounts;
import com.envgrid.core.coverage.GridFigures.InspectionCounts;
import com.envgrid.core.coverage.GridFigures.MeasureCounts;
import com.envgrid.core.coverage.GridFigures.ObjectCounts;
import com.envgrid.core.coverage.GridFigures.PatrolCounts;
import com.envgrid.core.coverage.GridFigures.ProblemCounts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GridFiguresTest {
    static final GridFigures SOME = new GridFigures(new DutyCounts(8, 6, 4, 2), new ObjectCounts(5, 4),
            new PatrolCounts(3, 3), new ProblemCounts(2, 1, 3, 2), new ComplaintCounts(5, 4, 3, 4, 2),
            new InspectionCounts(20, 5), new MeasureCounts(4, 3));

    @Test
    void rates_are_the_documented_ratios() {
        assertEquals(0.8, SOME.coverage(), 1e-12);
        assertEquals(0.75, SOME.dutyCompletion(), 1e-12);
        assertEquals(0.5, SOME.onTimeDuties(), 1e-12);
        assertEquals(0.5, SOME.problemsClosedOnTimeRate(), 1e-12); // 2 on time / (3 closed + 1 open overdue)
        assertEquals(0.75, SOME.complaintsOnTimeRate(), 1e-12);
        assertEquals(0.5, SOME.satisfactionRate(), 1e-12);
        assertEquals(0.25, SOME.mismatchRate(), 1e-12);
        assertEquals(0.75, SOME.planProgress(), 1e-12);
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
        assertNull(z.planProgress());
    }

    @Test
    void plus_adds_every_count_and_zero_changes_nothing() {
        assertEquals(new GridFigures(new DutyCounts(16, 12, 8, 4), new ObjectCounts(10, 8), new PatrolCounts(6, 6),
                new ProblemCounts(4, 2, 6, 4), new ComplaintCounts(10, 8, 6, 8, 4), new InspectionCounts(40, 10),
                new MeasureCounts(8, 6)),
                SOME.plus(SOME));
        assertEquals(SOME, SOME.plus(GridFigures.ZERO));
    }

    @Test
    void negative_counts_are_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> GridFigures.ZERO.with(new InspectionCounts(0, -1)));
    }
}
