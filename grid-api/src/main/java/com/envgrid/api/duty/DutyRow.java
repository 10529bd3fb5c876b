package com.envgrid.api.duty;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("duty")
record DutyRow(@Id @GeneratedValue @Nullable Long id, String targetKind, String targetCode, String gridCode,
               LocalDate dueFrom, LocalDate dueBy, @Nullable Long supervisorId, @Nullable Instant doneAt,
               String purpose, Instant createdAt) {
    static final String ROUTINE = "routine";
    static final String REINSPECTION = "reinspection";
}
