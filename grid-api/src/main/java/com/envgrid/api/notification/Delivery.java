package com.envgrid.api.notification;

import com.envgrid.core.notification.RetryPolicy;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends one notification of the outbox in a transaction of its own: it claims the one due longest with
 * {@code FOR UPDATE SKIP LOCKED} — another instance's job skips it meanwhile, so none is sent twice at once —,
 * hands it to the sender of its channel and marks it sent; on failure it is tried again after the
 * {@link RetryPolicy}'s wait, or marked failed after the last attempt. One whose channel has no sender configured
 * is held, saying which setting is missing. Were the database lost between a send and its commit, that one
 * notification would be sent again: it carries its id so that a receiver can tell.
 */
@Singleton
class Delivery {
    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);
    private static final int MAX_ERROR = 500;

    private final NotificationRows rows;
    private final Map<String, Sender> senders;
    private final RetryPolicy retries;

    Delivery(NotificationRows rows, List<Sender> senders, NotificationSettings settings) {
        this.rows = rows;
        this.senders = senders.stream().collect(Collectors.toMap(Sender::channel, Function.identity()));
        this.retries = settings.retryPolicy();
    }

    /** Delivers the pending notification due longest as of {@code now}; whether there was one. */
    @Transactional
    boolean deliverOne(Instant now) {
        var claimed = rows.claimDue(now);
        if (claimed.isEmpty()) {
            return false;
        }
        NotificationRow n = claimed.get();
        Sender sender = senders.get(n.channel());
        var missing = sender.unconfigured();
        if (missing.isPresent()) {
            rows.markHeld(n.id(), missing.get());
            return true;
        }
        try {
            sender.send(n);
            rows.markSent(n.id(), now);
        } catch (Sender.DeliveryFailed | RuntimeException e) {
            int attempts = n.attempts() + 1;
            var next = retries.nextAttempt(attempts, now);
            LOG.warn("notification {} ({}, attempt {}) not delivered: {}{}", n.id(), n.channel(), attempts,
                    e.getMessage(), next.isEmpty() ? "; giving up" : "");
            String error = String.valueOf(e.getMessage());
            rows.markAttemptFailed(n.id(), error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error,
                    next.orElse(null));
        }
        return true;
    }
}
