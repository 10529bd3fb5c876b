package com.envgrid.core.duty;

import com.envgrid.core.source.CreditRating;

/**
 * Something that falls due for inspection in one grid, as the duty rules see it.
 * <ul>
 *   <li>{@link TargetKind#SOURCE}: a supervised object located in {@code gridCode}; it has a {@link CreditRating}, and may be
 *   a key discharger (重点排污单位), lie in a drinking-water source protection zone, or have had a recent complaint;</li>
 *   <li>{@link TargetKind#GRID_PATROL}: the patrol of the grid itself, so {@code code} equals {@code gridCode};</li>
 *   <li>{@link TargetKind#RIVER_PATROL}: a river segment's patrol within one grid; a segment crossing several grids is
 *   one target per grid, all with the segment's code.</li>
 * </ul>
 * (lon, lat) is a representative point in EPSG:4326, used to keep each supervisor's targets close together. Patrols
 * carry no rating, and the three flags only concern sources. {@code atLeast}, when set, is a frequency another rule
 * gives a source — the classes of the radiation sources and devices it holds —, which it is inspected at least as
 * often as; null for none.
 */
public record Target(TargetKind kind, String code, String gridCode, double lon, double lat, CreditRating rating,
                     boolean keyDischarger, boolean inProtectionZone, boolean recentComplaint, Frequency atLeast) {
    public Target {
        if (kind == null) {
            throw new IllegalArgumentException("target " + code + ": kind is missing");
        }
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a " + kind + " target needs a code");
        }
        if (gridCode == null || gridCode.isBlank()) {
            throw new IllegalArgumentException(kind + " " + code + ": gridCode is missing; locate it in a grid first");
        }
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException(kind + " " + code + ": (lon, lat) = (" + lon + ", " + lat
                    + ") is not a WGS84 position");
        }
        if (kind == TargetKind.SOURCE && rating == null) {
            throw new IllegalArgumentException("source " + code + ": rating is missing (A, B, C or D)");
        }
        if (kind != TargetKind.SOURCE && rating != null) {
            throw new IllegalArgumentException(kind + " " + code + ": only sources have a rating");
        }
        if (kind == TargetKind.GRID_PATROL && !code.equals(gridCode)) {
            throw new IllegalArgumentException("grid patrol " + code + ": code must equal gridCode " + gridCode);
        }
        if (kind != TargetKind.SOURCE && atLeast != null) {
            throw new IllegalArgumentException(kind + " " + code + ": only sources have a frequency of their own");
        }
    }

    /** A target no other rule gives a frequency of its own. */
    public Target(TargetKind kind, String code, String gridCode, double lon, double lat, CreditRating rating,
                  boolean keyDischarger, boolean inProtectionZone, boolean recentComplaint) {
        this(kind, code, gridCode, lon, lat, rating, keyDischarger, inProtectionZone, recentComplaint, null);
    }

    /** This source, inspected at least as often as {@code frequency} (null: no such rule). */
    public Target atLeast(Frequency frequency) {
        return new Target(kind, code, gridCode, lon, lat, rating, keyDischarger, inProtectionZone, recentComplaint,
                frequency);
    }

    public static Target source(String code, String gridCode, double lon, double lat, CreditRating rating,
                                boolean keyDischarger, boolean inProtectionZone, boolean recentComplaint) {
        return new Target(TargetKind.SOURCE, code, gridCode, lon, lat, rating, keyDischarger, inProtectionZone,
                recentComplaint);
    }

    public static Target gridPatrol(String gridCode, double lon, double lat) {
        return new Target(TargetKind.GRID_PATROL, gridCode, gridCode, lon, lat, null, false, false, false);
    }

    public static Target riverPatrol(String segmentCode, String gridCode, double lon, double lat) {
        return new Target(TargetKind.RIVER_PATROL, segmentCode, gridCode, lon, lat, null, false, false, false);
    }
}
