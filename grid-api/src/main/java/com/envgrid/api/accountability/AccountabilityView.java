package com.envgrid.api.accountability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An accountability record (问责) as the API shows it: why it was proposed ({@code basis} order_overdue with the
 * order, or ranked_last with the two quarters), who answers, the measure, and the decision once made. {@code quarter}
 * is the quarter it belongs to — the later review's, or the quarter of the district day an order's was proposed;
 * {@code may_decide} whether the caller may confirm or dismiss it now.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record AccountabilityView(long id, String basis, @Nullable UUID orderId, @Nullable String orderNumber,
                                 String grid, String gridName, @Nullable List<String> quarters, String quarter,
                                 @Nullable Long subjectPersonId, String subject, String reason, String measure,
                                 String measureName, String state, Instant proposedAt, @Nullable Long decidedBy,
                                 @Nullable String decidedByName, @Nullable Instant decidedAt,
                                 @Nullable String decisionReason, boolean mayDecide) {
}
