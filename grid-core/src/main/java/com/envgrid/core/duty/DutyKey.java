package com.envgrid.core.duty;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The identity of a duty: the target (kind, code, grid) and the first day of its window. Planning the same period
 * again, or an overlapping one, gives the same keys, so storing duties by key never duplicates one. Keys order by
 * grid, kind, code, then window.
 */
public record DutyKey(TargetKind kind, String code, String gridCode, LocalDate dueFrom) implements Comparable<DutyKey> {
    private static final Comparator<DutyKey> ORDER = Comparator.comparing(DutyKey::gridCode)
            .thenComparing(DutyKey::kind).thenComparing(DutyKey::code).thenComparing(DutyKey::dueFrom);

    @Override
    public int compareTo(DutyKey other) {
        return ORDER.compare(this, other);
    }
}
