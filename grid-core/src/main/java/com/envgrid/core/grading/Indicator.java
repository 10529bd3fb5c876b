package com.envgrid.core.grading;

import com.envgrid.core.input.Vocabulary;

/**
 * What a year's record is counted by, each with the points one item weighs ({@link GradingRule}): findings of the
 * inspections by severity; the enterprise's cases closed after their deadline or still open past it; cases sent back
 * at verification (reopened); complaints whose investigation confirmed a problem about it (they opened a case on it);
 * the platform's hazardous-waste and radiation alerts of the year; and cases it rectified that were verified closed —
 * the one indicator that counts in its favour.
 */
public enum Indicator {
    SERIOUS_FINDINGS("严重问题", false),
    GENERAL_FINDINGS("一般问题", false),
    MINOR_FINDINGS("轻微问题", false),
    OVERDUE_CASES("逾期未整改", false),
    REOPENED_CASES("整改被退回", false),
    CONFIRMED_COMPLAINTS("查实的信访投诉", false),
    HAZARDOUS_WASTE_ALERTS("危险废物预警", false),
    RADIATION_ALERTS("辐射安全预警", false),
    VERIFIED_CORRECTIONS("整改经复核销号", true);

    private final String chineseName;
    private final boolean favourable;

    Indicator(String chineseName, boolean favourable) {
        this.chineseName = chineseName;
        this.favourable = favourable;
    }

    /** serious_findings, …: as the API writes it. */
    public String key() {
        return Vocabulary.key(this);
    }

    public String chineseName() {
        return chineseName;
    }

    /** Whether its points are added to the score rather than taken off. */
    public boolean favourable() {
        return favourable;
    }
}
