package com.envgrid.api.radiation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/** A ray device as stored, keyed by its holder and its serial number; only read through queries. */
@MappedEntity("ray_device")
record RayDeviceRow(String holderCode, @Id String serial, String kind, String model,
                    @MappedProperty("class") String radiationClass, String location, String status, Instant updatedAt) {
}
