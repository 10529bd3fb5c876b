package com.envgrid.api.shared;

import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The district's time: the one time zone ({@code envgrid.district.zone}, default Asia/Shanghai) in which every
 * business date is taken — what day it is, which day a moment falls on, when a day begins — read through the
 * platform's {@link Clock}. Nothing else decides "today": not the JVM's default zone, not the machine's date, not
 * PostgreSQL's {@code current_date} (queries are given the day or the zone), not the browser's clock (pages ask
 * {@code GET /api/today}). A test that pins the clock therefore pins every date the platform shows.
 */
@Singleton
public class DistrictTime {
    private final Clock clock;
    private final ZoneId zone;

    DistrictTime(Clock clock, DistrictSettings settings) {
        this.clock = clock;
        String zone = settings.zone();
        try {
            this.zone = ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new ConfigurationException("envgrid.district.zone (ENVGRID_DISTRICT_ZONE) '" + zone
                    + "' is not a time zone: give a region id such as Asia/Shanghai");
        }
    }

    /** The district's time zone. */
    public ZoneId zone() {
        return zone;
    }

    /** The current moment. */
    public Instant now() {
        return clock.instant();
    }

    /** The district's date now. */
    public LocalDate today() {
        return dateOf(clock.instant());
    }

    /** The district's date at a moment. */
    public LocalDate dateOf(Instant moment) {
        return LocalDate.ofInstant(moment, zone);
    }

    /** The moment a district day begins. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The moment of a district day's wall-clock time. */
    public Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toInstant();
    }
}
