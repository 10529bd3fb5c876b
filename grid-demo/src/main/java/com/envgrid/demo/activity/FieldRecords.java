package com.envgrid.demo.activity;

import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.inspection.InspectionRequest;
import com.envgrid.api.inspection.InspectionView;
import com.envgrid.api.inspection.Inspections;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.duty.TargetKind;
import com.envgrid.core.inspection.ChecklistItem;
import com.envgrid.core.inspection.Checklists;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Inspection records as a phone sends them — its own record id, the fix and its accuracy, the whole checklist
 * answered — submitted through the inspection service by the person who made them, a little after the inspection.
 */
@Singleton
class FieldRecords {
    private final Inspections inspections;
    private final DistrictTime time;
    private final SupervisedObjects objects;

    FieldRecords(Inspections inspections, SupervisedObjects objects, DistrictTime time) {
        this.inspections = inspections;
        this.time = time;
        this.objects = objects;
    }

    /** An inspection of a duty's target; a checklist item fails when there are findings. */
    InspectionView record(Player inspector, Instant at, long dutyId, String targetKind, String targetCode, double[] fix,
                          List<InspectionRequest.Finding> findings, String notes, SplittableRandom random) {
        double accuracyM = 4 + random.nextInt(21);
        var request = new InspectionRequest(dutyId, null, at.atZone(time.zone()).toOffsetDateTime(),
                new InspectionRequest.Fix(fix[0], fix[1], accuracyM, "wgs84"),
                checklist(targetKind, targetCode, !findings.isEmpty(), random), findings, notes, null, null);
        byte[] seed = new byte[16];
        random.nextBytes(seed);
        UUID id = UUID.nameUUIDFromBytes(seed);
        Instant sent = Timeline.after(at, Duration.ofMinutes(2), Duration.ofMinutes(40), random);
        return inspections.submit(inspector.actor(), sent, new Inspections.Submission(id, request));
    }

    private Map<String, Boolean> checklist(String targetKind, String targetCode, boolean failed,
                                           SplittableRandom random) {
        String sourceKind = targetKind.equals("source")
                ? objects.source(targetCode).map(SupervisedObjects.Source::kind).orElse(null) : null;
        List<ChecklistItem> items = Checklists.forTarget(TargetKind.valueOf(targetKind.toUpperCase(Locale.ROOT)),
                sourceKind);
        Map<String, Boolean> answers = new LinkedHashMap<>();
        items.forEach(item -> answers.put(item.key(), true));
        if (failed) {
            answers.put(Randomly.oneOf(items, random).key(), false);
        }
        return answers;
    }
}
