package com.envgrid.core.pilot;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Where a pilot stands on each of its targets: a rate at its latest entry (by date; of one date, the last recorded),
 * a count at the sum of its entries; a target is met when the value reached is at least the target. Entries of an
 * indicator the pilot no longer aims at are left out.
 */
public final class Progress {
    private Progress() {
    }

    /** A progress entry as far as the rules go: when, which indicator, what value; in the order recorded. */
    public record Entry(LocalDate date, String indicator, double value) {
    }

    /** One target and where it stands; {@code reached} is null while no entry was made. */
    public record Standing(Target target, Double reached, boolean met) {
    }

    /** All targets' standings and how many are met. */
    public record Summary(List<Standing> standings, int met, int targets) {
        /** The share of targets met, from 0 to 1; 0 for a pilot without targets. */
        public double share() {
            return targets == 0 ? 0 : (double) met / targets;
        }
    }

    public static Summary of(List<Target> targets, List<Entry> entries) {
        List<Standing> standings = targets.stream().map(t -> standing(t, entries.stream()
                .filter(e -> e.indicator().equals(t.indicator())).toList())).toList();
        return new Summary(standings, (int) standings.stream().filter(Standing::met).count(), targets.size());
    }

    private static Standing standing(Target target, List<Entry> entries) {
        if (entries.isEmpty()) {
            return new Standing(target, null, false);
        }
        double reached = switch (target.kind()) {
            case RATE -> entries.stream().max(Comparator.comparing(Entry::date)
                    .thenComparing(entries::indexOf)).orElseThrow().value();
            case COUNT -> entries.stream().mapToDouble(Entry::value).sum();
        };
        return new Standing(target, reached, reached >= target.target());
    }
}
