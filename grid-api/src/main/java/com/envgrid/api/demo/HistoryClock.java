package com.envgrid.api.demo;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The platform's clock when the demo may record its history: the system clock, except on a thread that is
 * replaying a moment of the past, where every service reads that moment — so that what the demo records through
 * the services carries the time it pretends to have happened, while every other thread keeps the real time.
 */
@Singleton
@Replaces(Clock.class)
@Requires(property = DemoActivity.ENABLED, value = "true")
@Requires(property = DemoActivity.ACTIVITY, value = "true")
class HistoryClock extends Clock {
    private static final ThreadLocal<Instant> REPLAYING = new ThreadLocal<>();
    private final ZoneId zone;

    @Inject
    HistoryClock() {
        this.zone = ZoneOffset.UTC;
    }

    private HistoryClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Runs the work on this thread as if it were {@code moment}. */
    static <T> T replay(Instant moment, Supplier<T> work) {
        REPLAYING.set(moment);
        try {
            return work.get();
        } finally {
            REPLAYING.remove();
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new HistoryClock(other);
    }

    @Override
    public Instant instant() {
        Instant replayed = REPLAYING.get();
        return replayed != null ? replayed : Instant.now();
    }
}
