package com.envgrid.api.features;

import com.envgrid.api.shared.InvalidParameter;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** datetime= on a DATE field: a date is its whole day in the district (Asia/Shanghai, UTC+8). */
class TimeIntervalTest {
    static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    @Test
    void a_date_feature_meets_the_instants_of_its_day_in_the_district() {
        LocalDate day = LocalDate.of(2026, 9, 2);
        assertTrue(TimeInterval.parse("2026-09-01T16:00:00Z", DISTRICT).meets(day, DISTRICT), "00:00 in Shanghai");
        assertFalse(TimeInterval.parse("2026-09-01T15:59:59Z", DISTRICT).meets(day, DISTRICT), "the day before there");
        assertTrue(TimeInterval.parse("2026-09-02", DISTRICT).meets(day, DISTRICT));
        assertTrue(TimeInterval.parse("../2026-09-02", DISTRICT).meets(day, DISTRICT));
        assertFalse(TimeInterval.parse("2026-09-03/..", DISTRICT).meets(day, DISTRICT));
        assertTrue(TimeInterval.parse("2026-08-01/2026-09-02", DISTRICT).meets(day, DISTRICT));
    }

    @Test
    void a_date_in_the_parameter_is_the_whole_district_day_for_an_instant_feature() {
        TimeInterval day = TimeInterval.parse("2026-09-02", DISTRICT);
        assertTrue(day.meets(Instant.parse("2026-09-01T16:00:00Z"), DISTRICT));
        assertTrue(day.meets(Instant.parse("2026-09-02T15:59:59Z"), DISTRICT));
        assertFalse(day.meets(Instant.parse("2026-09-02T16:00:00Z"), DISTRICT));
        assertFalse(day.meets(null, DISTRICT), "a feature without time meets no interval");
    }

    @Test
    void what_is_no_instant_nor_interval_is_refused_naming_datetime() {
        for (String bad : new String[]{"..", "../..", "/", "2026-13-01", "2026-09-02/2026-09-01", "2026-09-01T10:00"}) {
            assertThrows(InvalidParameter.class, () -> TimeInterval.parse(bad, DISTRICT), bad);
        }
    }
}
