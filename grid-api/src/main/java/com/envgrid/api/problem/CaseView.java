package com.envgrid.api.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A problem case as the caller sees it: what it came from (an inspection or a complaint), the finding, where, its state and deadline, who it has escalated to, the
 * actions the caller may take now, and its history.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record CaseView(long id, @Nullable UUID inspectionId, @Nullable Long complaintId, String category, String severity, String description, String gridCode,
                String gridName, String targetKind, String targetCode, String state, @Nullable Long assigneeId,
                @Nullable String assigneeName, LocalDate dueBy, boolean overdue, String escalatedTo,
                @Nullable Long reinspectionDutyId, Instant openedAt, @Nullable Instant closedAt, List<String> actions,
                List<Event> history) {

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Event(Instant at, @Nullable Long actorId, @Nullable String actorName, String action,
                 @Nullable String fromState, String toState, @Nullable String reason) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Action(@Nullable String action, @Nullable Long assigneeId, @Nullable String reason) {
    }
}
