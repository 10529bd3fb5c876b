package com.envgrid.api.waste;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What an administrator sends about a generator; every member is checked by {@link Generators}, none trusted. */
final class WasteRequests {
    private WasteRequests() {
    }

    /** The year's management plan: tonnes per waste code; it replaces the year's plan as a whole. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Plan(@Nullable List<PlanItem> items) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record PlanItem(@Nullable String wasteCode, @Nullable BigDecimal tonnes) {
    }

    /** A day's generation of one code (the ledger's line); sent again for the same code and day, it replaces it. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Generation(@Nullable String wasteCode, @Nullable LocalDate generatedOn, @Nullable BigDecimal tonnes) {
    }

    /** A transfer manifest (转移联单) as it reads. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Manifest(@Nullable String number, @Nullable String wasteCode, @Nullable LocalDate transferredOn,
                    @Nullable BigDecimal tonnes, @Nullable String receiverName, @Nullable String licenceNumber,
                    @Nullable LocalDate licenceValidUntil) {
    }
}
