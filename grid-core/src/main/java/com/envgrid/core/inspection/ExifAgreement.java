package com.envgrid.core.inspection;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The policy comparing a photo's EXIF with the record it belongs to: taken within an hour of the inspection time and
 * within 500 m of the fix, or a doubt a reviewer can read. A photo without EXIF raises no doubt — many phones strip
 * it —, so this informs a review and never flags a record on its own.
 */
public final class ExifAgreement {
    static final Duration TIME_TOLERANCE = Duration.ofHours(1);
    static final double DISTANCE_TOLERANCE_M = 500;

    private ExifAgreement() {
    }

    /**
     * @param exifTime the camera's wall-clock time, read in the district's zone
     * @return the doubts, joined; empty when the EXIF agrees or there is none
     */
    public static Optional<String> doubts(LocalDateTime exifTime, Double exifLon, Double exifLat, ZoneId district,
                                          Instant inspectedAt, double fixLon, double fixLat) {
        List<String> doubts = new ArrayList<>();
        if (exifTime != null) {
            Duration apart = Duration.between(exifTime.atZone(district).toInstant(), inspectedAt).abs();
            if (apart.compareTo(TIME_TOLERANCE) > 0) {
                doubts.add("taken " + apart.toMinutes() + " min away from the inspection time");
            }
        }
        if (exifLon != null && exifLat != null) {
            double metres = LocationCheck.againstPoint(exifLon, exifLat, fixLon, fixLat, 0, 0).distanceM();
            if (metres > DISTANCE_TOLERANCE_M) {
                doubts.add(String.format(Locale.ROOT, "taken %.0f m from the fix", metres));
            }
        }
        return doubts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", doubts));
    }
}
