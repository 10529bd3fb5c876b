package com.envgrid.api.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface NotificationRows extends GenericRepository<NotificationRow, Long> {

    /** Enqueues a notification unless the same cause has enqueued it for this address already; whether it did. */
    @Query("INSERT INTO notification (cause, kind, channel, recipient_id, address, subject, body, state, attempts,"
            + " next_attempt_at, created_at) VALUES (:cause, :kind, :channel, :recipientId, :address, :subject, :body,"
            + " 'pending', 0, :at, :at) ON CONFLICT ON CONSTRAINT notification_once DO NOTHING RETURNING id")
    List<Long> enqueue(String cause, String kind, String channel, @Nullable Long recipientId, String address,
                       String subject, String body, Instant at);

    /**
     * The pending notification due longest, held by this transaction; one that another transaction holds is
     * skipped, so two instances of the platform never send one twice.
     */
    @Query("SELECT * FROM notification WHERE state = 'pending' AND next_attempt_at <= :now"
            + " ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
    Optional<NotificationRow> claimDue(Instant now);

    @Query("UPDATE notification SET state = 'sent', attempts = attempts + 1, sent_at = :at, next_attempt_at = NULL,"
            + " last_error = NULL WHERE id = :id")
    void markSent(long id, Instant at);

    /** A failed attempt: tried again at {@code next}, or (null) failed for good. */
    @Query("UPDATE notification SET attempts = attempts + 1, last_error = :error, next_attempt_at = :next,"
            + " state = CASE WHEN CAST(:next AS timestamptz) IS NULL THEN 'failed' ELSE 'pending' END WHERE id = :id")
    void markAttemptFailed(long id, String error, @Nullable Instant next);

    /** No sender for its channel is configured: kept, with why, until an administrator retries it. */
    @Query("UPDATE notification SET state = 'held', next_attempt_at = NULL, last_error = :why WHERE id = :id")
    void markHeld(long id, String why);

    /** Back in the queue at once, with a fresh count of attempts: an administrator's retry. */
    @Query("UPDATE notification SET state = 'pending', attempts = 0, next_attempt_at = :at WHERE id = :id")
    void requeue(long id, Instant at);

    @Query("SELECT * FROM notification WHERE id = :id")
    Optional<NotificationRow> byId(long id);

    /**
     * The latest first, in one state (null: any), at most {@code limit}; with a {@code district}, only those to the
     * people bound to it.
     */
    @Query("SELECT * FROM notification WHERE (CAST(:state AS text) IS NULL OR state = :state)"
            + " AND (CAST(:district AS text) IS NULL OR recipient_id IN"
            + " (SELECT id FROM person WHERE district_code = :district))"
            + " ORDER BY created_at DESC, id DESC LIMIT :limit")
    List<NotificationRow> listed(@Nullable String state, @Nullable String district, int limit);
}
