package com.envgrid.core.grading;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A known record gives a known score and grade under the default rule, each indicator by its own weight. */
class GradingTest {
    private static final GradingRule RULE = GradingRule.DEFAULT;

    private static List<Evidence> items(int n) {
        return IntStream.range(0, n).mapToObj(i -> new Evidence("case", String.valueOf(i + 1),
                LocalDate.of(2026, 3, 1 + i), "")).toList();
    }

    private static Grading graded(Indicator indicator, int n) {
        return Grading.of(Map.of(indicator, items(n)), RULE);
    }

    @Test
    void a_clean_year_is_full_score_and_green() {
        Grading g = Grading.of(Map.of(), RULE);
        assertEquals(100, g.score());
        assertEquals(CreditGrade.GREEN, g.grade());
        assertEquals(Indicator.values().length, g.indicators().size(), "every indicator is listed, with no item");
        g.indicators().forEach(s -> assertEquals(0, s.points()));
    }

    @Test
    void each_unfavourable_indicator_takes_its_weight_off_per_item() {
        assertEquals(60, graded(Indicator.SERIOUS_FINDINGS, 2).score());
        assertEquals(84, graded(Indicator.GENERAL_FINDINGS, 2).score());
        assertEquals(94, graded(Indicator.MINOR_FINDINGS, 2).score());
        assertEquals(90, graded(Indicator.OVERDUE_CASES, 2).score());
        assertEquals(90, graded(Indicator.REOPENED_CASES, 2).score());
        assertEquals(80, graded(Indicator.CONFIRMED_COMPLAINTS, 2).score());
        assertEquals(80, graded(Indicator.HAZARDOUS_WASTE_ALERTS, 2).score());
        assertEquals(80, graded(Indicator.RADIATION_ALERTS, 2).score());
    }

    @Test
    void verified_corrections_give_points_back_but_never_above_full_score() {
        assertEquals(100, graded(Indicator.VERIFIED_CORRECTIONS, 3).score());
        Grading g = Grading.of(Map.of(Indicator.SERIOUS_FINDINGS, items(1), Indicator.VERIFIED_CORRECTIONS, items(3)),
                RULE);
        assertEquals(86, g.score(), "100 − 20 + 3 × 2");
        assertEquals(CreditGrade.BLUE, g.grade());
        var corrections = g.indicators().get(Indicator.VERIFIED_CORRECTIONS.ordinal());
        assertEquals(3, corrections.count());
        assertEquals(6, corrections.points());
        assertEquals(3, corrections.evidence().size());
    }

    @Test
    void the_thresholds_decide_the_grade_and_the_score_stops_at_zero() {
        assertEquals(CreditGrade.GREEN, graded(Indicator.OVERDUE_CASES, 2).grade(), "90 is green");
        assertEquals(CreditGrade.BLUE, graded(Indicator.OVERDUE_CASES, 5).grade(), "75 is blue");
        assertEquals(CreditGrade.YELLOW, graded(Indicator.SERIOUS_FINDINGS, 2).grade(), "60 is yellow");
        assertEquals(CreditGrade.RED, graded(Indicator.SERIOUS_FINDINGS, 3).grade(), "40 is red");
        assertEquals(0, graded(Indicator.SERIOUS_FINDINGS, 9).score());
    }

    @Test
    void a_district_rule_weighs_otherwise() {
        GradingRule strict = new GradingRule(40, 8, 3, 5, 5, 10, 10, 10, 2, 95, 80, 70);
        Grading g = Grading.of(Map.of(Indicator.SERIOUS_FINDINGS, items(1)), strict);
        assertEquals(60, g.score());
        assertEquals(CreditGrade.RED, g.grade());
    }

    @Test
    void a_rule_with_thresholds_out_of_order_or_a_negative_weight_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new GradingRule(20, 8, 3, 5, 5, 10, 10, 10, 2, 60, 75, 90));
        assertThrows(IllegalArgumentException.class, () -> new GradingRule(-1, 8, 3, 5, 5, 10, 10, 10, 2, 90, 75, 60));
    }

    @Test
    void each_grade_is_a_rating_of_the_directory() {
        assertEquals("A", CreditGrade.GREEN.rating().name());
        assertEquals("D", CreditGrade.RED.rating().name());
        assertEquals(CreditGrade.YELLOW, CreditGrade.parse("yellow").orElseThrow());
    }
}
