package com.envgrid.api.shared;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The platform's clock, one bean so tests of deadlines can replace it: the system's time, or the moment a thread
 * {@link Replay replays}. Its zone is UTC and matters nowhere: dates are the district's ({@link DistrictTime}).
 */
@Factory
class ClockFactory {
    @Singleton
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.system(zone);
            }

            @Override
            public Instant instant() {
                return Replay.or(Instant.now());
            }
        };
    }
}
