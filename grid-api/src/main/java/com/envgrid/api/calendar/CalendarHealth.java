package com.envgrid.api.calendar;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;

/**
 * {@code GET /health} details under "calendars": the years without a holiday schedule that complaint deadlines
 * counted from today may reach ({@code missing_years}) and a warning naming them. The platform still works — those
 * deadlines count weekends only —, so the status stays UP; the warning is for whoever watches the details.
 */
@Singleton
class CalendarHealth extends AbstractHealthIndicator<Map<String, Object>> {
    private final HolidayCalendars calendars;

    CalendarHealth(HolidayCalendars calendars) {
        this.calendars = calendars;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        healthStatus = HealthStatus.UP;
        Map<String, Object> details = new LinkedHashMap<>();
        SortedSet<Integer> missing;
        try {
            missing = calendars.missingYears(null);
        } catch (RuntimeException e) {
            // the stored years live in PostgreSQL, whose own indicator reports the outage
            details.put("warning", "the stored holiday calendars cannot be read now");
            return details;
        }
        details.put("missing_years", missing);
        if (!missing.isEmpty()) {
            details.put("warning", "no holiday calendar for " + missing + ": complaint deadlines there count"
                    + " weekends only; an administrator adds it on the rules page (PUT /api/calendars/{year})");
        }
        return details;
    }

    @Override
    public String getName() {
        return "calendars";
    }
}
