package com.envgrid.core.problem;

import java.time.LocalDate;

/**
 * A case, complaint, measure or supervision order that has gone up past its supervisor on some day, by the
 * {@link Escalation} policy: which one (as people name it: a case's number, an order's 督办 number), in which grid, to
 * which level, the deadline it missed and a line saying what it is about.
 */
public record Escalated(String id, String gridCode, Escalation.Level level, LocalDate dueBy, String summary) {
}
