package com.envgrid.core.inspection;

import com.envgrid.core.access.Actor;
import com.envgrid.core.duty.DutyPurpose;
import com.envgrid.core.duty.TargetKind;
import com.envgrid.core.input.InputCode;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.workflow.WorkflowRefused;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A field inspection record as stored: never edited — a correction is a new record naming the one it corrects, and
 * stands in its place. Where it was made is judged once, when it is recorded ({@link LocationVerdict}); a record
 * flagged for it waits for a chief's review, and counts as inspected only when accepted ({@link CountsAsInspected}).
 *
 * @param dutyId    the duty it was made for; null for an ad hoc inspection
 * @param fix       where the phone said it was, in WGS84 and as sent
 * @param checklist the checklist's answers, by item key
 * @param photos    the SHA-256 of its photos, in the order sent
 * @param location  the verdict on where it was made
 * @param corrects  the record it corrects, or null
 */
public record Inspection(UUID id, long inspectorId, Long dutyId, TargetKind targetKind, String targetCode,
                         String gridCode, Instant inspectedAt, Fix fix, Map<String, Boolean> checklist,
                         List<Finding> findings, String notes, List<String> photos, LocationCheck.Verdict location,
                         UUID corrects, Instant receivedAt) {
    public Inspection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(targetKind, "targetKind");
        // in the order given: the stored record answers its items as they were stored
        checklist = Collections.unmodifiableMap(new LinkedHashMap<>(checklist));
        findings = List.copyOf(findings);
        photos = List.copyOf(photos);
    }

    /** A GPS fix: the WGS84 position judged, its accuracy, and the position and CRS as the phone sent them. */
    public record Fix(double lon, double lat, double accuracyM, FixCrs crs, double sentLon, double sentLat) {
    }

    /**
     * What a record says, read and looked up: its duty and why that exists (both null for an ad hoc inspection), the
     * target it names, resolved to its grid, and the verdict on where.
     */
    public record Draft(Long dutyId, DutyPurpose dutyPurpose, TargetKind targetKind, String targetCode,
                        String gridCode, Instant inspectedAt, Fix fix, Map<String, Boolean> checklist,
                        List<Finding> findings, String notes, List<String> photos, LocationCheck.Verdict location) {
    }

    /** The record stored and the event for the duties it may settle. */
    public record Recorded(Inspection inspection, InspectionRecorded event) {
    }

    /** The review decided and the event for the duty it may settle. */
    public record Reviewed(LocationReviewed event) {
    }

    /**
     * Records what the inspector sent. A correction names the record it stands in for; when that one was made for
     * another duty, that duty is to be settled again too.
     */
    public static Recorded record(UUID id, Actor actor, Instant at, Draft draft, Inspection corrected) {
        Inspection inspection = new Inspection(id, actor.person(), draft.dutyId(), draft.targetKind(),
                draft.targetCode(), draft.gridCode(), draft.inspectedAt(), draft.fix(), draft.checklist(),
                draft.findings(), draft.notes(), draft.photos(), draft.location(),
                corrected == null ? null : corrected.id(), at);
        Long correctedDuty = corrected == null || Objects.equals(corrected.dutyId(), draft.dutyId())
                ? null : corrected.dutyId();
        return new Recorded(inspection, new InspectionRecorded(id, draft.dutyId(), draft.dutyPurpose(), correctedDuty,
                corrected != null,
                draft.inspectedAt(), at));
    }

    public boolean flagged() {
        return !location.plausible();
    }

    /**
     * A chief's or administrator's decision on where a flagged record was made: accepted, it counts as inspected
     * like a plausible one; rejected, it does not. The record itself does not change; decided once (the store
     * refuses a second review).
     */
    public Reviewed review(Actor actor, Instant at, boolean accept, String reason) {
        if (!flagged()) {
            throw new WorkflowRefused(WorkflowRefused.Kind.WRONG_STATE, CountsAsInspected.LocationReview.NONE,
                    "review", InspectionCode.NOT_FLAGGED, "inspection " + id + " was not flagged: there is nothing to review");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("a review needs a reason", List.of(new InputProblem("/reason",
                    "say why the location is accepted or not", InputCode.REQUIRED, Map.of())));
        }
        return new Reviewed(new LocationReviewed(id, dutyId, accept, actor.person(), reason.trim(), at));
    }
}
