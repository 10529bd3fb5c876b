package com.envgrid.core.inspection;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExifAgreementTest {
    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    /** 10:00 in the district. */
    private static final Instant INSPECTED = Instant.parse("2026-11-10T02:00:00Z");
    private static final double LON = 120.0;
    private static final double LAT = 30.0;

    @Test
    void a_photo_taken_there_within_the_hour_raises_no_doubt() {
        assertTrue(ExifAgreement.doubts(LocalDateTime.parse("2026-11-10T10:40:00"), LON + 0.001, LAT, DISTRICT,
                INSPECTED, LON, LAT).isEmpty());
    }

    @Test
    void a_photo_without_exif_raises_no_doubt() {
        assertTrue(ExifAgreement.doubts(null, null, null, DISTRICT, INSPECTED, LON, LAT).isEmpty());
    }

    @Test
    void the_camera_clock_is_read_in_the_district_zone() {
        // 10:00 as the camera wrote it is the inspection time; read as UTC it would be eight hours off
        assertTrue(ExifAgreement.doubts(LocalDateTime.parse("2026-11-10T10:00:00"), null, null, DISTRICT, INSPECTED,
                LON, LAT).isEmpty());
    }

    @Test
    void a_photo_taken_hours_away_or_far_away_says_how_far() {
        assertEquals("taken 120 min away from the inspection time",
                ExifAgreement.doubts(LocalDateTime.parse("2026-11-10T12:00:00"), null, null, DISTRICT, INSPECTED,
                        LON, LAT).orElseThrow());
        String both = ExifAgreement.doubts(LocalDateTime.parse("2026-11-10T08:00:00"), LON + 0.01, LAT, DISTRICT,
                INSPECTED, LON, LAT).orElseThrow();
        assertTrue(both.startsWith("taken 120 min away from the inspection time; taken 96"), both);
        assertTrue(both.endsWith(" m from the fix"), both);
    }
}
