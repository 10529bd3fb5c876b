package com.envgrid.api.source;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("protection_zone")
record ZoneRow(@Id String code, String name, String level, byte[] geometry, Instant updatedAt) {
}
