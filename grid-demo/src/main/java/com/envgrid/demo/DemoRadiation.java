package com.envgrid.demo;

import com.envgrid.api.radiation.RadiationHoldings;
import com.envgrid.api.radiation.RadiationRequests;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.access.Actor;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One radiation holder in 清源区, so that the enterprise card's 核与辐射 tab has something to show: its first operating
 * enterprise by code holds a licence 45 days from its expiry (so it is about to expire) permitting class IV–V sources
 * and class II–III devices, a class IV level-gauge source, a class II flaw-detection source its licence does not
 * permit, and an X-ray flaw detector. Written once, on a start whose holder has no licence yet.
 */
@Singleton
@Requires(property = DemoSwitches.ENABLED, value = "true")
class DemoRadiation implements ApplicationEventListener<StartupEvent>, Ordered {
    private static final String DISTRICT = "320214";

    private final RadiationHoldings holdings;
    private final SupervisedObjects objects;
    private final DistrictTime time;
    private final Clock clock;

    DemoRadiation(RadiationHoldings holdings, SupervisedObjects objects, DistrictTime time, Clock clock) {
        this.holdings = holdings;
        this.objects = objects;
        this.time = time;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        var holder = objects.located().stream()
                .filter(s -> s.gridCode().startsWith(DISTRICT) && s.kind().equals("enterprise")
                        && s.status().equals("operating"))
                .findFirst();
        if (holder.isEmpty() || holdings.card(holder.get().code()).licence() != null) {
            return;
        }
        String code = holder.get().code();
        Instant now = clock.instant();
        LocalDate expiry = time.dateOf(now).plusDays(45);
        holdings.saveLicence(Actor.SYSTEM, now, code, new RadiationRequests.Licence("苏环辐证[B0214]",
                List.of("IV", "V"), List.of("II", "III"), expiry.minusYears(5), expiry));
        holdings.saveSource(Actor.SYSTEM, now, code, "0319CS004512", new RadiationRequests.Source("Cs-137", "IV",
                18.5, "GBq", LocalDate.of(2019, 6, 1), "二号车间料位计", "in_use"));
        holdings.saveSource(Actor.SYSTEM, now, code, "0321IR000087", new RadiationRequests.Source("Ir-192", "II",
                3.7, "TBq", LocalDate.of(2021, 3, 15), "探伤室贮源坑", "stored"));
        holdings.saveDevice(Actor.SYSTEM, now, code, "XXG-2505-1908", new RadiationRequests.Device("工业X射线探伤机",
                "XXG-2505", "II", "探伤室", "in_use"));
    }

    /** After the demo directory (20), before its year of activity (30). */
    @Override
    public int getOrder() {
        return 25;
    }
}
