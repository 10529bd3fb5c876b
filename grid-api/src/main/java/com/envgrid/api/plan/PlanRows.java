package com.envgrid.api.plan;

import com.envgrid.api.inspection.CountsAsInspectedSql;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The plans, their measures, the duties that verify them and the inspections recorded on those duties. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PlanRows extends GenericRepository<PlanRows.PlanRow, Long> {

    /** A plan with its enterprise's name and grid (null: in no grid). */
    @MappedEntity("remediation_plan")
    record PlanRow(@Id @GeneratedValue Long id, String sourceCode, String title, String period,
                   @Nullable Long createdBy, Instant createdAt) {
    }

    @Introspected
    record ListedPlan(long id, String sourceCode, String sourceName, @Nullable String gridCode, String title,
                      String period, Instant createdAt) {
    }

    /** A measure with its plan's enterprise, that enterprise's grid and the duty verifying it (null: none). */
    @Introspected
    record MeasureRow(long id, long planId, String sourceCode, String sourceName, @Nullable String gridCode,
                      String action, LocalDate deadline, String responsibleName, String responsiblePhone,
                      @Nullable Long supervisorId, String state, @Nullable Instant reportedAt,
                      @Nullable Instant verifiedAt, @Nullable UUID verifiedBy, @Nullable String cancelReason,
                      @Nullable Long dutyId) {
    }

    /** An inspection record as it bears on a measure: whether it counts, what it found, whether any item failed. */
    @Introspected
    record InspectedRow(UUID id, Instant inspectedAt, boolean counts, int findings, boolean checklistAllPassed) {
    }

    String MEASURES = "SELECT m.id, m.plan_id, p.source_code, s.name AS source_name, s.grid_code, m.action,"
            + " m.deadline, m.responsible_name, m.responsible_phone, m.supervisor_id, m.state, m.reported_at,"
            + " m.verified_at, m.verified_by, m.cancel_reason, d.id AS duty_id"
            + " FROM plan_measure m JOIN remediation_plan p ON p.id = m.plan_id JOIN source s ON s.code = p.source_code"
            + " LEFT JOIN duty d ON d.measure_id = m.id";

    String INSPECTED = "SELECT i.id, i.inspected_at, " + CountsAsInspectedSql.ON_I + " AS counts,"
            + " jsonb_array_length(i.findings) AS findings,"
            + " NOT EXISTS (SELECT 1 FROM jsonb_each(i.checklist) e WHERE e.value = 'false'::jsonb)"
            + " AS checklist_all_passed FROM inspection i";

    /** Keeps the plan unless the enterprise has one of the same period and title; its id when new. */
    @Query("INSERT INTO remediation_plan (source_code, title, period, created_by, created_at)"
            + " VALUES (:sourceCode, :title, :period, :createdBy, :createdAt)"
            + " ON CONFLICT (source_code, period, title) DO NOTHING RETURNING id")
    List<Long> insertPlan(String sourceCode, String title, String period, @Nullable Long createdBy,
                          Instant createdAt);

    @Query("SELECT id FROM remediation_plan WHERE source_code = :sourceCode AND period = :period AND title = :title")
    List<Long> planIdOf(String sourceCode, String period, String title);

    /** Keeps the measure unless its plan has one of the same text; its id when new. */
    @Query("INSERT INTO plan_measure (plan_id, action, deadline, responsible_name, responsible_phone, supervisor_id,"
            + " created_at) VALUES (:planId, :action, :deadline, :responsibleName, :responsiblePhone, :supervisorId,"
            + " :createdAt) ON CONFLICT (plan_id, action) DO NOTHING RETURNING id")
    List<Long> insertMeasure(long planId, String action, LocalDate deadline, String responsibleName,
                             String responsiblePhone, @Nullable Long supervisorId, Instant createdAt);

    /** The duty verifying a measure, due from {@code dueFrom} to its deadline; its id when new. */
    @Query("INSERT INTO duty (target_kind, target_code, grid_code, due_from, due_by, supervisor_id, purpose,"
            + " measure_id, created_at) VALUES ('source', :sourceCode, :gridCode, :dueFrom, :dueBy, :supervisorId,"
            + " 'measure', :measureId, :at) ON CONFLICT DO NOTHING RETURNING id")
    List<Long> insertDuty(String sourceCode, String gridCode, LocalDate dueFrom, LocalDate dueBy,
                          @Nullable Long supervisorId, long measureId, Instant at);

    /** Takes back a cancelled measure's duty while nothing was recorded on it. */
    @Query("DELETE FROM duty WHERE measure_id = :measureId AND done_at IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM inspection i WHERE i.duty_id = duty.id)")
    void withdrawDuty(long measureId);

    @Query("SELECT grid_code FROM source WHERE code = :code")
    List<String> gridOf(String code);

    @Query("SELECT * FROM remediation_plan WHERE source_code = :sourceCode ORDER BY period DESC, id DESC")
    List<PlanRow> plansOf(String sourceCode);

    @Query("SELECT * FROM remediation_plan WHERE id = :id AND source_code = :sourceCode")
    List<PlanRow> planOf(long id, String sourceCode);

    @Query("SELECT p.id, p.source_code, s.name AS source_name, s.grid_code, p.title, p.period, p.created_at"
            + " FROM remediation_plan p JOIN source s ON s.code = p.source_code"
            + " WHERE (CAST(:period AS text) IS NULL OR p.period = :period) ORDER BY s.grid_code, p.source_code, p.id")
    List<ListedPlan> listed(@Nullable String period);

    @Query(MEASURES + " WHERE p.source_code = :sourceCode ORDER BY m.deadline, m.id")
    List<MeasureRow> measuresOf(String sourceCode);

    @Query(MEASURES + " ORDER BY m.deadline, m.id")
    List<MeasureRow> allMeasures();

    @Query(MEASURES + " WHERE m.state IN ('planned', 'reported') ORDER BY m.deadline, m.id")
    List<MeasureRow> unfinished();

    /** The measure, held until the transaction ends. */
    @Query(MEASURES + " WHERE m.id = :id FOR UPDATE OF m")
    List<MeasureRow> measureForUpdate(long id);

    @Query("SELECT measure_id FROM duty WHERE id = :dutyId AND measure_id IS NOT NULL")
    List<Long> measureOfDuty(long dutyId);

    @Query("UPDATE plan_measure SET state = :state, reported_at = :reportedAt, verified_at = :verifiedAt,"
            + " verified_by = :verifiedBy, cancel_reason = :cancelReason WHERE id = :id")
    void updateState(long id, String state, @Nullable Instant reportedAt, @Nullable Instant verifiedAt,
                     @Nullable UUID verifiedBy, @Nullable String cancelReason);

    @Query(INSPECTED + " WHERE i.duty_id = :dutyId ORDER BY i.inspected_at, i.id")
    List<InspectedRow> inspectedOnDuty(long dutyId);

    /** An inspection of the enterprise, for a verification that names it. */
    @Query(INSPECTED + " WHERE i.id = :inspectionId AND i.target_kind = 'source'"
            + " AND i.target_code = :sourceCode")
    List<InspectedRow> inspectionOf(UUID inspectionId, String sourceCode);
}
