package com.envgrid.core.grid;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of grid and their tier in the hierarchy: the district (tier 0); its first-level grids — towns, streets
 * and industrial parks (tier 1); their second-level responsibility grids — communities, villages and plain cells
 * (tier 2). A grid's parent is always one tier above it.
 */
public enum GridLevel {
    DISTRICT(0, "区"),
    TOWN(1, "镇"),
    STREET(1, "街道"),
    PARK(1, "园区"),
    COMMUNITY(2, "社区"),
    VILLAGE(2, "村"),
    CELL(2, "网格");

    private final int tier;
    private final String chineseName;

    GridLevel(int tier, String chineseName) {
        this.tier = tier;
        this.chineseName = chineseName;
    }

    public int tier() {
        return tier;
    }

    /** The lower-case English name used in the API and in files: {@code town}, {@code park}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String chineseName() {
        return chineseName;
    }

    /** Reads a level given in English ({@code town}, case-insensitive) or Chinese ({@code 街道}). */
    public static Optional<GridLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        for (GridLevel level : values()) {
            if (level.name().equalsIgnoreCase(t) || level.chineseName.equals(t)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The accepted spellings, for error messages. */
    public static String accepted() {
        StringBuilder sb = new StringBuilder();
        for (GridLevel level : values()) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(level.key()).append('/').append(level.chineseName);
        }
        return sb.toString();
    }
}
