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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * The district's working-day calendar: per year, the schedule an administrator stored (PostgreSQL), else the one
 * configured ({@code envgrid.complaints.holidays} / {@code make-up-workdays}), else the State Council's published
 * one shipped as data ({@link PublishedHolidays}). A year in none of them is missing: deadlines there count
 * weekends only, and the platform says so. Read from PostgreSQL on each use, so that every node of a deployment
 * counts with what an administrator stored.
 */
@Singleton
public class HolidayCalendars {
    /**
     * How far ahead of today a missing year is worth a warning: a month covers the longest default deadline (10
     * working days) even across the Spring Festival.
     */
    static final int LOOK_AHEAD_DAYS = 31;

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

    /** Where a year's schedule comes from. */
    public enum Source { PUBLISHED, CONFIGURED, STORED }

    /** The calendar to count deadlines with now. */
    public WorkingDays workingDays() {
        return published.overriddenBy(configured).overriddenBy(stored());
    }

    /** Every known year's schedule with where it comes from, by year. */
    Map<HolidayYear, Source> schedules() {
        WorkingDays stored = stored();
        return workingDays().schedules().stream().collect(Collectors.toMap(y -> y, y -> stored.covers(y.year())
                ? Source.STORED : configured.covers(y.year()) ? Source.CONFIGURED : Source.PUBLISHED,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /**
     * The years without a schedule that a deadline counted from today may reach (today and the next
     * {@value #LOOK_AHEAD_DAYS} days): what the administrator's page and {@code GET /health} warn about.
     */
    public SortedSet<Integer> missingYears() {
        LocalDate today = time.today();
        return workingDays().missingYears(today, today.plusDays(LOOK_AHEAD_DAYS));
    }

    /** Stores the schedule of a year an administrator gave at {@code at}, audited; whoever counts deadlines is told. */
    @Transactional
    HolidayYear save(Actor actor, Instant at, HolidayYear year) {
        HolidayYear before = workingDays().schedules().stream().filter(y -> y.year() == year.year()).findFirst()
                .orElse(null);
        rows.save(year.year(), isoList(year.holidays()), isoList(year.makeUpWorkdays()), at,
                actor.personId());
        audit.record(actor, at, before == null ? "create" : "update", "holiday_calendar", String.valueOf(year.year()), before, year);
        changes.publishEvent(new CalendarChanged(year.year()));
        return year;
    }

    private WorkingDays stored() {
        return new WorkingDays(rows.stored().stream().map(r -> new HolidayYear(r.year(), dates(r.holidays()),
                dates(r.makeUpWorkdays()))).toList());
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
