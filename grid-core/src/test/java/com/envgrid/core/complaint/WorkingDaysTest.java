package com.envgrid.core.complaint;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDaysTest {
    private static final WorkingDays CHINA = PublishedHolidays.china();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void a_complaint_received_on_a_friday_with_one_working_day_is_due_on_monday() {
        assertEquals(DayOfWeek.FRIDAY, d("2026-03-06").getDayOfWeek());
        assertEquals(d("2026-03-09"), WorkingDays.WEEKENDS_ONLY.addWorkingDays(d("2026-03-06"), 1));
        assertEquals(d("2026-03-09"), CHINA.addWorkingDays(d("2026-03-06"), 1));
    }

    @Test
    void counting_across_a_weekend_skips_saturday_and_sunday() {
        assertEquals(d("2026-03-10"), CHINA.addWorkingDays(d("2026-03-05"), 3));
        assertEquals(d("2026-03-20"), CHINA.addWorkingDays(d("2026-03-06"), 10));
    }

    @Test
    void counting_across_the_national_day_holiday_skips_the_whole_week() {
        assertEquals(d("2026-10-08"), CHINA.addWorkingDays(d("2026-09-30"), 1));
        assertEquals(d("2026-10-07"), WorkingDays.WEEKENDS_ONLY.addWorkingDays(d("2026-09-30"), 5));
        assertEquals(d("2026-10-09"), CHINA.addWorkingDays(d("2026-09-30"), 2));
    }

    @Test
    void a_make_up_saturday_is_counted_as_a_working_day() {
        assertTrue(CHINA.isWorkingDay(d("2026-10-10")));
        assertEquals(DayOfWeek.SATURDAY, d("2026-10-10").getDayOfWeek());
        assertEquals(d("2026-10-10"), CHINA.addWorkingDays(d("2026-09-30"), 3));
        assertEquals(d("2026-02-14"), CHINA.addWorkingDays(d("2026-02-13"), 1));
        assertEquals(d("2026-01-04"), CHINA.addWorkingDays(d("2025-12-31"), 1));
    }

    @Test
    void a_complaint_received_on_a_holiday_is_counted_from_the_next_working_day() {
        // received on the Saturday or the Wednesday of the National Day week: the first working day is Thursday 8th
        assertEquals(d("2026-10-08"), CHINA.addWorkingDays(d("2026-10-03"), 1));
        assertEquals(d("2026-10-08"), CHINA.addWorkingDays(d("2026-10-07"), 1));
        // received on 除夕 (Mon 16 Feb), with the holiday lasting to Mon 23 Feb
        assertEquals(d("2026-02-24"), CHINA.addWorkingDays(d("2026-02-16"), 1));
        assertEquals(d("2026-02-26"), CHINA.addWorkingDays(d("2026-02-16"), 3));
    }

    @Test
    void zero_working_days_means_the_day_of_receipt_or_the_next_working_day() {
        assertEquals(d("2026-03-06"), CHINA.addWorkingDays(d("2026-03-06"), 0));
        assertEquals(d("2026-10-08"), CHINA.addWorkingDays(d("2026-10-01"), 0));
        assertThrows(IllegalArgumentException.class, () -> CHINA.addWorkingDays(d("2026-03-06"), -1));
    }

    @Test
    void the_2026_schedule_has_its_seven_holidays_and_six_make_up_weekend_days() {
        HolidayYear year = schedule(2026);
        assertEquals(3 + 9 + 3 + 5 + 3 + 3 + 7, year.holidays().size());
        assertEquals(Set.of(d("2026-01-04"), d("2026-02-14"), d("2026-02-28"), d("2026-05-09"), d("2026-09-20"),
                d("2026-10-10")), year.makeUpWorkdays());
        for (String holiday : new String[]{"2026-01-01", "2026-01-02", "2026-02-17", "2026-02-23", "2026-04-06",
                "2026-05-05", "2026-06-19", "2026-09-25", "2026-10-07"}) {
            assertFalse(CHINA.isWorkingDay(d(holiday)), holiday);
        }
        assertTrue(CHINA.isWorkingDay(d("2026-02-13")));
        assertTrue(CHINA.isWorkingDay(d("2026-01-05")));
        assertFalse(CHINA.isWorkingDay(d("2026-03-07")));
    }

    @Test
    void configuration_gives_dates_and_ranges_separated_by_commas() {
        WorkingDays calendar = WorkingDays.parse(" 2026-10-01..2026-10-03 ,2026-12-25,", "2026-10-10");
        assertEquals(Set.of(d("2026-10-01"), d("2026-10-02"), d("2026-10-03"), d("2026-12-25")),
                calendar.holidays());
        assertTrue(calendar.isWorkingDay(d("2026-10-10")));
        assertFalse(calendar.isWorkingDay(d("2026-12-25")));
        assertEquals(Set.of(), WorkingDays.parse(null, " ").holidays());
    }

    @Test
    void configuration_that_is_not_a_date_is_refused_naming_the_entry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkingDays.parse("2026-10-01, 2026/10/02", ""));
        assertTrue(e.getMessage().contains("'2026/10/02'") && e.getMessage().contains("holidays"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WorkingDays.parse("2026-10-07..2026-10-01", ""));
    }

    @Test
    void a_make_up_day_must_be_a_weekend_day_and_not_also_a_holiday() {
        IllegalArgumentException weekday = assertThrows(IllegalArgumentException.class,
                () -> WorkingDays.parse("", "2026-10-09"));
        assertTrue(weekday.getMessage().contains("FRIDAY"), weekday.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WorkingDays.parse("2026-10-10", "2026-10-10"));
    }

    @Test
    void the_2025_schedule_is_the_published_one() {
        HolidayYear year = schedule(2025);
        assertEquals(1 + 8 + 3 + 5 + 3 + 8, year.holidays().size());
        assertEquals(Set.of(d("2025-01-26"), d("2025-02-08"), d("2025-04-27"), d("2025-09-28"), d("2025-10-11")),
                year.makeUpWorkdays());
        // 春节: received on Friday 24 Jan, one working day is Sunday 26 Jan (worked), three skip the holiday week
        assertEquals(d("2025-01-26"), CHINA.addWorkingDays(d("2025-01-24"), 1));
        assertEquals(d("2025-01-27"), CHINA.addWorkingDays(d("2025-01-24"), 2));
        assertEquals(d("2025-02-05"), CHINA.addWorkingDays(d("2025-01-24"), 3));
        assertEquals(d("2025-10-09"), CHINA.addWorkingDays(d("2025-09-30"), 1));
        assertFalse(CHINA.isWorkingDay(d("2025-06-02")));
    }

    @Test
    void a_year_without_a_published_schedule_is_missing_and_counted_with_weekends_only() {
        assertTrue(CHINA.covers(2025) && CHINA.covers(2026));
        assertFalse(CHINA.covers(2027), "2027 is not published: nothing may invent it");
        assertEquals(Set.of(2027), CHINA.missingYears(d("2026-12-28"), d("2027-01-08")));
        assertEquals(Set.of(), CHINA.missingYears(d("2026-12-01"), d("2026-12-31")));
        // 2027-01-01 is a Friday: without a schedule it is a working day
        assertEquals(d("2027-01-01"), CHINA.addWorkingDays(d("2026-12-31"), 1));
    }

    @Test
    void an_administrators_schedule_covers_its_year_and_replaces_a_shipped_one() {
        HolidayYear y2027 = HolidayYear.read(2027, List.of("2027-01-01", "2027-10-01..2027-10-07"), List.of("2027-10-09"));
        WorkingDays calendar = CHINA.overriddenBy(new WorkingDays(List.of(y2027)));
        assertTrue(calendar.covers(2027));
        assertEquals(d("2027-01-04"), calendar.addWorkingDays(d("2026-12-31"), 1));
        assertTrue(calendar.isWorkingDay(d("2027-10-09")));
        WorkingDays corrected = calendar.overriddenBy(new WorkingDays(List.of(HolidayYear.read(2026, List.of(), List.of()))));
        assertTrue(corrected.isWorkingDay(d("2026-10-01")), "the new 2026 schedule replaced the shipped one");
        assertFalse(corrected.isWorkingDay(d("2025-10-01")));
    }

    @Test
    void a_schedule_sent_with_wrong_entries_names_each_with_a_pointer() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> HolidayYear.read(2027,
                List.of("2027-02-06..2027-02-12", "2027/10/01", "2028-01-01"), List.of("2027-10-08", "2027-02-06")));
        assertEquals(List.of("/holidays/1", "/holidays/2", "/make_up_workdays/0", "/make_up_workdays/1"),
                e.problems().stream().map(InputProblem::pointer).sorted().toList(), e.problems().toString());
        assertThrows(InvalidInput.class, () -> HolidayYear.read(1999, List.of(), List.of()));
        // the December before the year may hold its 元旦 days
        assertTrue(HolidayYear.read(2028, List.of("2027-12-31..2028-01-02"), List.of()).holidays().contains(d("2027-12-31")));
    }

    private static HolidayYear schedule(int year) {
        return CHINA.schedules().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }
}
