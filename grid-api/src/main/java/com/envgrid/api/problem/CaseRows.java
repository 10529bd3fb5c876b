package com.envgrid.api.problem;

import com.envgrid.api.shared.TargetKindColumn;
import com.envgrid.api.shared.VocabularyColumn;
import com.envgrid.core.duty.TargetKind;
import com.envgrid.core.inspection.FindingCategory;
import com.envgrid.core.inspection.Severity;
import com.envgrid.core.problem.CaseState;
import com.envgrid.core.problem.ProblemCase;
import com.envgrid.core.problem.CaseStore;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The problem_case and case_event tables, and the {@link CaseStore} port on them. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CaseRows extends CrudRepository<CaseRows.CaseRow, Long>, CaseStore {
    @MappedEntity("problem_case")
    record CaseRow(@Id @GeneratedValue @Nullable Long id, @Nullable UUID inspectionId, int findingIndex,
                   @MappedProperty(converter = CategoryColumn.class) FindingCategory category,
                   @MappedProperty(converter = SeverityColumn.class) Severity severity, String description,
                   String gridCode, @MappedProperty(converter = TargetKindColumn.class) TargetKind targetKind,
                   String targetCode, @MappedProperty(converter = StateColumn.class) CaseState state,
                   @Nullable Long assigneeId, @Nullable Long reportedDoneBy, LocalDate dueBy, Instant openedAt,
                   @Nullable Instant closedAt, @Nullable Long reinspectionDutyId) {

        static CaseRow of(ProblemCase c) {
            return new CaseRow(c.id(), c.inspectionId(), c.findingIndex(), c.category(), c.severity(), c.description(),
                    c.gridCode(), c.targetKind(), c.targetCode(), c.state(), c.assigneeId(), c.reportedDoneBy(),
                    c.dueBy(), c.openedAt(), c.closedAt(), c.reinspectionDutyId());
        }

        ProblemCase toCase() {
            return new ProblemCase(id, inspectionId, findingIndex, category, severity, description, gridCode,
                    targetKind, targetCode, state, assigneeId, reportedDoneBy, dueBy, openedAt, closedAt,
                    reinspectionDutyId);
        }
    }

    @Singleton
    final class StateColumn extends VocabularyColumn<CaseState> {
        StateColumn() {
            super(CaseState.class);
        }
    }

    @Singleton
    final class SeverityColumn extends VocabularyColumn<Severity> {
        SeverityColumn() {
            super(Severity.class);
        }
    }

    @Singleton
    final class CategoryColumn extends VocabularyColumn<FindingCategory> {
        CategoryColumn() {
            super(FindingCategory.class);
        }
    }

    @Introspected
    record EventRow(long id, long caseId, Instant at, @Nullable Long actorId, String action, @Nullable String fromState,
                    String toState, @Nullable String reason) {
    }

    @Override
    default Optional<ProblemCase> byId(long id) {
        return findById(id).map(CaseRow::toCase);
    }

    @Override
    default ProblemCase add(ProblemCase opened) {
        return save(CaseRow.of(opened)).toCase();
    }

    @Override
    default void saveStep(ProblemCase next) {
        update(next.id(), next.state(), next.assigneeId(), next.reportedDoneBy(), next.closedAt());
    }

    void update(@Id long id, CaseState state, @Nullable Long assigneeId, @Nullable Long reportedDoneBy,
                @Nullable Instant closedAt);

    void updateReinspectionDutyId(@Id long id, Long reinspectionDutyId);

    @Override
    default void recordEvent(long caseId, Instant at, Long actorId, String action, CaseState from, CaseState to,
                             String reason) {
        event(caseId, at, actorId, action, from == null ? null : from.key(), to.key(), reason);
    }

    @Query("INSERT INTO case_event (case_id, at, actor_id, action, from_state, to_state, reason)"
            + " VALUES (:caseId, :at, :actorId, :action, :fromState, :toState, :reason)")
    void event(long caseId, Instant at, @Nullable Long actorId, String action, @Nullable String fromState, String toState,
               @Nullable String reason);

    @Query("SELECT id FROM problem_case WHERE inspection_id = :inspectionId ORDER BY finding_index")
    List<Long> idsOf(UUID inspectionId);

    /** The cases in a state (null: any), the most urgent first. */
    @Query("SELECT * FROM problem_case WHERE CAST(:state AS text) IS NULL OR state = :state ORDER BY due_by")
    List<CaseRow> listed(@Nullable CaseState state);

    /** A target's latest cases. */
    @Query("SELECT * FROM problem_case WHERE target_kind = :kind AND target_code = :code"
            + " ORDER BY opened_at DESC, id DESC LIMIT :limit")
    List<CaseRow> ofTarget(String kind, String code, int limit);

    @Introspected
    record CaseOfComplaint(long caseId, long complaintId) {
    }

    @Query("SELECT problem_case_id AS case_id, id AS complaint_id FROM complaint WHERE problem_case_id IS NOT NULL")
    List<CaseOfComplaint> complaintsOfCases();

    /** The complaint whose investigation opened the case, if one did. */
    @Query("SELECT id FROM complaint WHERE problem_case_id = :caseId")
    Optional<Long> complaintOf(long caseId);

    @Introspected
    record Location(long caseId, @Nullable Double lon, @Nullable Double lat) {
    }

    /**
     * Where each case was found: where its inspection was made, or where the complaint that opened it was made, or
     * else where the source it is about lies (null when none of these is known).
     */
    @Query("""
            SELECT c.id AS case_id, coalesce(i.fix_lon, k.lon, s.lon) AS lon, coalesce(i.fix_lat, k.lat, s.lat) AS lat
            FROM problem_case c
            LEFT JOIN inspection i ON i.id = c.inspection_id
            LEFT JOIN complaint k ON k.problem_case_id = c.id
            LEFT JOIN source s ON c.target_kind = 'source' AND s.code = c.target_code""")
    List<Location> locations();

    @Query("SELECT * FROM case_event WHERE case_id = :caseId ORDER BY at, id")
    List<EventRow> events(long caseId);
}
