package com.envgrid.core.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RetryPolicyTest {
    private static final Instant FAILED_AT = Instant.parse("2026-05-05T08:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(30), 6);

    @Test
    void each_failure_doubles_the_wait() {
        assertEquals(Duration.ofMinutes(1), POLICY.delayAfter(1));
        assertEquals(Duration.ofMinutes(2), POLICY.delayAfter(2));
        assertEquals(Duration.ofMinutes(4), POLICY.delayAfter(3));
        assertEquals(Duration.ofMinutes(16), POLICY.delayAfter(5));
    }

    @Test
    void the_wait_stops_growing_at_the_cap() {
        assertEquals(Duration.ofMinutes(30), POLICY.delayAfter(6));
        assertEquals(Duration.ofMinutes(30), POLICY.delayAfter(1000));
    }

    @Test
    void the_next_attempt_is_the_failure_plus_the_wait() {
        assertEquals(Optional.of(FAILED_AT.plusSeconds(60)), POLICY.nextAttempt(1, FAILED_AT));
        assertEquals(Optional.of(FAILED_AT.plusSeconds(8 * 60)), POLICY.nextAttempt(4, FAILED_AT));
    }

    @Test
    void after_the_last_attempt_allowed_there_is_none() {
        assertEquals(Optional.of(FAILED_AT.plusSeconds(16 * 60)), POLICY.nextAttempt(5, FAILED_AT));
        assertEquals(Optional.empty(), POLICY.nextAttempt(6, FAILED_AT));
        assertEquals(Optional.empty(), new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(1), 1)
                .nextAttempt(1, FAILED_AT));
    }

    @Test
    void a_policy_that_never_waits_or_never_tries_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(1), 0));
        assertThrows(IllegalArgumentException.class, () -> POLICY.delayAfter(0));
    }
}
