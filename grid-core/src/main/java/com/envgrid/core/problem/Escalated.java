package com.envgrid.core.problem;

import java.time.LocalDate;

/**
 * A case or complaint that has gone up past its supervisor on some day, by the {@link Escalation} policy: which one,
 * in which grid, to which level, the deadline it missed and a line saying what it is about.
 */
public record Escalated(long id, String gridCode, Escalation.Level level, LocalDate dueBy, String summary) {
}
