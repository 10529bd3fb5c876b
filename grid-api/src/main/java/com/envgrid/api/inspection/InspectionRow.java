package com.envgrid.api.inspection;

import com.envgrid.api.shared.TargetKindColumn;
import com.envgrid.core.duty.TargetKind;
import com.envgrid.core.inspection.FixCrs;
import com.envgrid.core.inspection.Inspection;
import com.envgrid.core.inspection.LocationCheck;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An inspection record as stored, with the hash of the submission that a retry must match. */
@MappedEntity("inspection")
record InspectionRow(@Id UUID id, String payloadHash, long inspectorId, @Nullable Long dutyId,
                     @TypeDef(type = DataType.STRING, converter = TargetKindColumn.class) TargetKind targetKind,
                     String targetCode, String gridCode, Instant inspectedAt, double fixLon, double fixLat,
                     @TypeDef(type = DataType.STRING, converter = FixCrsColumn.class) FixCrs fixCrs,
                     double sentLon, double sentLat, double accuracyM,
                     @TypeDef(type = DataType.JSON) Map<String, Boolean> checklist,
                     @TypeDef(type = DataType.JSON) List<FindingJson> findings,
                     @Nullable String notes, boolean locationPlausible, double locationDistanceM,
                     @Nullable String locationReason, @Nullable UUID corrects, Instant receivedAt) {

    static InspectionRow of(Inspection i, String payloadHash) {
        var fix = i.fix();
        var location = i.location();
        return new InspectionRow(i.id(), payloadHash, i.inspectorId(), i.dutyId(), i.targetKind(), i.targetCode(),
                i.gridCode(), i.inspectedAt(), fix.lon(), fix.lat(), fix.crs(), fix.sentLon(), fix.sentLat(),
                fix.accuracyM(), i.checklist(), i.findings().stream().map(FindingJson::of).toList(), i.notes(), location.plausible(), location.distanceM(),
                location.reason(), i.corrects(), i.receivedAt());
    }

    /** The record, with the photos it names in their order. */
    Inspection inspection(List<String> photos) {
        return new Inspection(id, inspectorId, dutyId, targetKind, targetCode, gridCode, inspectedAt,
                new Inspection.Fix(fixLon, fixLat, accuracyM, fixCrs, sentLon, sentLat), checklist,
                findings.stream().map(FindingJson::finding).toList(), notes,
                photos, new LocationCheck.Verdict(locationPlausible, locationDistanceM, locationReason), corrects,
                receivedAt);
    }
}
