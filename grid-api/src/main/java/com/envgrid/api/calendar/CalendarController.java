package com.envgrid.api.calendar;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.access.RuleDistricts;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.complaint.HolidayYear;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
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
 * The holiday schedules deadlines are counted with, the city's or a district's ({@code ?district=}, see
 * {@link RuleDistricts}): every signed-in person may read them (they are public notices); administrators add or
 * correct a year — the city's administrators the city's, a district's its own — and remove what they stored, which
 * inherits again.
 */
@Controller("/api/calendars")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SerdeImport(HolidayYear.class)
class CalendarController {
    private final HolidayCalendars calendars;
    private final AccessScopes scopes;
    private final RuleDistricts districts;
    private final Clock clock;

    CalendarController(HolidayCalendars calendars, AccessScopes scopes, RuleDistricts districts, Clock clock) {
        this.calendars = calendars;
        this.scopes = scopes;
        this.districts = districts;
        this.clock = clock;
    }

    /**
     * One year's schedule and where it comes from: published (shipped), configured, stored (for the city) or
     * district (stored by the district for itself).
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record YearView(int year, String source, List<String> holidays, List<String> makeUpWorkdays) {
        static YearView of(HolidayYear y, HolidayCalendars.Source source) {
            return new YearView(y.year(), source.name().toLowerCase(java.util.Locale.ROOT),
                    HolidayCalendars.isoDates(y.holidays()), HolidayCalendars.isoDates(y.makeUpWorkdays()));
        }
    }

    /**
     * The known years of the city's or a district's calendar, and the years without a schedule that deadlines
     * counted from today may reach.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record CalendarsView(@Nullable String district, List<YearView> years, SortedSet<Integer> missingYears) {
    }

    /** A year's schedule as an administrator sends it: ISO dates and inclusive ranges ({@code a..b}). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Schedule(@Nullable List<String> holidays, @Nullable List<String> makeUpWorkdays) {
    }

    @Get
    CalendarsView list(@Nullable @QueryValue String district) {
        String code = districts.named(district);
        return new CalendarsView(code, calendars.schedules(code).entrySet().stream()
                .map(e -> YearView.of(e.getKey(), e.getValue())).toList(), calendars.missingYears(code));
    }

    @Put("/{year}")
    @Secured("admin")
    YearView put(@PathVariable int year, @Nullable @QueryValue String district, @Body Schedule schedule) {
        var actor = scopes.actor();
        String code = districts.editable(actor.scope(), district);
        HolidayYear saved = calendars.save(actor, clock.instant(), code,
                HolidayYear.read(year, schedule.holidays(), schedule.makeUpWorkdays()));
        return YearView.of(saved, code == null ? HolidayCalendars.Source.STORED : HolidayCalendars.Source.DISTRICT);
    }

    /** Removes the year the city or a district stored: 204, or 404 when it stored none. */
    @Delete("/{year}")
    @Secured("admin")
    HttpResponse<Void> remove(@PathVariable int year, @Nullable @QueryValue String district) {
        var actor = scopes.actor();
        if (!calendars.remove(actor, clock.instant(), districts.editable(actor.scope(), district), year)) {
            throw new NotFound("no schedule of " + year + " stored " + (district == null ? "for the city"
                    : "for district " + district));
        }
        return HttpResponse.noContent();
    }
}
