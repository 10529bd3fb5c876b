package com.envgrid.api.city;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The one row of table {@code city}; code and name null until known. */
@MappedEntity("city")
record CityRow(@Id short id, @Nullable String code, @Nullable String name, @Nullable Instant updatedAt) {
    static final short ONLY = 1;
}
