package com.envgrid.core.inspection;

import com.envgrid.core.input.Vocabulary;

import java.util.Optional;

/**
 * How serious a finding is; it sets the rectification deadline of the case it opens. Least serious first, so that
 * the natural order of the constants is the order of gravity.
 */
public enum Severity {
    /** 轻微: a lapse with no pollution yet — a missing label, an incomplete ledger. */
    MINOR("轻微"),
    /** 一般: pollution or a breach that is real but contained. */
    GENERAL("一般"),
    /** 严重: pollution reaching the environment, or a hazard to people — fixed first. */
    SERIOUS("严重");

    private final String chineseName;

    Severity(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The lower-case English name used in the API: {@code minor}, {@code general} or {@code serious}. */
    public String key() {
        return Vocabulary.key(this);
    }

    public String chineseName() {
        return chineseName;
    }

    /** Reads a severity given in English ({@code serious}, any case) or Chinese ({@code 严重}). */
    public static Optional<Severity> parse(String text) {
        return Vocabulary.parse(Severity.class, s -> new String[]{s.chineseName}, text);
    }

    /** The accepted spellings, for error messages. */
    public static String accepted() {
        return Vocabulary.accepted(Severity.class, s -> new String[]{s.chineseName});
    }
}
