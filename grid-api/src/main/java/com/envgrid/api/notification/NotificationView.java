package com.envgrid.api.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.Instant;

/**
 * A notification as administrators see it: to whom (a member of staff, or a complainant's address), what, and how
 * its sending stands — {@code pending} (with the next attempt), {@code sent}, {@code failed} after the last attempt,
 * or {@code held} because no sender for its channel is configured; {@code last_error} says why.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
record NotificationView(long id, String kind, String channel, @Nullable Long recipientId,
                        @Nullable String recipientName, String address, String subject, String body, String state,
                        int attempts, @Nullable Instant nextAttemptAt, @Nullable String lastError, Instant createdAt,
                        @Nullable Instant sentAt) {
}
