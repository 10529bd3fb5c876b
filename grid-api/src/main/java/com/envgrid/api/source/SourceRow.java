package com.envgrid.api.source;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("source")
record SourceRow(@Id String code, String kind, String name, @Nullable String creditCode, @Nullable String industry,
                 @Nullable String address, double lon, double lat, boolean keyDischarger, String rating, String status,
                 @Nullable String gridCode, @Nullable String zoneCode, Instant updatedAt) {
}
