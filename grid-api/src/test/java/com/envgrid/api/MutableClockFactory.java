package com.envgrid.api;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/**
 * For tests with {@code test.clock=mutable}: the platform's clock is a {@link MutableClock} they move, starting at
 * {@code test.clock-start} (an instant; 2026-11-20T02:00:00Z, a Friday morning in the district, by default). Pages
 * take the district's date and time from the server ({@code GET /api/today}), so a browser test pins them too.
 */
@Factory
@Requires(property = "test.clock", value = "mutable")
class MutableClockFactory {
    @Singleton
    @Replaces(Clock.class)
    MutableClock clock(@Property(name = "test.clock-start") @Nullable String start) {
        return new MutableClock(Instant.parse(start == null ? "2026-11-20T02:00:00Z" : start));
    }
}
