package com.envgrid.api.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A supervision order as the caller sees it: its number, the campaign it came from, to whom it is addressed, what is
 * required by when, where it stands, whether it is overdue and how far up it has gone, the actions the caller may
 * take now; one order also lists its findings and its timeline (in the list both are empty).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record OrderView(UUID id, String number, UUID campaignId, String campaignTitle, String gridCode,
                        String gridName, @Nullable String departmentCode, @Nullable String departmentName,
                        String requirement, LocalDate dueBy, String state, String stateName, boolean overdue,
                        String escalatedTo, int findingCount, long issuedBy, @Nullable String issuedByName,
                        Instant issuedAt, @Nullable Instant closedAt, List<String> actions,
                        List<FindingView> findings, List<Event> events) {

    /** A finding of the campaign: where, which department found it, what; {@code order_number} once ordered. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record FindingView(UUID id, String targetKind, String targetCode, String gridCode, String gridName,
                              String departmentCode, String departmentName, String category, String severity,
                              String description, List<String> photos, LocalDate foundOn,
                              @Nullable String orderNumber) {
    }

    /** A step of the order's timeline: who moved it from which state to which, and why. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Event(Instant at, @Nullable Long actorId, @Nullable String actorName, String action,
                        @Nullable String fromState, String toState, @Nullable String reason) {
    }

    /**
     * A campaign the caller may issue orders from, with how many of its findings are in no order yet.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record CampaignChoice(UUID id, String title, String theme, LocalDate periodFrom, LocalDate periodTo,
                                 boolean closed, int candidates) {
    }
}
