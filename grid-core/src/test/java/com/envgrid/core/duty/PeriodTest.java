package com.envgrid.core.duty;

import org.junit.jupiter.api.Test;

import static com.envgrid.core.duty.DutyFixture.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodTest {
    @Test
    void a_month_runs_from_its_first_day_to_the_first_of_the_next() {
        Period november = Period.parse("2026-11");
        assertEquals(day(2026, 11, 1), november.start());
        assertEquals(day(2026, 12, 1), november.endExclusive());
        assertEquals("2026-11", november.label());
    }

    @Test
    void a_quarter_is_three_months_and_the_fourth_ends_at_new_year() {
        Period q4 = Period.parse("2026-Q4");
        assertEquals(day(2026, 10, 1), q4.start());
        assertEquals(day(2027, 1, 1), q4.endExclusive());
        assertEquals("2026-Q4", q4.label());
        assertEquals("2026-Q1", Period.parse("2026-q1").label());
    }

    @Test
    void a_range_of_days_includes_both_ends() {
        Period range = Period.parse("2026-11-03/2026-12-15");
        assertEquals(day(2026, 11, 3), range.start());
        assertEquals(day(2026, 12, 16), range.endExclusive());
        assertEquals("2026-11-03/2026-12-15", range.label());
        assertEquals("2026-11", Period.parse("2026-11-01/2026-11-30").label());
        assertEquals("2026-11-05/2026-11-05", Period.parse("2026-11-05/2026-11-05").label());
    }

    @Test
    void what_is_not_a_period_is_refused_with_the_reason() {
        assertMessage("month 13 does not exist", "2026-13");
        assertMessage("quarter 5 does not exist", "2026-Q5");
        assertMessage("2026-02-30 is not a date", "2026-02-30/2026-03-01");
        assertMessage("before it starts", "2026-12-15/2026-11-03");
        assertMessage("is not a month (2026-11), a quarter (2026-Q4) or a range", "next month");
        assertMessage("a period is missing", " ");
        assertMessage("a period is missing", null);
    }

    @Test
    void the_previous_period_is_of_the_same_kind() {
        assertEquals("2026-10", Period.parse("2026-11").previous().label());
        assertEquals("2025-12", Period.parse("2026-01").previous().label());
        assertEquals("2026-Q2", Period.parse("2026-Q3").previous().label());
        assertEquals("2025-Q4", Period.parse("2026-Q1").previous().label());
        assertEquals("2026-10-22/2026-10-31", Period.parse("2026-11-01/2026-11-10").previous().label());
    }

    private static void assertMessage(String expected, String text) {
        var e = assertThrows(IllegalArgumentException.class, () -> Period.parse(text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void a_period_has_the_name_a_chinese_reader_gives_it() {
        assertEquals("2026年11月", Period.parse("2026-11").chineseName());
        assertEquals("2026年第3季度", Period.parse("2026-Q3").chineseName());
        assertEquals("2026年10月1日至2026年10月15日", Period.parse("2026-10-01/2026-10-15").chineseName());
    }
}
