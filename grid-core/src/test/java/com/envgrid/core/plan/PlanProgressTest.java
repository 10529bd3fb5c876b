package com.envgrid.core.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PlanProgressTest {
    private static Measure measure(long id, LocalDate deadline, MeasureState state) {
        return new Measure(id, 1, "措施" + id, deadline, state, null, null, null,
                state == MeasureState.CANCELLED ? "不再需要" : null);
    }

    @Test
    void progress_counts_verified_and_overdue_measures_and_leaves_cancelled_ones_out() {
        LocalDate today = LocalDate.of(2026, 7, 10);
        var progress = PlanProgress.of(List.of(
                measure(1, today.minusDays(5), MeasureState.VERIFIED),
                measure(2, today.minusDays(5), MeasureState.PLANNED),
                measure(3, today.minusDays(1), MeasureState.REPORTED),
                measure(4, today, MeasureState.PLANNED),
                measure(5, today.minusDays(9), MeasureState.CANCELLED)), today);

        assertEquals(new PlanProgress(4, 1, 2), progress);
        assertEquals(0.25, progress.share(), 1e-12);
    }

    @Test
    void a_plan_without_measures_has_no_share_rather_than_zero() {
        var progress = PlanProgress.of(List.of(measure(1, LocalDate.of(2026, 1, 1), MeasureState.CANCELLED)),
                LocalDate.of(2026, 7, 10));
        assertEquals(new PlanProgress(0, 0, 0), progress);
        assertNull(progress.share());
    }
}
