package com.envgrid.api.enterprise;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AlertRows extends GenericRepository<AlertRow, Long> {

    /** Keeps the alert unless the enterprise has it for the same kind and subject already; its id when new. */
    @Query("INSERT INTO enterprise_alert (source_code, kind, subject, detail, raised_on, raised_at)"
            + " VALUES (:sourceCode, :kind, :subject, :detail, :raisedOn, :raisedAt)"
            + " ON CONFLICT (source_code, kind, subject) DO NOTHING RETURNING id")
    List<Long> insert(String sourceCode, String kind, String subject, String detail, LocalDate raisedOn,
                      Instant raisedAt);

    @Query("UPDATE enterprise_alert SET case_id = :caseId WHERE id = :id")
    void linkCase(long id, long caseId);

    @Query("SELECT * FROM enterprise_alert WHERE source_code = :sourceCode ORDER BY raised_at DESC, id DESC")
    List<AlertRow> findOf(String sourceCode);

    @Query("SELECT * FROM enterprise_alert WHERE source_code = :sourceCode AND raised_on >= :from AND raised_on < :to"
            + " ORDER BY raised_at, id")
    List<AlertRow> findOfBetween(String sourceCode, LocalDate from, LocalDate to);
}
