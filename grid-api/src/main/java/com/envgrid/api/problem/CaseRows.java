package com.envgrid.api.problem;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CaseRows extends CrudRepository<CaseRows.CaseRow, Long> {
    @MappedEntity("problem_case")
    record CaseRow(@Id @GeneratedValue @Nullable Long id, @Nullable UUID inspectionId, int findingIndex, String category,
                   String severity, String description, String gridCode, String targetKind, String targetCode,
                   String state, @Nullable Long assigneeId, @Nullable Long reportedDoneBy, LocalDate dueBy,
                   Instant openedAt, @Nullable Instant closedAt, @Nullable Long reinspectionDutyId) {
    }

    @Introspected
    record EventRow(long id, long caseId, Instant at, @Nullable Long actorId, String action, @Nullable String fromState,
                    String toState, @Nullable String reason) {
    }

    @Query("SELECT id FROM problem_case WHERE inspection_id = :inspectionId ORDER BY finding_index")
    List<Long> idsOf(UUID inspectionId);

    List<CaseRow> findAllOrderByDueBy();

    @Introspected
    record CaseOfComplaint(long caseId, long complaintId) {
    }

    @Query("SELECT problem_case_id AS case_id, id AS complaint_id FROM complaint WHERE problem_case_id IS NOT NULL")
    List<CaseOfComplaint> complaintsOfCases();

    /** The complaint whose investigation opened the case, if one did. */
    @Query("SELECT id FROM complaint WHERE problem_case_id = :caseId")
    java.util.Optional<Long> complaintOf(long caseId);

    @Query("INSERT INTO case_event (case_id, at, actor_id, action, from_state, to_state, reason)"
            + " VALUES (:caseId, :at, :actorId, :action, :fromState, :toState, :reason)")
    void event(long caseId, Instant at, @Nullable Long actorId, String action, @Nullable String fromState, String toState,
               @Nullable String reason);

    @Query("SELECT * FROM case_event WHERE case_id = :caseId ORDER BY at, id")
    List<EventRow> events(long caseId);

    @Query("INSERT INTO duty (target_kind, target_code, grid_code, due_from, due_by, supervisor_id, purpose, created_at)"
            + " VALUES (:targetKind, :targetCode, :gridCode, :dueFrom, :dueBy, :supervisorId, 'reinspection', :at)"
            + " ON CONFLICT DO NOTHING RETURNING id")
    List<Long> reinspectionDuty(String targetKind, String targetCode, String gridCode, LocalDate dueFrom,
                                LocalDate dueBy, @Nullable Long supervisorId, Instant at);
}
