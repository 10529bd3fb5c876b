package com.envgrid.core.duty;

import com.envgrid.core.input.Vocabulary;

import java.time.LocalDate;

/** Where a duty stands on a given day. */
public enum DutyStatus {
    /** Not done yet, and its last due day has not passed. */
    OPEN("待巡查"),
    /** An inspection was recorded against it. */
    DONE("已完成"),
    /** Not done, and today is after its last due day. */
    OVERDUE("逾期");

    private final String chineseName;

    DutyStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The lower-case English name used in the API: {@code open}, {@code done} or {@code overdue}. */
    public String key() {
        return Vocabulary.key(this);
    }

    public String chineseName() {
        return chineseName;
    }

    /** A done duty is DONE whatever the day; an open one turns OVERDUE the day after {@code dueBy}. */
    public static DutyStatus of(boolean done, LocalDate dueBy, LocalDate today) {
        if (done) {
            return DONE;
        }
        return today.isAfter(dueBy) ? OVERDUE : OPEN;
    }
}
