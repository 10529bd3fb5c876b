package com.envgrid.api.accountability;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The daily accountability proposals on every instance, run by whichever node holds the job's lock
 * ({@link Accountabilities#proposeAlone}) on the district's day of the platform's clock: an order becomes overdue by
 * the passing of days, not by a request. Switched off with the other jobs ({@code envgrid.notifications.jobs=false}:
 * the tests propose themselves).
 */
@Singleton
@Requires(property = "envgrid.notifications.jobs", value = "true")
class AccountabilityJob {
    private final Accountabilities accountabilities;
    private final Clock clock;

    AccountabilityJob(Accountabilities accountabilities, Clock clock) {
        this.accountabilities = accountabilities;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${envgrid.accountability.propose-every}", initialDelay = "2m")
    void propose() {
        accountabilities.proposeAlone(clock.instant());
    }
}
