package com.envgrid.core.complaint;

import com.envgrid.core.input.Vocabulary;

import java.util.Locale;
import java.util.Optional;

/**
 * The complainant's rating of how a complaint was handled. The satisfaction rate (满意率) counts SATISFIED and
 * BASICALLY_SATISFIED as satisfied; an UNSATISFIED rating may reopen the complaint once
 * ({@link ComplaintWorkflow#onRating}).
 */
public enum Satisfaction {
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    UNSATISFIED("不满意");

    private final String chineseName;

    Satisfaction(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The lower-case English name used in the API: {@code satisfied}, {@code basically_satisfied}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String chineseName() {
        return chineseName;
    }

    /** Whether the rating counts as satisfied in the satisfaction rate. */
    public boolean countsAsSatisfied() {
        return this != UNSATISFIED;
    }

    /** Reads a rating given in English ({@code basically_satisfied}, any case) or Chinese ({@code 基本满意}). */
    public static Optional<Satisfaction> parse(String text) {
        return Vocabulary.parse(Satisfaction.class, s -> new String[]{s.chineseName}, text);
    }

    /** The accepted spellings, for error messages. */
    public static String accepted() {
        return Vocabulary.accepted(Satisfaction.class, s -> new String[]{s.chineseName});
    }
}
