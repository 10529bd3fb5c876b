package com.envgrid.api.duty;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DutyRows extends CrudRepository<DutyRow, Long> {
    /** The duties whose due window overlaps [from, to). */
    @Query("SELECT * FROM duty WHERE due_by >= :from AND due_from < :to ORDER BY due_by, id")
    List<DutyRow> findOverlapping(LocalDate from, LocalDate to);

    /** The sources complaints received in [from, to) pointed at: their investigation opened a case about the source. */
    @Query("SELECT DISTINCT c.target_code FROM complaint k JOIN problem_case c ON c.id = k.problem_case_id"
            + " WHERE c.target_kind = 'source' AND k.received_at >= :from AND k.received_at < :to")
    List<String> sourcesComplainedAbout(java.time.Instant from, java.time.Instant to);

    /** A re-inspection duty, unless the target has one for the same window already; its id when created. */
    @Query("INSERT INTO duty (target_kind, target_code, grid_code, due_from, due_by, supervisor_id, purpose, created_at)"
            + " VALUES (:targetKind, :targetCode, :gridCode, :dueFrom, :dueBy, :supervisorId, 'reinspection', :at)"
            + " ON CONFLICT DO NOTHING RETURNING id")
    List<Long> insertReinspection(String targetKind, String targetCode, String gridCode, LocalDate dueFrom,
                                  LocalDate dueBy, @Nullable Long supervisorId, java.time.Instant at);

    @Query("UPDATE duty SET supervisor_id = :supervisorId WHERE id = :id")
    void reassign(long id, @Nullable Long supervisorId);

    /** Serialises duty generation: one period at a time, so concurrent runs never create the same duty twice. */
    @Query("SELECT 1 FROM (SELECT pg_advisory_xact_lock(4711)) AS locked")
    int lockGeneration();
}
