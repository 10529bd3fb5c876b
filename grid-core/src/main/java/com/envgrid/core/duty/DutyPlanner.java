package com.envgrid.core.duty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the targets into the duties of a period: for each target, one duty per due window of its frequency (see
 * {@link Frequency}) that shares at least a day with the period. A window straddling the period's edge belongs to
 * both neighbouring periods with the same {@link DutyKey}, so it is planned, and stored, once.
 */
public final class DutyPlanner {
    /** The {@link DutyKey} order less the window: the targets in this order give their duties in key order. */
    private static final Comparator<Target> TARGET_ORDER = Comparator.comparing(Target::gridCode)
            .thenComparing(Target::kind).thenComparing(Target::code);

    private final InspectionRules rules;

    public DutyPlanner(InspectionRules rules) {
        if (rules == null) {
            throw new IllegalArgumentException("the planner needs inspection rules");
        }
        this.rules = rules;
    }

    /**
     * The duties of the period, ordered by {@link DutyKey}. No targets, no duties. A target listed twice (same kind,
     * code and grid) is refused: its duties would collide.
     */
    public List<PlannedDuty> plan(Collection<Target> targets, Period period) {
        List<Target> ordered = targets.stream().sorted(TARGET_ORDER).toList();
        List<PlannedDuty> duties = new ArrayList<>();
        Target previous = null;
        for (Target target : ordered) {
            if (previous != null && TARGET_ORDER.compare(previous, target) == 0) {
                throw new IllegalArgumentException(target.kind() + " " + target.code() + " in grid "
                        + target.gridCode() + " is listed twice");
            }
            for (DueWindow window : rules.of(target).windowsOverlapping(period)) {
                duties.add(new PlannedDuty(target, window.dueFrom(), window.dueBy()));
            }
            previous = target;
        }
        return duties;
    }
}
