package com.envgrid.api.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the plan routes take and answer. */
public final class PlanViews {
    private PlanViews() {
    }

    /** A new plan: its title, the year or years it covers (2026, 2026-2027) and its first measures. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record NewPlan(@Nullable String title, @Nullable String period, @Nullable List<NewMeasure> measures) {
    }

    /** A new measure: what to do, by when, the enterprise's person answering for it, optionally a member of staff. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record NewMeasure(@Nullable String action, @Nullable LocalDate deadline,
                             @Nullable String responsibleName, @Nullable String responsiblePhone,
                             @Nullable Long supervisorId) {
    }

    /** A step on a measure: {@code report} (done), {@code verify} (naming an inspection) or {@code cancel}. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Action(@Nullable String action, @Nullable UUID inspectionId, @Nullable String reason) {
    }

    /** Measures not cancelled, verified of them, overdue of them, and the share verified (null: none). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Progress(int measures, int verified, int overdue, @Nullable Double share) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record MeasureView(long id, String action, LocalDate deadline, String responsibleName,
                              String responsiblePhone, @Nullable Long supervisorId, @Nullable String supervisorName,
                              String state, boolean overdue, String escalation, @Nullable Long dutyId,
                              @Nullable Instant reportedAt, @Nullable Instant verifiedAt, @Nullable UUID verifiedBy,
                              @Nullable String cancelReason, List<String> actions) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record PlanView(long id, String sourceCode, String title, String period, Instant createdAt,
                           Progress progress, List<MeasureView> measures) {
    }

    /** A plan in the district's list: its enterprise, grid and progress. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Listed(long id, String sourceCode, String sourceName, @Nullable String gridCode, String title,
                  String period, Progress progress, @Nullable LocalDate nextDeadline) {
    }
}
