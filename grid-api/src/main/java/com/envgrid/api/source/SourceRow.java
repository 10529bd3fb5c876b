package com.envgrid.api.source;

import com.envgrid.core.access.GridScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("source")
record SourceRow(@Id String code, String kind, String name, @Nullable String creditCode, @Nullable String industry,
                 @Nullable String address, double lon, double lat, boolean keyDischarger, String rating, String status,
                 @Nullable String gridCode, @Nullable String zoneCode, Instant updatedAt) {
    /** Whether the scope reads this source: in a grid it reads, or — outside every grid — when it reads everything. */
    boolean visibleTo(GridScope scope) {
        return gridCode == null ? scope.readsEverything() : scope.canRead(gridCode);
    }
}
