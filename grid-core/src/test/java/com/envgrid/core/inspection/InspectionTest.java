package com.envgrid.core.inspection;

import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.duty.Duty;
import com.envgrid.core.duty.DutyPurpose;
import com.envgrid.core.duty.DutyStatus;
import com.envgrid.core.duty.TargetKind;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.workflow.WorkflowRefused;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.envgrid.core.inspection.CountsAsInspected.LocationReview.ACCEPTED;
import static com.envgrid.core.inspection.CountsAsInspected.LocationReview.NONE;
import static com.envgrid.core.inspection.CountsAsInspected.LocationReview.REJECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A record made for a duty, reviewed when flagged, and the duty's state as its records leave it. */
class InspectionTest {
    private static final Actor SUPERVISOR = new Actor(7L, "supervisor", GridScope.everything());
    private static final Actor CHIEF = new Actor(3L, "chief", GridScope.everything());
    private static final Instant MORNING = Instant.parse("2026-11-10T02:00:00Z");
    private static final Instant NOON = Instant.parse("2026-11-10T04:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-10");
    private static final Duty DUTY = new Duty(42, TargetKind.SOURCE, "S1", "G1", LocalDate.parse("2026-11-01"),
            LocalDate.parse("2026-11-30"), 7L, null, DutyPurpose.ROUTINE);

    private static Inspection.Draft draft(long dutyId, boolean plausible, Instant at) {
        return new Inspection.Draft(dutyId, DutyPurpose.ROUTINE, TargetKind.SOURCE, "S1", "G1", at,
                new Inspection.Fix(120, 30, 10, FixCrs.WGS84, 120, 30), Map.of("wastewater_outlet", true),
                List.of(new Finding(FindingCategory.WASTEWATER, Severity.SERIOUS, "outlet bypassing the plant")),
                null, List.of(), new LocationCheck.Verdict(plausible, plausible ? 0 : 900, "where"));
    }

    private static InspectionStanding standing(Inspection i, CountsAsInspected.LocationReview review,
                                               boolean corrected) {
        return new InspectionStanding(i.id(), i.inspectedAt(), i.location().plausible(), review, corrected);
    }

    @Test
    void a_plausible_record_makes_its_duty_done_at_its_time() {
        var recorded = Inspection.record(UUID.randomUUID(), SUPERVISOR, NOON, draft(42, true, MORNING), null);
        assertEquals(new InspectionRecorded(recorded.inspection().id(), 42L, DutyPurpose.ROUTINE, null, false,
                recorded.inspection().inspectedAt(), NOON), recorded.event());
        assertEquals(7, recorded.inspection().inspectorId());
        assertEquals(Severity.SERIOUS, recorded.inspection().findings().get(0).severity());

        Duty done = DUTY.settledBy(List.of(standing(recorded.inspection(), NONE, false)));
        assertEquals(MORNING, done.doneAt());
        assertEquals(DutyStatus.DONE, done.statusOn(TODAY));
    }

    @Test
    void a_flagged_record_leaves_its_duty_open_until_its_location_is_accepted() {
        Inspection flagged = Inspection.record(UUID.randomUUID(), SUPERVISOR, NOON, draft(42, false, MORNING), null)
                .inspection();
        assertTrue(flagged.flagged());
        assertFalse(DUTY.settledBy(List.of(standing(flagged, NONE, false))).done(), "awaiting review");

        var accepted = flagged.review(CHIEF, NOON, true, "  the gate is 900 m from the registered point ").event();
        assertEquals(new LocationReviewed(flagged.id(), 42L, true, 3, "the gate is 900 m from the registered point",
                NOON), accepted);
        assertEquals(MORNING, DUTY.settledBy(List.of(standing(flagged, ACCEPTED, false))).doneAt());
        assertFalse(DUTY.settledBy(List.of(standing(flagged, REJECTED, false))).done(), "rejected on review");
    }

    @Test
    void the_earliest_record_that_counts_marks_the_duty_done_and_a_correction_can_open_it_again() {
        Inspection early = Inspection.record(UUID.randomUUID(), SUPERVISOR, NOON, draft(42, true, MORNING), null)
                .inspection();
        Inspection later = Inspection.record(UUID.randomUUID(), SUPERVISOR, NOON, draft(42, true, NOON), null)
                .inspection();
        List<InspectionStanding> both = new ArrayList<>(List.of(standing(later, NONE, false),
                standing(early, NONE, false)));
        assertEquals(MORNING, DUTY.settledBy(both).doneAt());

        Duty wasDone = DUTY.settledBy(List.of(standing(early, NONE, false)));
        Inspection correction = Inspection.record(UUID.randomUUID(), SUPERVISOR, NOON, draft(42, false, NOON), early)
                .inspection();
        Duty reopened = wasDone.settledBy(List.of(standing(early, NONE, true), standing(correction, NONE, false)));
        assertNull(reopened.doneAt(), "the only plausible record is corrected by a flagged one");
        assertEquals(DutyStatus.OPEN, reopened.statusOn(TODAY));
        assertEquals(DutyStatus.OVERDUE, reopened.statusOn(LocalDate.parse("2026-12-01")));
    }

    @Test
    void only_a_record_made_before_its_duty_was_done_or_a_correction_can_change_the_duty() {
        Duty done = DUTY.settledBy(List.of(standing(Inspection.record(UUID.randomUUID(), SUPERVISOR, NOON,
                draft(42, true, MORNING), null).inspection(), NONE, false)));
        assertTrue(done.unchangedByNewRecord(false, NOON), "a second visit leaves it done at the first");
        assertTrue(done.unchangedByNewRecord(false, MORNING), "at the same time too");
        assertFalse(done.unchangedByNewRecord(false, MORNING.minusSeconds(60)), "an earlier record may be the earliest");
        assertFalse(done.unchangedByNewRecord(true, NOON), "a correction may take the record it was done by away");
        assertFalse(DUTY.unchangedByNewRecord(false, NOON), "an open duty may be done by it");
    }

    @Test
    void a_correction_made_for_another_duty_settles_the_corrected_records_duty_too() {
        Inspection original = Inspection.record(UUID.randomUUID(), SUPERVISOR, NOON, draft(41, true, MORNING), null)
                .inspection();
        var same = Inspection.record(UUID.randomUUID(), SUPERVISOR, NOON, draft(41, true, NOON), original);
        assertNull(same.event().correctedDutyId(), "the same duty is settled once");
        var other = Inspection.record(UUID.randomUUID(), SUPERVISOR, NOON, draft(42, true, NOON), original);
        assertEquals(41L, other.event().correctedDutyId());
        assertEquals(original.id(), other.inspection().corrects());
    }

    @Test
    void only_a_flagged_record_is_reviewed_and_a_review_says_why() {
        Inspection plausible = Inspection.record(UUID.randomUUID(), SUPERVISOR, NOON, draft(42, true, MORNING), null)
                .inspection();
        var refused = assertThrows(WorkflowRefused.class, () -> plausible.review(CHIEF, NOON, true, "fine"));
        assertEquals(WorkflowRefused.Kind.WRONG_STATE, refused.kind());

        Inspection flagged = Inspection.record(UUID.randomUUID(), SUPERVISOR, NOON, draft(42, false, MORNING), null)
                .inspection();
        var noReason = assertThrows(InvalidInput.class, () -> flagged.review(CHIEF, NOON, false, "  "));
        assertEquals("/reason", noReason.problems().get(0).pointer());
    }

    @Test
    void the_platform_itself_records_no_inspection() {
        assertThrows(IllegalStateException.class,
                () -> Inspection.record(UUID.randomUUID(), Actor.SYSTEM, NOON, draft(42, true, MORNING), null));
    }
}
