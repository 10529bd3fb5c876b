package com.envgrid.api.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** Appends to and reads the audit log; it has no update or delete, and the table refuses them anyway. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditRows extends GenericRepository<AuditRow, Long> {
    AuditRow save(AuditRow row);

    @Query("SELECT * FROM audit_log WHERE (CAST(:entity AS text) IS NULL OR entity = :entity)"
            + " AND (CAST(:actor AS text) IS NULL OR actor = :actor)"
            + " AND (CAST(:from AS timestamptz) IS NULL OR at >= :from)"
            + " AND (CAST(:to AS timestamptz) IS NULL OR at < :to)"
            + " AND ((SELECT district_code FROM person WHERE id = :reader) IS NULL OR actor_id IN"
            + " (SELECT id FROM person WHERE district_code = (SELECT district_code FROM person WHERE id = :reader)))"
            + " ORDER BY id DESC LIMIT :limit")
    List<AuditRow> find(@Nullable String entity, @Nullable String actor, @Nullable Instant from, @Nullable Instant to,
                        long reader, int limit);

    long count();
}
