package com.envgrid.core.source;

import com.envgrid.core.input.Vocabulary;

import java.util.Optional;

/** Whether a source is operating (运营, 在产), suspended (停产) or closed (关闭) — closed sources are not inspected. */
public enum OperatingStatus {
    OPERATING("运营", "在产"),
    SUSPENDED("停产"),
    CLOSED("关闭");

    private final String[] chineseNames;

    OperatingStatus(String... chineseNames) {
        this.chineseNames = chineseNames;
    }

    public String key() {
        return Vocabulary.key(this);
    }

    public String chineseName() {
        return chineseNames[0];
    }

    /** Reads a status given in English ({@code suspended}, any case) or Chinese ({@code 停产}). */
    public static Optional<OperatingStatus> parse(String text) {
        return Vocabulary.parse(OperatingStatus.class, s -> s.chineseNames, text);
    }

    /** The accepted spellings, for error messages. */
    public static String accepted() {
        return Vocabulary.accepted(OperatingStatus.class, s -> s.chineseNames);
    }
}
