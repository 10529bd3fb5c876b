package com.envgrid.api.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A notification in the outbox, as stored. */
@MappedEntity("notification")
record NotificationRow(@Id @GeneratedValue @Nullable Long id, String cause, String kind, String channel,
                       @Nullable Long recipientId, String address, String subject, String body, String state,
                       int attempts, @Nullable Instant nextAttemptAt, @Nullable String lastError, Instant createdAt,
                       @Nullable Instant sentAt) {
    static final String PENDING = "pending";
    static final String SENT = "sent";
    static final String FAILED = "failed";
    static final String HELD = "held";
    static final String EMAIL = "email";
    static final String WEBHOOK = "webhook";
}
