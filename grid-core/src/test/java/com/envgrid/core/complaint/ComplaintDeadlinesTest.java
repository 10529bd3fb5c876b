package com.envgrid.core.complaint;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComplaintDeadlinesTest {
    private static final WorkingDays CHINA_2026 = PublishedHolidays.china();

    @Test
    void by_default_everything_is_accepted_in_one_working_day_and_transient_nuisances_closed_in_five() {
        for (ComplaintCategory c : ComplaintCategory.values()) {
            ComplaintDeadlines.Limit limit = ComplaintDeadlines.DEFAULT.limit(c);
            assertEquals(1, limit.acceptWorkingDays(), c.key());
            boolean quick = c == ComplaintCategory.NOISE || c == ComplaintCategory.COOKING_FUMES
                    || c == ComplaintCategory.BURNING;
            assertEquals(quick ? 5 : 10, limit.closeWorkingDays(), c.key());
        }
    }

    @Test
    void deadlines_are_configured_per_category_by_key_or_chinese_name() {
        var configured = ComplaintDeadlines.DEFAULT.overriddenBy("noise=1/3, 水污染=2/15");
        assertEquals(new ComplaintDeadlines.Limit(1, 3), configured.limit(ComplaintCategory.NOISE));
        assertEquals(new ComplaintDeadlines.Limit(2, 15), configured.limit(ComplaintCategory.WATER_POLLUTION));
        assertEquals(ComplaintDeadlines.DEFAULT.limit(ComplaintCategory.DUST), configured.limit(ComplaintCategory.DUST));
        assertEquals(ComplaintDeadlines.DEFAULT, ComplaintDeadlines.DEFAULT.overriddenBy(" "));
        var wrong = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ComplaintDeadlines.DEFAULT.overriddenBy("noise=1/3,smell=2"));
        org.junit.jupiter.api.Assertions.assertTrue(wrong.getMessage().startsWith("complaint deadline \"smell=2\""));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ComplaintDeadlines.DEFAULT.overriddenBy("noise=5/3"), "closing before accepting");
    }

    @Test
    void a_noise_complaint_received_on_a_friday_is_due_for_acceptance_on_monday_and_closure_a_week_later() {
        assertEquals(new ComplaintDeadlines.Due(LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-13")),
                ComplaintDeadlines.DEFAULT.due(ComplaintCategory.NOISE, LocalDate.parse("2026-03-06"), CHINA_2026));
        assertEquals(LocalDate.parse("2026-03-20"), ComplaintDeadlines.DEFAULT
                .due(ComplaintCategory.ODOUR, LocalDate.parse("2026-03-06"), CHINA_2026).closeBy());
    }

    @Test
    void a_dust_complaint_received_before_national_day_counts_the_make_up_saturday() {
        ComplaintDeadlines.Due due = ComplaintDeadlines.DEFAULT
                .due(ComplaintCategory.DUST, LocalDate.parse("2026-09-30"), CHINA_2026);
        assertEquals(LocalDate.parse("2026-10-08"), due.acceptBy());
        assertEquals(LocalDate.parse("2026-10-20"), due.closeBy());
    }

    @Test
    void a_category_can_be_configured_on_its_own() {
        ComplaintDeadlines strict = ComplaintDeadlines.DEFAULT
                .with(ComplaintCategory.BURNING, new ComplaintDeadlines.Limit(0, 1));
        assertEquals(new ComplaintDeadlines.Due(LocalDate.parse("2026-03-06"), LocalDate.parse("2026-03-09")),
                strict.due(ComplaintCategory.BURNING, LocalDate.parse("2026-03-06"), CHINA_2026));
        assertEquals(ComplaintDeadlines.DEFAULT.limit(ComplaintCategory.NOISE), strict.limit(ComplaintCategory.NOISE));
    }

    @Test
    void every_category_needs_a_limit_and_closing_may_not_be_due_before_accepting() {
        Map<ComplaintCategory, ComplaintDeadlines.Limit> partial = new EnumMap<>(ComplaintDeadlines.DEFAULT.limits());
        partial.remove(ComplaintCategory.DUST);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ComplaintDeadlines(partial));
        assertTrue(e.getMessage().contains("dust"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ComplaintDeadlines.Limit(3, 2));
        assertThrows(IllegalArgumentException.class, () -> new ComplaintDeadlines.Limit(-1, 2));
    }
}
