package com.envgrid.core.plan;

import com.envgrid.core.problem.Escalation;
import com.envgrid.core.problem.Escalation.Level;
import com.envgrid.core.workflow.WorkflowRefused;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasureTest {
    private static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);
    private static final Instant AT = Instant.parse("2026-06-20T02:00:00Z");
    /** The city's default: the chief the day after the deadline, the district after three days more. */
    private static final Escalation CASES = new Escalation(0, 3);

    static Measure planned(long id) {
        return new Measure(id, 1, "安装VOCs在线监测", DEADLINE, MeasureState.PLANNED, null, null, null, null);
    }

    static Measure in(MeasureState state) {
        return new Measure(1, 1, "封堵暗管", DEADLINE, state, null, null, null,
                state == MeasureState.CANCELLED ? "企业关停" : null);
    }

    static Measure.Inspected passing() {
        return new Measure.Inspected(UUID.randomUUID(), AT, true, 0, true);
    }

    @Test
    void an_inspection_passes_when_it_counts_found_nothing_and_failed_no_checklist_item() {
        assertTrue(Measure.passes(passing()));
        assertFalse(Measure.passes(new Measure.Inspected(UUID.randomUUID(), AT, false, 0, true)),
                "flagged for where it was made and not accepted");
        assertFalse(Measure.passes(new Measure.Inspected(UUID.randomUUID(), AT, true, 1, true)), "a finding");
        assertFalse(Measure.passes(new Measure.Inspected(UUID.randomUUID(), AT, true, 0, false)), "an item answered no");
    }

    @Test
    void a_passing_inspection_verifies_a_planned_or_reported_measure() {
        var inspection = passing();
        var verified = planned(1).verifiedBy(inspection);
        assertEquals(MeasureState.VERIFIED, verified.state());
        assertEquals(inspection.id(), verified.verifiedBy());
        assertEquals(AT, verified.verifiedAt());

        var reported = planned(1).reportDone(AT);
        assertEquals(MeasureState.REPORTED, reported.state());
        assertEquals(MeasureState.VERIFIED, reported.verifiedBy(inspection).state());
    }

    @Test
    void an_inspection_that_does_not_pass_verifies_nothing() {
        var failing = new Measure.Inspected(UUID.randomUUID(), AT, true, 2, true);
        assertThrows(WorkflowRefused.class, () -> planned(1).verifiedBy(failing));
    }

    @Test
    void final_measures_take_no_further_step() {
        for (MeasureState state : List.of(MeasureState.VERIFIED, MeasureState.CANCELLED)) {
            assertThrows(WorkflowRefused.class, () -> in(state).verifiedBy(passing()), state.key());
            assertThrows(WorkflowRefused.class, () -> in(state).reportDone(AT), state.key());
            assertThrows(WorkflowRefused.class, () -> in(state).cancel("不再需要"), state.key());
        }
        assertThrows(WorkflowRefused.class, () -> in(MeasureState.REPORTED).reportDone(AT), "reported twice");
    }

    @Test
    void a_measure_is_cancelled_only_with_a_reason() {
        var refused = assertThrows(WorkflowRefused.class, () -> planned(1).cancel("  "));
        assertEquals(WorkflowRefused.Kind.REASON_NEEDED, refused.kind());
        var cancelled = planned(1).cancel(" 企业已关停 ");
        assertEquals(MeasureState.CANCELLED, cancelled.state());
        assertEquals("企业已关停", cancelled.cancelReason());
        assertNull(cancelled.verifiedBy());
    }

    @Test
    void an_unfinished_measure_is_overdue_after_its_deadline_and_escalates_like_a_case() {
        assertFalse(planned(1).overdueOn(DEADLINE));
        assertEquals(Level.SUPERVISOR, planned(1).escalation(CASES, DEADLINE));
        assertTrue(planned(1).overdueOn(DEADLINE.plusDays(1)));
        assertEquals(Level.CHIEF, planned(1).escalation(CASES, DEADLINE.plusDays(1)));
        assertEquals(Level.CHIEF, planned(1).escalation(CASES, DEADLINE.plusDays(3)));
        assertEquals(Level.DISTRICT, planned(1).escalation(CASES, DEADLINE.plusDays(4)));
        assertEquals(Level.DISTRICT, in(MeasureState.REPORTED).escalation(CASES, DEADLINE.plusDays(4)),
                "reported done is not verified: it still goes up");
    }

    @Test
    void a_verified_or_cancelled_measure_is_never_overdue_nor_escalated() {
        LocalDate late = DEADLINE.plusDays(30);
        for (MeasureState state : List.of(MeasureState.VERIFIED, MeasureState.CANCELLED)) {
            assertFalse(in(state).overdueOn(late), state.key());
            assertEquals(Level.SUPERVISOR, in(state).escalation(CASES, late), state.key());
        }
    }

    @Test
    void a_district_with_more_days_keeps_an_overdue_measure_with_the_supervisor_longer() {
        assertEquals(Level.SUPERVISOR, planned(1).escalation(new Escalation(2, 5), DEADLINE.plusDays(2)));
        assertEquals(Level.CHIEF, planned(1).escalation(new Escalation(2, 5), DEADLINE.plusDays(3)));
    }
}
