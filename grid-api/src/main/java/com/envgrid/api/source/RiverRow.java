package com.envgrid.api.source;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("river_segment")
record RiverRow(@Id String code, String riverName, String chiefName, byte[] geometry, Instant updatedAt) {
}
