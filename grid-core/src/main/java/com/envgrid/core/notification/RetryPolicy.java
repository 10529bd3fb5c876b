package com.envgrid.core.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a notification whose sending failed is tried again: exponential backoff. After the n-th failed attempt
 * (n ≥ 1) the next one waits {@code firstDelay × 2^(n−1)}, at most {@code maxDelay}; after {@code maxAttempts}
 * failed attempts there is no next one and the notification has failed for good (an administrator may retry it).
 * A pure function of the attempt count and the moment of failure — the caller passes the platform's clock — so it
 * is tested without waiting.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    /** @throws IllegalArgumentException unless 0 < firstDelay ≤ maxDelay and maxAttempts ≥ 1 */
    public RetryPolicy {
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("a retry policy needs 0 < firstDelay <= maxDelay and maxAttempts >= 1,"
                    + " got " + firstDelay + ", " + maxDelay + " and " + maxAttempts);
        }
    }

    /** How long to wait after the {@code failedAttempts}-th failed attempt (≥ 1), whether or not one is allowed. */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts counts from 1, got " + failedAttempts);
        }
        // doubling 62 times overflows a long of nanoseconds long before: stop doubling once past the cap
        Duration delay = firstDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /**
     * When to try again after the {@code failedAttempts}-th failed attempt, made at {@code failedAt}; empty when that
     * was the last attempt allowed.
     */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant failedAt) {
        return failedAttempts >= maxAttempts ? Optional.empty() : Optional.of(failedAt.plus(delayAfter(failedAttempts)));
    }
}
