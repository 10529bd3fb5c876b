package com.envgrid.api.radiation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.time.LocalDate;

/** A sealed source as stored, keyed by its holder and its code ({@code serial}); only read through queries. */
@MappedEntity("radiation_source")
record SealedSourceRow(String holderCode, @Id String serial, String nuclide,
                       @MappedProperty("class") String radiationClass, double activity, String activityUnit,
                       LocalDate activityOn, String location, String status, Instant updatedAt) {
}
