package com.envgrid.api.duty;

import com.envgrid.core.duty.TargetKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DutyRows extends CrudRepository<DutyRow, Long> {
    /** The duties whose due window overlaps [from, to). */
    @Query("SELECT * FROM duty WHERE due_by >= :from AND due_from < :to ORDER BY due_by, id")
    List<DutyRow> findOverlapping(LocalDate from, LocalDate to);

    /**
     * The duties of a period a list shows: in the caller's grids (all of them when {@code everyGrid}), optionally of
     * one supervisor, one grid, and one status as {@link com.envgrid.core.duty.DutyStatus} decides it on
     * {@code today} (done; else overdue after its last due day; else open).
     */
    @Query("SELECT * FROM duty WHERE due_by >= :from AND due_from < :to"
            + " AND (:everyGrid OR grid_code = ANY(:grids))"
            + " AND (CAST(:supervisorId AS bigint) IS NULL OR supervisor_id = :supervisorId)"
            + " AND (CAST(:grid AS text) IS NULL OR grid_code = :grid)"
            + " AND (CAST(:status AS text) IS NULL OR :status = CASE WHEN done_at IS NOT NULL THEN 'done'"
            + " WHEN due_by < :today THEN 'overdue' ELSE 'open' END)"
            + " ORDER BY due_by, id")
    List<DutyRow> findListed(LocalDate from, LocalDate to, boolean everyGrid, String[] grids,
                             @Nullable Long supervisorId, @Nullable String grid, @Nullable String status,
                             LocalDate today);

    /** The sources complaints received in [from, to) pointed at: their investigation opened a case about the source. */
    @Query("SELECT DISTINCT c.target_code FROM complaint k JOIN problem_case c ON c.id = k.problem_case_id"
            + " WHERE c.target_kind = 'source' AND k.received_at >= :from AND k.received_at < :to")
    List<String> sourcesComplainedAbout(Instant from, Instant to);

    @Query("SELECT * FROM duty WHERE target_kind = :kind AND target_code = :code"
            + " ORDER BY due_by DESC, id DESC LIMIT :limit")
    List<DutyRow> findOfTarget(String kind, String code, int limit);

    /** A re-inspection duty, unless the target has one for the same window already; its id when created. */
    @Query("INSERT INTO duty (target_kind, target_code, grid_code, due_from, due_by, supervisor_id, purpose, created_at)"
            + " VALUES (:targetKind, :targetCode, :gridCode, :dueFrom, :dueBy, :supervisorId, 'reinspection', :at)"
            + " ON CONFLICT DO NOTHING RETURNING id")
    List<Long> insertReinspection(TargetKind targetKind, String targetCode, String gridCode, LocalDate dueFrom,
                                  LocalDate dueBy, @Nullable Long supervisorId, java.time.Instant at);

    @Query("UPDATE duty SET supervisor_id = :supervisorId WHERE id = :id")
    void reassign(long id, @Nullable Long supervisorId);

    void updateDoneAt(@Id long id, @Nullable Instant doneAt);

    /** Serialises duty generation: one period at a time, so concurrent runs never create the same duty twice. */
    @Query("SELECT 1 FROM (SELECT pg_advisory_xact_lock(4711)) AS locked")
    int lockGeneration();
}
