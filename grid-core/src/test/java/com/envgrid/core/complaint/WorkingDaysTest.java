package com.envgrid.core.complaint;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDaysTest {
    private static final WorkingDays CHINA_2026 = WorkingDays.china2026();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void a_complaint_received_on_a_friday_with_one_working_day_is_due_on_monday() {
        assertEquals(DayOfWeek.FRIDAY, d("2026-03-06").getDayOfWeek());
        assertEquals(d("2026-03-09"), WorkingDays.WEEKENDS_ONLY.addWorkingDays(d("2026-03-06"), 1));
        assertEquals(d("2026-03-09"), CHINA_2026.addWorkingDays(d("2026-03-06"), 1));
    }

    @Test
    void counting_across_a_weekend_skips_saturday_and_sunday() {
        assertEquals(d("2026-03-10"), CHINA_2026.addWorkingDays(d("2026-03-05"), 3));
        assertEquals(d("2026-03-20"), CHINA_2026.addWorkingDays(d("2026-03-06"), 10));
    }

    @Test
    void counting_across_the_national_day_holiday_skips_the_whole_week() {
        assertEquals(d("2026-10-08"), CHINA_2026.addWorkingDays(d("2026-09-30"), 1));
        assertEquals(d("2026-10-07"), WorkingDays.WEEKENDS_ONLY.addWorkingDays(d("2026-09-30"), 5));
        assertEquals(d("2026-10-09"), CHINA_2026.addWorkingDays(d("2026-09-30"), 2));
    }

    @Test
    void a_make_up_saturday_is_counted_as_a_working_day() {
        assertTrue(CHINA_2026.isWorkingDay(d("2026-10-10")));
        assertEquals(DayOfWeek.SATURDAY, d("2026-10-10").getDayOfWeek());
        assertEquals(d("2026-10-10"), CHINA_2026.addWorkingDays(d("2026-09-30"), 3));
        assertEquals(d("2026-02-14"), CHINA_2026.addWorkingDays(d("2026-02-13"), 1));
        assertEquals(d("2026-01-04"), CHINA_2026.addWorkingDays(d("2025-12-31"), 1));
    }

    @Test
    void a_complaint_received_on_a_holiday_is_counted_from_the_next_working_day() {
        // received on the Saturday or the Wednesday of the National Day week: the first working day is Thursday 8th
        assertEquals(d("2026-10-08"), CHINA_2026.addWorkingDays(d("2026-10-03"), 1));
        assertEquals(d("2026-10-08"), CHINA_2026.addWorkingDays(d("2026-10-07"), 1));
        // received on 除夕 (Mon 16 Feb), with the holiday lasting to Mon 23 Feb
        assertEquals(d("2026-02-24"), CHINA_2026.addWorkingDays(d("2026-02-16"), 1));
        assertEquals(d("2026-02-26"), CHINA_2026.addWorkingDays(d("2026-02-16"), 3));
    }

    @Test
    void zero_working_days_means_the_day_of_receipt_or_the_next_working_day() {
        assertEquals(d("2026-03-06"), CHINA_2026.addWorkingDays(d("2026-03-06"), 0));
        assertEquals(d("2026-10-08"), CHINA_2026.addWorkingDays(d("2026-10-01"), 0));
        assertThrows(IllegalArgumentException.class, () -> CHINA_2026.addWorkingDays(d("2026-03-06"), -1));
    }

    @Test
    void the_2026_schedule_has_its_seven_holidays_and_six_make_up_weekend_days() {
        assertEquals(3 + 9 + 3 + 5 + 3 + 3 + 7, CHINA_2026.holidays().size());
        assertEquals(Set.of(d("2026-01-04"), d("2026-02-14"), d("2026-02-28"), d("2026-05-09"), d("2026-09-20"),
                d("2026-10-10")), CHINA_2026.makeUpWorkdays());
        for (String holiday : new String[]{"2026-01-01", "2026-01-02", "2026-02-17", "2026-02-23", "2026-04-06",
                "2026-05-05", "2026-06-19", "2026-09-25", "2026-10-07"}) {
            assertFalse(CHINA_2026.isWorkingDay(d(holiday)), holiday);
        }
        assertTrue(CHINA_2026.isWorkingDay(d("2026-02-13")));
        assertTrue(CHINA_2026.isWorkingDay(d("2026-01-05")));
        assertFalse(CHINA_2026.isWorkingDay(d("2026-03-07")));
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
}
