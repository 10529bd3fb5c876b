package com.envgrid.core.duty;

import com.envgrid.core.source.CreditRating;
import org.junit.jupiter.api.Test;

import static com.envgrid.core.duty.DutyFixture.RULES;
import static com.envgrid.core.duty.DutyFixture.gridPatrol;
import static com.envgrid.core.duty.DutyFixture.inProtectionZone;
import static com.envgrid.core.duty.DutyFixture.keyDischarger;
import static com.envgrid.core.duty.DutyFixture.source;
import static com.envgrid.core.duty.DutyFixture.withRecentComplaint;
import static com.envgrid.core.duty.Frequency.everyMonths;
import static com.envgrid.core.duty.Frequency.timesPerMonth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InspectionRulesTest {
    @Test
    void by_default_d_is_inspected_monthly_c_every_two_months_b_quarterly_and_a_twice_a_year() {
        assertEquals(everyMonths(1), RULES.of(source("d", CreditRating.D)));
        assertEquals(everyMonths(2), RULES.of(source("c", CreditRating.C)));
        assertEquals(everyMonths(3), RULES.of(source("b", CreditRating.B)));
        assertEquals(everyMonths(6), RULES.of(source("a", CreditRating.A)));
    }

    @Test
    void a_key_discharger_is_inspected_at_least_monthly_whatever_its_rating() {
        assertEquals(everyMonths(1), RULES.of(keyDischarger("a", CreditRating.A)));
        assertEquals(everyMonths(1), RULES.of(keyDischarger("d", CreditRating.D)));
    }

    @Test
    void a_source_in_a_protection_zone_is_inspected_one_step_more_often() {
        assertEquals(everyMonths(3), RULES.of(inProtectionZone("a", CreditRating.A)));
        assertEquals(everyMonths(2), RULES.of(inProtectionZone("b", CreditRating.B)));
        assertEquals(everyMonths(1), RULES.of(inProtectionZone("c", CreditRating.C)));
        assertEquals(timesPerMonth(2), RULES.of(inProtectionZone("d", CreditRating.D)));
    }

    @Test
    void a_recent_complaint_is_one_step_too_and_with_a_protection_zone_still_one_step() {
        assertEquals(everyMonths(3), RULES.of(withRecentComplaint("a", CreditRating.A)));
        Target both = Target.source("a", "G", 120, 30, CreditRating.A, false, true, true);
        assertEquals(everyMonths(3), RULES.of(both));
    }

    @Test
    void the_strictest_applicable_rule_wins() {
        Target keyInZoneA = Target.source("a", "G", 120, 30, CreditRating.A, true, true, false);
        Target keyInZoneD = Target.source("d", "G", 120, 30, CreditRating.D, true, true, false);
        assertEquals(everyMonths(1), RULES.of(keyInZoneA));
        assertEquals(timesPerMonth(2), RULES.of(keyInZoneD));
    }

    @Test
    void grids_are_patrolled_four_times_a_month_and_river_segments_twice() {
        assertEquals(timesPerMonth(4), RULES.of(gridPatrol("G")));
        assertEquals(timesPerMonth(2), RULES.of(Target.riverPatrol("R1", "G", 120, 30)));
    }

    @Test
    void a_district_may_turn_off_the_protection_zone_and_complaint_steps() {
        var rules = new InspectionRules(everyMonths(12), everyMonths(4), everyMonths(2), everyMonths(1),
                everyMonths(1), false, false, timesPerMonth(1), timesPerMonth(1));
        assertEquals(everyMonths(12), rules.of(inProtectionZone("a", CreditRating.A)));
        assertEquals(everyMonths(4), rules.of(withRecentComplaint("b", CreditRating.B)));
    }

    @Test
    void the_ladder_goes_through_quarters_then_months_then_several_times_a_month() {
        assertEquals(everyMonths(6), everyMonths(12).stricter());
        assertEquals(everyMonths(3), everyMonths(6).stricter());
        assertEquals(everyMonths(3), everyMonths(4).stricter());
        assertEquals(everyMonths(2), everyMonths(3).stricter());
        assertEquals(everyMonths(1), everyMonths(2).stricter());
        assertEquals(timesPerMonth(2), everyMonths(1).stricter());
        assertEquals(timesPerMonth(3), timesPerMonth(2).stricter());
        assertEquals(timesPerMonth(28), timesPerMonth(28).stricter());
    }

    @Test
    void rules_missing_a_frequency_name_the_field() {
        var e = assertThrows(IllegalArgumentException.class, () -> new InspectionRules(everyMonths(6),
                everyMonths(3), null, everyMonths(1), everyMonths(1), true, true, timesPerMonth(4), timesPerMonth(2)));
        assertTrue(e.getMessage().contains("ratingC"), e.getMessage());
    }

    @Test
    void rules_refuse_a_worse_rating_inspected_less_often_than_a_better_one() {
        var e = assertThrows(IllegalArgumentException.class, () -> new InspectionRules(everyMonths(6),
                everyMonths(3), everyMonths(2), everyMonths(3), everyMonths(1), true, true, timesPerMonth(4),
                timesPerMonth(2)));
        assertTrue(e.getMessage().contains("ratingD"), e.getMessage());
    }

    @Test
    void a_frequency_fits_the_calendar_or_is_refused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> everyMonths(5)).getMessage()
                .contains("everyMonths"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> timesPerMonth(0)).getMessage()
                .contains("timesPerMonth"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> timesPerMonth(29)).getMessage()
                .contains("timesPerMonth"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Frequency(1, 2)).getMessage()
                .contains("both"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Frequency(null, null)).getMessage()
                .contains("neither"));
    }

    @Test
    void a_source_needs_a_rating_and_a_patrol_has_none() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> source("s", null)).getMessage()
                .contains("rating"));
        assertThrows(IllegalArgumentException.class,
                () -> new Target(TargetKind.GRID_PATROL, "G", "G", 120, 30, CreditRating.A, false, false, false));
        assertThrows(IllegalArgumentException.class,
                () -> new Target(TargetKind.GRID_PATROL, "G1", "G2", 120, 30, null, false, false, false));
        assertThrows(IllegalArgumentException.class, () -> Target.gridPatrol("G", 30, 120.5));
    }
}
