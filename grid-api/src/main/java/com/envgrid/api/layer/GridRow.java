package com.envgrid.api.layer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A stored grid: the imported geometry as WKB, and its envelope for bounding-box queries. */
@MappedEntity("grid")
record GridRow(@Id String code, String name, String level, short tier, @Nullable String parentCode,
               byte[] geometry, double minLon, double minLat, double maxLon, double maxLat, Instant updatedAt) {
}
