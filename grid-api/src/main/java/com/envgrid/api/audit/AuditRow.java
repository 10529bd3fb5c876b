package com.envgrid.api.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

@MappedEntity("audit_log")
record AuditRow(@Id @GeneratedValue @Nullable Long id, Instant at, @Nullable Long actorId, String actor, String action,
                String entity, String entityId,
                @Nullable @TypeDef(type = DataType.JSON) String before,
                @Nullable @TypeDef(type = DataType.JSON) String after) {
}
