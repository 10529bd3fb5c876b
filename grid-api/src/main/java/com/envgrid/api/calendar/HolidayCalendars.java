package com.envgrid.api.calendar;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.core.access.Actor;
import com.envgrid.core.complaint.HolidayYear;
import com.envgrid.core.complaint.PublishedHolidays;
import com.envgrid.core.complaint.WorkingDays;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * The working-day calendars: per year, the schedule an administrator stored for the city (PostgreSQL), else the one
 * configured ({@code envgrid.complaints.holidays} / {@code make-up-workdays}), else the State Council's published
 * one shipped as data ({@link PublishedHolidays}); a district counts with the years it stored for itself in place of
 * the city's. A year in none of them is missing: deadlines there count weekends only, and the platform says so.
 * Read from PostgreSQL on each use, so that every node of a deployment counts with what an administrator stored.
 */
@Singleton
public class HolidayCalendars {
    /**
     * How far ahead of today a missing year is worth a warning: a month covers the longest default deadline (10
     * working days) even across the Spring Festival.
     */
    static final int LOOK_AHEAD_DAYS = 31;

    /** The key of the city's stored years among the districts' (no district code is empty). */
    private static final String CITY = "";

    private final CalendarRows rows;
    private final Audit audit;
    private final DistrictTime time;
    private final ApplicationEventPublisher<CalendarChanged> changes;
    private final WorkingDays published;
    private final WorkingDays configured;

    HolidayCalendars(CalendarRows rows, Audit audit, DistrictTime time,
                     ApplicationEventPublisher<CalendarChanged> changes,
                     HolidaySettings settings) {
        this.rows = rows;
        this.audit = audit;
        this.time = time;
        this.changes = changes;
        this.published = PublishedHolidays.china();
        try {
            this.configured = WorkingDays.parse(settings.holidays(), settings.makeUpWorkdays());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("ENVGRID_COMPLAINTS_HOLIDAYS / ENVGRID_COMPLAINTS_MAKE_UP_WORKDAYS: "
                    + e.getMessage());
        }
    }

    /** Where a year's schedule comes from: shipped, configured, stored for the city, stored for the district. */
    public enum Source { PUBLISHED, CONFIGURED, STORED, DISTRICT }

    /** The stored schedules at one moment: the city's calendar and the years each district stored for itself. */
    public record Calendars(WorkingDays city, Map<String, WorkingDays> districts) {
        /** The calendar of a district (null: the city's). */
        public WorkingDays of(String district) {
            return district == null ? city
                    : city.overriddenBy(districts.getOrDefault(district, WorkingDays.WEEKENDS_ONLY));
        }
    }

    /** The calendars to count deadlines with now. */
    public Calendars calendars() {
        Map<String, WorkingDays> districts = stored();
        WorkingDays city = published.overriddenBy(configured)
                .overriddenBy(districts.getOrDefault(CITY, WorkingDays.WEEKENDS_ONLY));
        districts.remove(CITY);
        return new Calendars(city, districts);
    }

    /** Every known year's schedule of a district (null: the city) with where it comes from, by year. */
    Map<HolidayYear, Source> schedules(String district) {
        Map<String, WorkingDays> stored = stored();
        WorkingDays city = stored.getOrDefault(CITY, WorkingDays.WEEKENDS_ONLY);
        WorkingDays own = district == null ? WorkingDays.WEEKENDS_ONLY
                : stored.getOrDefault(district, WorkingDays.WEEKENDS_ONLY);
        return published.overriddenBy(configured).overriddenBy(city).overriddenBy(own).schedules().stream()
                .collect(Collectors.toMap(y -> y, y -> own.covers(y.year()) ? Source.DISTRICT
                                : city.covers(y.year()) ? Source.STORED
                                : configured.covers(y.year()) ? Source.CONFIGURED : Source.PUBLISHED,
                        (x, y) -> x, java.util.LinkedHashMap::new));
    }

    /** The stored years by district, the city's under {@link #CITY}. */
    private Map<String, WorkingDays> stored() {
        Map<String, List<HolidayYear>> byDistrict = new HashMap<>();
        for (CalendarRows.StoredYear r : rows.stored()) {
            byDistrict.computeIfAbsent(r.districtCode() == null ? CITY : r.districtCode(), d -> new ArrayList<>())
                    .add(new HolidayYear(r.year(), dates(r.holidays()), dates(r.makeUpWorkdays())));
        }
        Map<String, WorkingDays> calendars = new HashMap<>();
        byDistrict.forEach((district, years) -> calendars.put(district, new WorkingDays(years)));
        return calendars;
    }

    /**
     * The years without a schedule that a deadline counted from today may reach in a district (null: the city) —
     * today and the next {@value #LOOK_AHEAD_DAYS} days: what the administrator's page and {@code GET /health} warn
     * about.
     */
    public SortedSet<Integer> missingYears(String district) {
        LocalDate today = time.today();
        return calendars().of(district).missingYears(today, today.plusDays(LOOK_AHEAD_DAYS));
    }

    /**
     * Stores the schedule of a year an administrator gave at {@code at} for a district (null: the city), audited;
     * whoever counts deadlines is told.
     */
    @Transactional
    HolidayYear save(Actor actor, Instant at, String district, HolidayYear year) {
        HolidayYear before = scheduleOf(district, year.year());
        rows.save(district, year.year(), isoList(year.holidays()), isoList(year.makeUpWorkdays()), at,
                actor.personId());
        audit.record(actor, at, before == null ? "create" : "update", "holiday_calendar", auditId(district, year.year()),
                before, year);
        changes.publishEvent(new CalendarChanged(year.year()));
        return year;
    }

    /**
     * Removes the schedule a district (null: the city) stored for a year, audited: the district counts with the
     * city's again, the city with the configured or published one. False when none was stored.
     */
    @Transactional
    boolean remove(Actor actor, Instant at, String district, int year) {
        HolidayYear before = scheduleOf(district, year);
        if (rows.remove(district, year) == 0) {
            return false;
        }
        audit.record(actor, at, "delete", "holiday_calendar", auditId(district, year), before, null);
        changes.publishEvent(new CalendarChanged(year));
        return true;
    }

    private HolidayYear scheduleOf(String district, int year) {
        return calendars().of(district).schedules().stream().filter(y -> y.year() == year).findFirst().orElse(null);
    }

    /** A year of the city's calendar is audited by the year, as before districts; a district's as district/year. */
    private static String auditId(String district, int year) {
        return district == null ? String.valueOf(year) : district + "/" + year;
    }

    private static java.util.Set<LocalDate> dates(String list) {
        return list == null || list.isEmpty() ? java.util.Set.of()
                : Arrays.stream(list.split(",")).map(LocalDate::parse).collect(Collectors.toSet());
    }

    private static String isoList(java.util.Set<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    static List<String> isoDates(java.util.Set<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).toList();
    }
}
