package com.envgrid.api.shared;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The platform's clock, one bean so tests of deadlines can replace it. Its zone is UTC and matters nowhere: dates
 * are the district's ({@link DistrictTime}).
 */
@Factory
class ClockFactory {
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
