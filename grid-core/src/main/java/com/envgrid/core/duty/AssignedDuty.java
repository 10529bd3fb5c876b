package com.envgrid.core.duty;

import java.time.LocalDate;

/** A planned duty as stored: who it is assigned to ({@code null}: nobody yet) and whether it has been done. */
public record AssignedDuty(PlannedDuty duty, Long supervisor, boolean done) {
    public AssignedDuty {
        if (duty == null) {
            throw new IllegalArgumentException("an assigned duty needs its planned duty");
        }
    }

    public DutyStatus status(LocalDate today) {
        return DutyStatus.of(done, duty.dueBy(), today);
    }
}
