package com.envgrid.core.duty;

import java.time.LocalDate;

/** Where a duty stands on a given day. */
public enum DutyStatus {
    /** Not done yet, and its last due day has not passed. */
    OPEN,
    /** An inspection was recorded against it. */
    DONE,
    /** Not done, and today is after its last due day. */
    OVERDUE;

    /** A done duty is DONE whatever the day; an open one turns OVERDUE the day after {@code dueBy}. */
    public static DutyStatus of(boolean done, LocalDate dueBy, LocalDate today) {
        if (done) {
            return DONE;
        }
        return today.isAfter(dueBy) ? OVERDUE : OPEN;
    }
}
