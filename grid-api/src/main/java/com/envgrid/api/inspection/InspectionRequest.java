package com.envgrid.api.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An inspection record as a phone sends it; its id is in the URL, made by the phone before the first send. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record InspectionRequest(@Nullable Long dutyId, @Nullable Target target, @Nullable OffsetDateTime inspectedAt,
                         @Nullable Fix fix, @Nullable Map<String, Boolean> checklist, @Nullable List<Finding> findings,
                         @Nullable String notes, @Nullable List<String> photos, @Nullable UUID corrects) {

    /** What was inspected when there is no duty: a source, a grid (patrol) or a river segment in a grid. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Target(@Nullable String kind, @Nullable String code, @Nullable String grid) {
    }

    /** The GPS fix: position, its accuracy in metres, and the CRS it is in (wgs84 by default, or gcj02). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Fix(@Nullable Double lon, @Nullable Double lat, @Nullable Double accuracyM, @Nullable String crs) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Finding(@Nullable String category, @Nullable String severity, @Nullable String description) {
    }
}
