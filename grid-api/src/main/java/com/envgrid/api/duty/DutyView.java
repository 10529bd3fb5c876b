package com.envgrid.api.duty;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.LocalDate;

/** A duty as a supervisor's list shows it: what, where, when, by whom, and its status today. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record DutyView(long id, String targetKind, String targetCode, String targetName, String gridCode,
                       String gridName, LocalDate dueFrom, LocalDate dueBy, @Nullable Long supervisorId,
                       @Nullable String supervisorName, String status, String purpose, double lon, double lat) {
}
