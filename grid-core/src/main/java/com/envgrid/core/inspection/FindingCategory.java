package com.envgrid.core.inspection;

import com.envgrid.core.input.Vocabulary;

import java.util.Optional;

/** What kind of environmental problem an inspection found. */
public enum FindingCategory {
    WASTEWATER("废水", "污水"),
    EXHAUST("废气", "大气"),
    DUST("扬尘"),
    SOLID_WASTE("固废", "固体废物"),
    HAZARDOUS_WASTE("危废", "危险废物"),
    NOISE("噪声", "噪音"),
    STRAW_BURNING("秸秆焚烧"),
    RIVER_LITTER("河道", "河道垃圾"),
    RADIATION("辐射", "核与辐射"),
    OTHER("其他");

    private final String[] chineseNames;

    FindingCategory(String... chineseNames) {
        this.chineseNames = chineseNames;
    }

    /** The lower-case English name used in the API: {@code wastewater}, {@code straw_burning}, … */
    public String key() {
        return Vocabulary.key(this);
    }

    public String chineseName() {
        return chineseNames[0];
    }

    /** Reads a category given in English ({@code hazardous_waste}, any case) or Chinese ({@code 危废}, {@code 危险废物}). */
    public static Optional<FindingCategory> parse(String text) {
        return Vocabulary.parse(FindingCategory.class, c -> c.chineseNames, text);
    }

    /** The accepted spellings, for error messages. */
    public static String accepted() {
        return Vocabulary.accepted(FindingCategory.class, c -> c.chineseNames);
    }
}
