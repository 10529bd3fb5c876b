package com.envgrid.api.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.List;
import java.util.UUID;

/** The bodies of the supervision orders' write routes, as sent. */
final class OrderRequests {
    private OrderRequests() {
    }

    /**
     * An order to issue: {@code id} made by the client, so that sending it again stores nothing more; the campaign's
     * findings it covers; the grid it is addressed to (default: the findings' grid, when they share one) or the
     * department ({@code department_code}; the grid then defaults likewise, else to the campaign's district); what is
     * to be done; the deadline (a date).
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record IssueBody(@Nullable UUID id, @Nullable UUID campaignId, @Nullable List<UUID> findingIds,
                     @Nullable String gridCode, @Nullable String departmentCode, @Nullable String requirement,
                     @Nullable String dueBy) {
    }

    /** A step of the workflow: {@code action} one of OrderWorkflow's, {@code reason} required to send back. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record ActionBody(@Nullable String action, @Nullable String reason) {
    }
}
