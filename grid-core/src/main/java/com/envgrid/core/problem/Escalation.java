package com.envgrid.core.problem;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The escalation policy: who an unfinished case (or complaint) is up to, by how long it is overdue — its supervisor
 * until it is overdue by more than {@code daysToChief} days, then the grid chief, then, overdue by more than
 * {@code daysToDistrict} days, the district. A pure function of the dates it is given — the caller passes today — so
 * that it is tested with any date and never with a clock. Only for cases that are not
 * {@link CaseState#isFinal() final}.
 */
public record Escalation(int daysToChief, int daysToDistrict) {
    /** How far up a case has gone. */
    public enum Level {
        /** 网格员: the assigned supervisor deals with it. */
        SUPERVISOR("网格员"),
        /** 网格长: the grid chief is alerted. */
        CHIEF("网格长"),
        /** 区局: the district bureau is alerted. */
        DISTRICT("区局");

        private final String chineseName;

        Level(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }

        /** The level as the API writes it: supervisor, chief, district. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** @throws IllegalArgumentException unless 0 ≤ daysToChief ≤ daysToDistrict */
    public Escalation {
        if (daysToChief < 0 || daysToDistrict < daysToChief) {
            throw new IllegalArgumentException("escalation needs 0 <= daysToChief <= daysToDistrict, got "
                    + daysToChief + " and " + daysToDistrict);
        }
    }

    /**
     * The level of a case due by {@code dueBy}, on {@code today}, under the policy {@code (daysToChief,
     * daysToDistrict)}: see {@link #level}.
     *
     * @throws IllegalArgumentException unless 0 ≤ daysToChief ≤ daysToDistrict
     */
    public static Level levelAt(LocalDate dueBy, LocalDate today, int daysToChief, int daysToDistrict) {
        return new Escalation(daysToChief, daysToDistrict).level(dueBy, today);
    }

    /**
     * The level of a case due by {@code dueBy}, on {@code today}. It is overdue by the number of days today is after
     * {@code dueBy} (0 on the due day itself): CHIEF when overdue by more than {@code daysToChief} days (0: the day
     * after the due day), DISTRICT when overdue by more than {@code daysToDistrict}, SUPERVISOR otherwise.
     */
    public Level level(LocalDate dueBy, LocalDate today) {
        long overdue = ChronoUnit.DAYS.between(dueBy, today);
        if (overdue > daysToDistrict) {
            return Level.DISTRICT;
        }
        return overdue > daysToChief ? Level.CHIEF : Level.SUPERVISOR;
    }
}
