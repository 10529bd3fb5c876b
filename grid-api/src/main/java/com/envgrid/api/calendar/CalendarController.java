package com.envgrid.api.calendar;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.core.complaint.HolidayYear;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.Clock;
import java.util.List;
import java.util.SortedSet;

/**
 * The holiday schedules deadlines are counted with: every signed-in person may read them (they are public
 * notices); administrators add or correct a year.
 */
@Controller("/api/calendars")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SerdeImport(HolidayYear.class)
class CalendarController {
    private final HolidayCalendars calendars;
    private final AccessScopes scopes;
    private final Clock clock;

    CalendarController(HolidayCalendars calendars, AccessScopes scopes, Clock clock) {
        this.calendars = calendars;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** One year's schedule and where it comes from: published (shipped), configured or stored. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record YearView(int year, String source, List<String> holidays, List<String> makeUpWorkdays) {
        static YearView of(HolidayYear y, HolidayCalendars.Source source) {
            return new YearView(y.year(), source.name().toLowerCase(java.util.Locale.ROOT),
                    HolidayCalendars.isoDates(y.holidays()), HolidayCalendars.isoDates(y.makeUpWorkdays()));
        }
    }

    /** The known years, and the years without a schedule that deadlines counted from today may reach. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record CalendarsView(List<YearView> years, SortedSet<Integer> missingYears) {
    }

    /** A year's schedule as an administrator sends it: ISO dates and inclusive ranges ({@code a..b}). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Schedule(@Nullable List<String> holidays, @Nullable List<String> makeUpWorkdays) {
    }

    @Get
    CalendarsView list() {
        return new CalendarsView(calendars.schedules().entrySet().stream()
                .map(e -> YearView.of(e.getKey(), e.getValue())).toList(), calendars.missingYears());
    }

    @Put("/{year}")
    @Secured("admin")
    YearView put(@PathVariable int year, @Body Schedule schedule) {
        scopes.requireCityAdministrator("the holiday calendar is the city's: its administrators set it");
        HolidayYear saved = calendars.save(scopes.actor(), clock.instant(),
                HolidayYear.read(year, schedule.holidays(), schedule.makeUpWorkdays()));
        return YearView.of(saved, HolidayCalendars.Source.STORED);
    }
}
