package com.envgrid.core.plan;

import com.envgrid.core.input.Vocabulary;

/**
 * Where a measure of a remediation plan stands: planned, reported done by the enterprise, verified by an inspection;
 * or cancelled with a reason. VERIFIED and CANCELLED are final.
 */
public enum MeasureState {
    /** 整改中: to be done by its deadline. */
    PLANNED("整改中"),
    /** 已报完成: the enterprise reports it done; an inspection is still to verify it. */
    REPORTED("已报完成"),
    /** 已核验: an inspection found it done. */
    VERIFIED("已核验"),
    /** 已取消: no longer asked for, with the reason. */
    CANCELLED("已取消");

    private final String chineseName;

    MeasureState(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The lower-case name stored and answered: {@code planned}, {@code reported}, … */
    public String key() {
        return Vocabulary.key(this);
    }

    public String chineseName() {
        return chineseName;
    }

    public boolean isFinal() {
        return this == VERIFIED || this == CANCELLED;
    }
}
