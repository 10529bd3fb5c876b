package com.envgrid.api;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/** For tests with {@code test.clock=mutable}: the platform's clock is a {@link MutableClock} they move. */
@Factory
@Requires(property = "test.clock", value = "mutable")
class MutableClockFactory {
    @Singleton
    @Replaces(Clock.class)
    MutableClock clock() {
        return new MutableClock(Instant.parse("2026-11-20T02:00:00Z"));
    }
}
