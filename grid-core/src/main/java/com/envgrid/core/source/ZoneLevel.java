package com.envgrid.core.source;

import com.envgrid.core.input.Vocabulary;

import java.util.Optional;

/**
 * The parts of a drinking-water source protection zone (饮用水水源保护区), strictest first: the first-level zone
 * (一级保护区) around the intake, the second-level zone (二级保护区) around it, and the quasi-protection zone
 * (准保护区) beyond.
 */
public enum ZoneLevel {
    FIRST("一级保护区", "一级"),
    SECOND("二级保护区", "二级"),
    QUASI("准保护区");

    private final String[] chineseNames;

    ZoneLevel(String... chineseNames) {
        this.chineseNames = chineseNames;
    }

    public String key() {
        return Vocabulary.key(this);
    }

    public String chineseName() {
        return chineseNames[0];
    }

    /** Reads a level given in English ({@code first}, any case) or Chinese ({@code 一级保护区}, {@code 一级}). */
    public static Optional<ZoneLevel> parse(String text) {
        return Vocabulary.parse(ZoneLevel.class, z -> z.chineseNames, text);
    }

    /** The accepted spellings, for error messages. */
    public static String accepted() {
        return Vocabulary.accepted(ZoneLevel.class, z -> z.chineseNames);
    }
}
