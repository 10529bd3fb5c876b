package com.envgrid.api.radiation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A holder's radiation safety licence as stored: its scope as the classes it permits, {@code II,III}. */
@MappedEntity("radiation_licence")
record LicenceRow(@Id String holderCode, String number, String sourceClasses, String deviceClasses,
                  LocalDate issuedOn, LocalDate expiresOn, Instant updatedAt) {
}
