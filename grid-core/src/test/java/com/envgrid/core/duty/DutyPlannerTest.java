package com.envgrid.core.duty;

import com.envgrid.core.source.CreditRating;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.envgrid.core.duty.DutyFixture.RULES;
import static com.envgrid.core.duty.DutyFixture.day;
import static com.envgrid.core.duty.DutyFixture.gridPatrol;
import static com.envgrid.core.duty.DutyFixture.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DutyPlannerTest {
    private static final DutyPlanner PLANNER = new DutyPlanner(RULES);

    private static List<DueWindow> windows(Target target, String period) {
        return PLANNER.plan(List.of(target), Period.parse(period)).stream()
                .map(d -> new DueWindow(d.dueFrom(), d.dueBy())).toList();
    }

    private static DueWindow window(int year, int month, int day, int toYear, int toMonth, int toDay) {
        return new DueWindow(day(year, month, day), day(toYear, toMonth, toDay));
    }

    @Test
    void a_b_rated_source_is_due_once_across_the_fourth_quarter() {
        assertEquals(List.of(window(2026, 10, 1, 2026, 12, 31)), windows(source("b", CreditRating.B), "2026-Q4"));
    }

    @Test
    void a_c_rated_source_in_november_falls_in_the_november_december_window() {
        assertEquals(List.of(window(2026, 11, 1, 2026, 12, 31)), windows(source("c", CreditRating.C), "2026-11"));
    }

    @Test
    void a_c_rated_source_in_the_fourth_quarter_has_the_windows_overlapping_it_including_september_october() {
        assertEquals(List.of(window(2026, 9, 1, 2026, 10, 31), window(2026, 11, 1, 2026, 12, 31)),
                windows(source("c", CreditRating.C), "2026-Q4"));
    }

    @Test
    void an_a_rated_source_is_due_in_the_half_year_containing_the_month() {
        assertEquals(List.of(window(2026, 7, 1, 2026, 12, 31)), windows(source("a", CreditRating.A), "2026-11"));
    }

    @Test
    void a_grid_patrol_four_times_in_february_has_four_weeks_covering_the_month() {
        assertEquals(List.of(window(2026, 2, 1, 2026, 2, 7), window(2026, 2, 8, 2026, 2, 14),
                window(2026, 2, 15, 2026, 2, 21), window(2026, 2, 22, 2026, 2, 28)),
                windows(gridPatrol("G"), "2026-02"));
    }

    @Test
    void four_windows_of_a_31_day_month_differ_by_a_day_at_most() {
        assertEquals(List.of(window(2026, 10, 1, 2026, 10, 7), window(2026, 10, 8, 2026, 10, 15),
                window(2026, 10, 16, 2026, 10, 23), window(2026, 10, 24, 2026, 10, 31)),
                windows(gridPatrol("G"), "2026-10"));
    }

    @Test
    void a_river_segment_crossing_two_grids_is_patrolled_twice_a_month_in_each() {
        var inG1 = Target.riverPatrol("R1", "G1", 120, 30);
        var inG2 = Target.riverPatrol("R1", "G2", 120.01, 30);
        List<PlannedDuty> duties = PLANNER.plan(List.of(inG1, inG2), Period.parse("2026-11"));
        assertEquals(4, duties.size());
        assertEquals(List.of(window(2026, 11, 1, 2026, 11, 15), window(2026, 11, 16, 2026, 11, 30)),
                windows(inG1, "2026-11"));
        assertEquals(Set.of("G1", "G2"), Set.copyOf(duties.stream().map(d -> d.target().gridCode()).toList()));
    }

    @Test
    void a_range_over_new_year_takes_the_windows_of_both_years() {
        assertEquals(List.of(window(2026, 12, 1, 2026, 12, 31), window(2027, 1, 1, 2027, 1, 31)),
                windows(source("d", CreditRating.D), "2026-12-15/2027-01-10"));
    }

    @Test
    void replanning_a_period_or_an_overlapping_one_gives_the_same_duty_keys() {
        List<Target> targets = List.of(source("a", CreditRating.A), source("b", CreditRating.B), source("c", CreditRating.C),
                source("d", CreditRating.D), gridPatrol("G"));
        Set<DutyKey> q4 = keys(PLANNER.plan(targets, Period.parse("2026-Q4")));
        assertEquals(q4, keys(PLANNER.plan(targets, Period.parse("2026-Q4"))));
        for (String month : List.of("2026-10", "2026-11", "2026-12")) {
            assertTrue(q4.containsAll(keys(PLANNER.plan(targets, Period.parse(month)))), month);
        }
        Set<DutyKey> shared = keys(PLANNER.plan(targets, Period.parse("2026-Q3")));
        shared.retainAll(q4);
        assertEquals(Set.of(new DutyKey(TargetKind.SOURCE, "c", "G", day(2026, 9, 1)),
                new DutyKey(TargetKind.SOURCE, "a", "G", day(2026, 7, 1))), shared);
    }

    @Test
    void duties_come_out_in_key_order_whatever_the_order_of_the_targets() {
        List<Target> targets = List.of(source("z", "G2", 0, 0, CreditRating.D), gridPatrol("G1"),
                source("a", "G1", 0, 0, CreditRating.D));
        List<PlannedDuty> planned = PLANNER.plan(targets, Period.parse("2026-Q4"));
        assertEquals(planned.stream().sorted(Comparator.comparing(PlannedDuty::key)).toList(), planned);
        assertEquals(planned, PLANNER.plan(List.of(targets.get(2), targets.get(0), targets.get(1)),
                Period.parse("2026-Q4")));
    }

    @Test
    void a_target_listed_twice_is_refused() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> PLANNER.plan(List.of(source("s", CreditRating.A), source("s", CreditRating.A)), Period.parse("2026-11")));
        assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
    }

    @Test
    void no_targets_no_duties() {
        assertEquals(List.of(), PLANNER.plan(List.of(), Period.parse("2026-11")));
    }

    private static Set<DutyKey> keys(List<PlannedDuty> duties) {
        return new HashSet<>(duties.stream().map(PlannedDuty::key).toList());
    }
}
