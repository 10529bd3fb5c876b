package com.envgrid.api.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("inspection")
record InspectionRow(@Id UUID id, String payloadHash, long inspectorId, @Nullable Long dutyId, String targetKind,
                     String targetCode, String gridCode, Instant inspectedAt, double fixLon, double fixLat,
                     String fixCrs, double sentLon, double sentLat, double accuracyM,
                     @TypeDef(type = DataType.JSON) String checklist, @TypeDef(type = DataType.JSON) String findings,
                     @Nullable String notes, boolean locationPlausible, double locationDistanceM,
                     @Nullable String locationReason, @Nullable UUID corrects, Instant receivedAt) {
}
