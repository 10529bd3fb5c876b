package com.envgrid.api.waste;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Serdeable for the audit log's before and after. */
@Serdeable(naming = SnakeCaseStrategy.class)
@MappedEntity("waste_generation")
record GenerationRow(@Id @GeneratedValue Long id, String sourceCode, String wasteCode, LocalDate generatedOn,
                     BigDecimal tonnes, Instant recordedAt) {
}
