package com.envgrid.core.pilot;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {
    private static final Target SEWAGE = new Target("农村生活污水治理率", "%", IndicatorKind.RATE, 80);
    private static final Target WATER = new Target("黑臭水体消除数", "个", IndicatorKind.COUNT, 3);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

    @Test
    void a_rate_stands_at_its_latest_entry_by_date_not_by_order_recorded() {
        var summary = Progress.of(List.of(SEWAGE), List.of(
                new Progress.Entry(MAY.plusDays(10), SEWAGE.indicator(), 85),
                new Progress.Entry(MAY, SEWAGE.indicator(), 60)));
        assertEquals(85, summary.standings().get(0).reached());
        assertTrue(summary.standings().get(0).met());
    }

    @Test
    void a_rate_that_fell_below_its_target_is_no_longer_met() {
        var summary = Progress.of(List.of(SEWAGE), List.of(
                new Progress.Entry(MAY, SEWAGE.indicator(), 82),
                new Progress.Entry(MAY.plusDays(30), SEWAGE.indicator(), 78)));
        assertEquals(78, summary.standings().get(0).reached());
        assertFalse(summary.standings().get(0).met());
    }

    @Test
    void of_one_date_the_last_recorded_rate_counts() {
        var summary = Progress.of(List.of(SEWAGE), List.of(
                new Progress.Entry(MAY, SEWAGE.indicator(), 90),
                new Progress.Entry(MAY, SEWAGE.indicator(), 70)));
        assertEquals(70, summary.standings().get(0).reached());
    }

    @Test
    void a_count_sums_its_entries_and_is_met_at_its_target() {
        var two = Progress.of(List.of(WATER), List.of(
                new Progress.Entry(MAY, WATER.indicator(), 1),
                new Progress.Entry(MAY.plusDays(1), WATER.indicator(), 1)));
        assertEquals(2, two.standings().get(0).reached());
        assertFalse(two.standings().get(0).met());
        var three = Progress.of(List.of(WATER), List.of(
                new Progress.Entry(MAY, WATER.indicator(), 1),
                new Progress.Entry(MAY.plusDays(1), WATER.indicator(), 2)));
        assertTrue(three.standings().get(0).met());
    }

    @Test
    void the_share_counts_targets_met_and_a_target_without_entries_is_unmet() {
        var summary = Progress.of(List.of(SEWAGE, WATER), List.of(
                new Progress.Entry(MAY, SEWAGE.indicator(), 80),
                new Progress.Entry(MAY, "另一个指标", 100)));
        assertEquals(1, summary.met());
        assertEquals(2, summary.targets());
        assertEquals(0.5, summary.share());
        assertNull(summary.standings().get(1).reached());
        assertEquals(0, Progress.of(List.of(), List.of()).share());
    }

    @Test
    void creation_moves_forward_only_and_may_skip_a_stage() {
        assertTrue(CreationStage.DECLARED.mayFollow(null));
        assertTrue(CreationStage.COUNTY_ACCEPTED.mayFollow(CreationStage.DECLARED));
        assertFalse(CreationStage.IN_PROGRESS.mayFollow(CreationStage.COUNTY_ACCEPTED));
        assertFalse(CreationStage.IN_PROGRESS.mayFollow(CreationStage.IN_PROGRESS));
    }
}
