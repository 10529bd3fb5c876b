package com.envgrid.api.radiation;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The daily check of the radiation safety licences, on every instance of the platform and run by whichever node holds
 * its lock ({@link RadiationHoldings#checkAllAlone}); a licence saved is checked at once as well. Switched off with
 * the other jobs ({@code envgrid.notifications.jobs=false}: the tests run the check themselves).
 */
@Singleton
@Requires(property = "envgrid.notifications.jobs", value = "true")
class RadiationLicenceJob {
    private final RadiationHoldings holdings;
    private final Clock clock;

    RadiationLicenceJob(RadiationHoldings holdings, Clock clock) {
        this.holdings = holdings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${envgrid.radiation.check-every}", initialDelay = "1m")
    void check() {
        holdings.checkAllAlone(clock.instant());
    }
}
