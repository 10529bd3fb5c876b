package com.envgrid.api.notification;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The notification jobs, on every instance of the platform: delivering what is due (every
 * {@code envgrid.notifications.deliver-every}) and scanning for escalations ({@code escalations-every}), both on the
 * platform's clock. Each runs once across the nodes: a notification is claimed by one node's delivery
 * ({@link Delivery}, {@code SKIP LOCKED}), the others send the rest; the scan is run by whichever node holds its lock
 * ({@link EscalationNotices#scanAlone}). Switched off with {@code envgrid.notifications.jobs=false} (the tests run
 * them themselves).
 */
@Singleton
@Requires(property = "envgrid.notifications.jobs", value = "true")
class Deliveries {
    private final DeliveryRun run;
    private final EscalationNotices escalations;
    private final Clock clock;

    Deliveries(DeliveryRun run, EscalationNotices escalations, Clock clock) {
        this.run = run;
        this.escalations = escalations;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${envgrid.notifications.deliver-every}", initialDelay = "10s")
    void deliver() {
        run.deliverDue(clock.instant());
    }

    @Scheduled(fixedDelay = "${envgrid.notifications.escalations-every}", initialDelay = "30s")
    void scanEscalations() {
        escalations.scanAlone(clock.instant());
    }
}
