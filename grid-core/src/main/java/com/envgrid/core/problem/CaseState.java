package com.envgrid.core.problem;

import com.envgrid.core.input.Vocabulary;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a case (a problem to rectify, 问题) stands. {@link CaseWorkflow} says which actions move it between states;
 * CLOSED and REJECTED are final.
 */
public enum CaseState {
    /** 待分派: opened from a finding or a complaint, nobody answers for it yet. */
    OPEN("待分派"),
    /** 已分派: a supervisor answers for it and has not started. */
    ASSIGNED("已分派"),
    /** 整改中: being rectified. */
    RECTIFYING("整改中"),
    /** 待复核: reported rectified, waiting for someone else to verify it. */
    AWAITING_VERIFICATION("待复核"),
    /** 已办结: rectification verified. */
    CLOSED("已办结"),
    /** 已驳回: found not to be a problem, with the reason. */
    REJECTED("已驳回");

    private final String chineseName;

    CaseState(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The lower-case English name used in the API: {@code open}, {@code awaiting_verification}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String chineseName() {
        return chineseName;
    }

    /** Whether no action leaves this state. */
    public boolean isFinal() {
        return this == CLOSED || this == REJECTED;
    }

    /** Reads a state given in English ({@code rectifying}, any case) or Chinese ({@code 整改中}). */
    public static Optional<CaseState> parse(String text) {
        return Vocabulary.parse(CaseState.class, s -> new String[]{s.chineseName}, text);
    }

    /** "待复核 (awaiting_verification)", for messages. */
    String label() {
        return chineseName + " (" + key() + ")";
    }
}
