package com.envgrid.api.waste;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Serdeable for the audit log's before and after. */
@Serdeable(naming = SnakeCaseStrategy.class)
@MappedEntity("waste_manifest")
record ManifestRow(@Id String number, String sourceCode, String wasteCode, LocalDate transferredOn, BigDecimal tonnes,
                   String receiverName, @Nullable String licenceNumber, @Nullable LocalDate licenceValidUntil,
                   Instant recordedAt) {

    /** Whether both say the same transfer, whenever each was recorded: a retried save or import. */
    boolean sameAs(ManifestRow other) {
        return number.equals(other.number) && sourceCode.equals(other.sourceCode)
                && wasteCode.equals(other.wasteCode) && transferredOn.equals(other.transferredOn)
                && tonnes.compareTo(other.tonnes) == 0 && receiverName.equals(other.receiverName)
                && Objects.equals(licenceNumber, other.licenceNumber)
                && Objects.equals(licenceValidUntil, other.licenceValidUntil);
    }
}
