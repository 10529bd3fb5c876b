package com.envgrid.api.waste;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The enterprise card's hazardous-waste tab for a year: whether the enterprise is a generator, its figures (rate as
 * a fraction, null when nothing was generated), its plan per code beside what it generated and stores, the year's
 * generation records and manifests (each marked licensed or not), and the lots stored on {@code stored_on} (the
 * year's end, or today in the current year) with their age.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
record WasteCard(String code, int year, boolean generator, Figures figures, List<CodeLine> plan,
                 List<GenerationLine> generations, List<ManifestLine> manifests, LocalDate storedOn,
                 List<StoredLine> stored) {

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Figures(BigDecimal generated, BigDecimal transferredLicensed, BigDecimal transferredUnlicensed,
                   BigDecimal stored, @Nullable BigDecimal rate) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record CodeLine(String wasteCode, String category, String name, BigDecimal planned, BigDecimal generated,
                    BigDecimal stored) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record GenerationLine(long id, String wasteCode, String name, LocalDate generatedOn, BigDecimal tonnes) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record ManifestLine(String number, String wasteCode, String name, LocalDate transferredOn, BigDecimal tonnes,
                        String receiverName, @Nullable String licenceNumber, @Nullable LocalDate licenceValidUntil,
                        boolean licensed) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record StoredLine(String wasteCode, String name, LocalDate generatedOn, BigDecimal tonnes, long ageDays,
                      boolean overdue) {
    }
}
