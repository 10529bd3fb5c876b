package com.envgrid.core.grid;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of grid and which may lie inside which: the district; its first-level grids — towns, streets and
 * industrial parks —, which have the district as parent (or none, in a layer without a district grid); the
 * communities and villages of a first-level grid; and plain cells, which divide either a first-level grid or a
 * community or village (街道 → 社区 → 网格 is common). A grid's tier is its depth below the district: 1 for
 * first-level grids, 2 for their children, 3 for cells inside communities and villages.
 */
public enum GridLevel {
    DISTRICT("区"),
    TOWN("镇"),
    STREET("街道"),
    PARK("园区"),
    COMMUNITY("社区"),
    VILLAGE("村"),
    CELL("网格");

    private final String chineseName;

    GridLevel(String chineseName) {
        this.chineseName = chineseName;
    }

    /** Towns, streets and parks: the grids the district ranks. */
    public boolean isFirstLevel() {
        return this == TOWN || this == STREET || this == PARK;
    }

    /** Whether a grid of this level may lie directly inside a grid of the given level. */
    public boolean mayHaveParent(GridLevel parent) {
        return switch (this) {
            case DISTRICT -> false;
            case TOWN, STREET, PARK -> parent == DISTRICT;
            case COMMUNITY, VILLAGE -> parent.isFirstLevel();
            case CELL -> parent.isFirstLevel() || parent == COMMUNITY || parent == VILLAGE;
        };
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
