package com.envgrid.core.duty;

import java.time.LocalDate;

/** The days within which one inspection is due: from {@code dueFrom} to {@code dueBy}, both included. */
public record DueWindow(LocalDate dueFrom, LocalDate dueBy) {
    public DueWindow {
        if (dueFrom == null || dueBy == null || dueBy.isBefore(dueFrom)) {
            throw new IllegalArgumentException("a due window runs from dueFrom to dueBy, both set and in that order,"
                    + " got " + dueFrom + " to " + dueBy);
        }
    }
}
