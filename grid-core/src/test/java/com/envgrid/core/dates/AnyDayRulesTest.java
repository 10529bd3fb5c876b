package com.envgrid.core.dates;

import com.envgrid.core.complaint.ComplaintCategory;
import com.envgrid.core.complaint.ComplaintDeadlines;
import com.envgrid.core.complaint.PublishedHolidays;
import com.envgrid.core.complaint.WorkingDays;
import com.envgrid.core.duty.DutyPlanner;
import com.envgrid.core.duty.DutyStatus;
import com.envgrid.core.duty.InspectionRules;
import com.envgrid.core.duty.Period;
import com.envgrid.core.duty.PlannedDuty;
import com.envgrid.core.duty.Target;
import com.envgrid.core.duty.TargetKind;
import com.envgrid.core.inspection.Severity;
import com.envgrid.core.problem.Escalation;
import com.envgrid.core.problem.RectificationDeadlines;
import com.envgrid.core.source.CreditRating;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pure date rules — periods, duty windows and their status, working-day deadlines, escalation, rectification
 * deadlines — on the district's days that break naive date code: the first and last day of a month, a quarter's
 * last day, 31 December and 1 January, a Saturday, a public holiday, a make-up working day and 29 February 2028,
 * every half hour of each (09:00, 23:30 and 00:30 among them). The district's date is taken from the instant in
 * the district's zone only: the "dates" Surefire execution runs this again with the JVM's default zone
 * Asia/Shanghai, the default one with UTC.
 */
@Tag("dates")
class AnyDayRulesTest {
    static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    /** The days, as the district counts them. */
    static final List<LocalDate> DAYS = List.of(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"),
            LocalDate.parse("2026-09-30"), LocalDate.parse("2026-12-31"), LocalDate.parse("2027-01-01"),
            LocalDate.parse("2026-11-21"), LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-10"),
            LocalDate.parse("2028-02-29"));
    private static final WorkingDays CALENDAR = PublishedHolidays.china();

    @Test
    void theDaysAreTheOnesThatBreakDateCode() {
        assertEquals(DayOfWeek.SATURDAY, LocalDate.parse("2026-11-21").getDayOfWeek());
        assertFalse(CALENDAR.isWorkingDay(LocalDate.parse("2026-10-01")), "国庆 is a public holiday");
        assertEquals(DayOfWeek.SATURDAY, LocalDate.parse("2026-10-10").getDayOfWeek());
        assertTrue(CALENDAR.isWorkingDay(LocalDate.parse("2026-10-10")), "a make-up working day (调休)");
        assertEquals(Period.quarter(2026, 3).lastDay(), LocalDate.parse("2026-09-30"));
    }

    @Test
    void everyRuleHoldsAtEveryHalfHourOfEachDay() {
        for (LocalDate day : DAYS) {
            for (LocalTime time = LocalTime.MIDNIGHT; ; time = time.plusMinutes(30)) {
                Instant moment = day.atTime(time).atZone(DISTRICT).toInstant();
                rulesHoldAt(moment, day);
                if (time.equals(LocalTime.of(23, 30))) {
                    break;
                }
            }
        }
    }

    private static void rulesHoldAt(Instant moment, LocalDate expected) {
        String at = ZonedDateTime.ofInstant(moment, DISTRICT) + " (" + moment + ")";
        LocalDate today = LocalDate.ofInstant(moment, DISTRICT);
        assertEquals(expected, today, at);

        // periods: this month and this quarter hold today; the one before ends where they begin
        Period month = Period.month(YearMonth.from(today));
        Period quarter = Period.quarter(today.getYear(), (today.getMonthValue() + 2) / 3);
        for (Period p : List.of(month, quarter)) {
            assertTrue(!today.isBefore(p.start()) && today.isBefore(p.endExclusive()), at + " in " + p);
            assertEquals(p.start(), p.previous().endExclusive(), at + ": " + p.previous() + " ends where " + p + " begins");
            assertEquals(p, Period.parse(p.label()), at);
        }

        // duty windows lie in the month; today is in a patrol window; a duty is open on its last day, overdue after
        List<PlannedDuty> duties = new DutyPlanner(InspectionRules.DEFAULT).plan(targets(), month);
        assertFalse(duties.isEmpty(), at);
        for (PlannedDuty d : duties) {
            assertFalse(d.dueBy().isBefore(d.dueFrom()), at + ": " + d);
            assertTrue(!d.dueBy().isBefore(month.start()) && !d.dueFrom().isAfter(month.lastDay()),
                    at + ": " + d + " overlaps " + month);
        }
        assertTrue(duties.stream().filter(d -> d.target().kind() == TargetKind.GRID_PATROL)
                        .anyMatch(d -> !today.isBefore(d.dueFrom()) && !today.isAfter(d.dueBy())),
                at + ": no patrol window holds today: " + duties);
        assertEquals(DutyStatus.OPEN, DutyStatus.of(false, today, today), at);
        assertEquals(DutyStatus.OVERDUE, DutyStatus.of(false, today.minusDays(1), today), at);

        // complaint deadlines count working days after the day of receipt, whatever the hour
        for (ComplaintCategory category : ComplaintCategory.values()) {
            var limit = ComplaintDeadlines.DEFAULT.limit(category);
            var due = ComplaintDeadlines.DEFAULT.due(category, today, CALENDAR);
            assertEquals(limit.acceptWorkingDays(), workingDaysAfter(today, due.acceptBy()), at);
            assertEquals(limit.closeWorkingDays(), workingDaysAfter(today, due.closeBy()), at);
            assertTrue(CALENDAR.isWorkingDay(due.acceptBy()) && CALENDAR.isWorkingDay(due.closeBy()), at + ": " + due);
            boolean missing = !CALENDAR.missingYears(today, due.closeBy()).isEmpty();
            assertEquals(due.closeBy().getYear() >= 2027, missing, at + ": a deadline in 2027 or 2028 is counted"
                    + " without a published calendar, and says so");
        }

        // escalation: on the due day nobody is chased; the day after, the chief; three days later, the district
        assertEquals(Escalation.Level.SUPERVISOR, Escalation.levelAt(today, today, 0, 3), at);
        assertEquals(Escalation.Level.CHIEF, Escalation.levelAt(today.minusDays(1), today, 0, 3), at);
        assertEquals(Escalation.Level.DISTRICT, Escalation.levelAt(today.minusDays(4), today, 0, 3), at);
        assertEquals(today.plusDays(3), RectificationDeadlines.DEFAULT.dueBy(Severity.SERIOUS, today), at);
    }

    @Test
    void theDeadlinesOfTheHolidayTheMakeUpDayAndTheYearsWithoutACalendar() {
        var noise = ComplaintCategory.NOISE;
        // received on National Day: the holiday week does not count
        assertEquals(LocalDate.parse("2026-10-08"), due("2026-10-01", noise).acceptBy());
        // received on the make-up Saturday 10 October: Sunday is a weekend day again, Monday counts
        assertEquals(LocalDate.parse("2026-10-12"), due("2026-10-10", noise).acceptBy());
        // received on Friday 9 October: the make-up Saturday is the next working day
        assertEquals(LocalDate.parse("2026-10-10"), due("2026-10-09", noise).acceptBy());
        // 31 December 2026: 2027 has no published calendar, so 1 January 2027 (a Friday) counts as working
        assertEquals(LocalDate.parse("2027-01-01"), due("2026-12-31", noise).acceptBy());
        assertEquals(Set.of(2027), CALENDAR.missingYears(LocalDate.parse("2026-12-31"), due("2026-12-31", noise).closeBy()));
        // 29 February 2028, a Tuesday
        assertEquals(LocalDate.parse("2028-03-01"), due("2028-02-29", noise).acceptBy());
        assertEquals(Period.month(YearMonth.of(2028, 2)).lastDay(), LocalDate.parse("2028-02-29"));
    }

    private static ComplaintDeadlines.Due due(String receivedOn, ComplaintCategory category) {
        return ComplaintDeadlines.DEFAULT.due(category, LocalDate.parse(receivedOn), CALENDAR);
    }

    private static int workingDaysAfter(LocalDate start, LocalDate end) {
        int n = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            n += CALENDAR.isWorkingDay(d) ? 1 : 0;
        }
        return n;
    }

    private static List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        targets.add(Target.gridPatrol("G", 120.0, 31.0));
        for (CreditRating rating : CreditRating.values()) {
            targets.add(Target.source("S" + rating, "G", 120.0, 31.0, rating, false, false, false));
        }
        return targets;
    }
}
