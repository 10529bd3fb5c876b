package com.envgrid.core.duty;

import java.time.LocalDate;

/** One inspection of a target due within a window, from {@code dueFrom} to {@code dueBy}, both included. */
public record PlannedDuty(Target target, LocalDate dueFrom, LocalDate dueBy) {
    public PlannedDuty {
        if (target == null) {
            throw new IllegalArgumentException("a planned duty needs a target");
        }
        if (dueFrom == null || dueBy == null || dueBy.isBefore(dueFrom)) {
            throw new IllegalArgumentException(target.kind() + " " + target.code() + ": a duty is due from dueFrom"
                    + " to dueBy, both set and in that order, got " + dueFrom + " to " + dueBy);
        }
    }

    public DutyKey key() {
        return new DutyKey(target.kind(), target.code(), target.gridCode(), dueFrom);
    }
}
