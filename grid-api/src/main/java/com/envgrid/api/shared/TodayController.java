package com.envgrid.api.shared;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The district's today for the pages: they show and ask for dates of the district's calendar, not of the
 * browser's clock or zone, and take {@code now} to correct the browser's clock. Public: a date and a zone are
 * nobody's secret, and the public pages format dates too.
 */
@Controller("/api/today")
@Secured(SecurityRule.IS_ANONYMOUS)
class TodayController {
    private final DistrictTime time;

    TodayController(DistrictTime time) {
        this.time = time;
    }

    @Serdeable
    record Today(LocalDate today, String zone, Instant now) {
    }

    @Get
    Today today() {
        Instant now = time.now();
        return new Today(time.dateOf(now), time.zone().getId(), now);
    }
}
