package com.envgrid.api.enterprise;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("enterprise_alert")
record AlertRow(@Id @GeneratedValue Long id, String sourceCode, String kind, String subject, String detail,
                LocalDate raisedOn, Instant raisedAt, @Nullable Long caseId) {
}
