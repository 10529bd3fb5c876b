package com.envgrid.core.duty;

import com.envgrid.core.source.CreditRating;

/**
 * A district's rules for how often each target must be inspected. For a source the applicable frequencies are
 * <ul>
 *   <li>the frequency of its rating ({@code ratingA} … {@code ratingD});</li>
 *   <li>{@code keyDischarger} if it is a key discharger (重点排污单位), whatever its rating;</li>
 *   <li>one step {@link Frequency#stricter() stricter} than its rating's frequency if it lies in a drinking-water
 *   source protection zone (when {@code stricterInProtectionZone}) or had a recent complaint (when
 *   {@code stricterAfterComplaint}); both together still make one step;</li>
 *   <li>the frequency another rule gives it ({@link Target#atLeast()}: the classes of its radiation sources and
 *   devices), when there is one;</li>
 * </ul>
 * and the strictest of them applies. Grid patrols are due {@code gridPatrol}, river segment patrols
 * {@code riverPatrol}, in every grid they cross.
 * <p>
 * A worse rating is never inspected less often than a better one. {@link #DEFAULT}: D every month, C every 2 months,
 * B every 3, A every 6; key dischargers at least monthly; one step stricter in a protection zone or after a
 * complaint; grid patrols 4 times a month, river patrols twice.
 */
public record InspectionRules(Frequency ratingA, Frequency ratingB, Frequency ratingC, Frequency ratingD,
                              Frequency keyDischarger, boolean stricterInProtectionZone,
                              boolean stricterAfterComplaint, Frequency gridPatrol, Frequency riverPatrol) {
    public static final InspectionRules DEFAULT = new InspectionRules(Frequency.everyMonths(6),
            Frequency.everyMonths(3), Frequency.everyMonths(2), Frequency.everyMonths(1), Frequency.everyMonths(1),
            true, true, Frequency.timesPerMonth(4), Frequency.timesPerMonth(2));

    public InspectionRules {
        required(ratingA, "ratingA");
        required(ratingB, "ratingB");
        required(ratingC, "ratingC");
        required(ratingD, "ratingD");
        required(keyDischarger, "keyDischarger");
        required(gridPatrol, "gridPatrol");
        required(riverPatrol, "riverPatrol");
        atLeastAsStrict(ratingB, "ratingB", ratingA, "ratingA");
        atLeastAsStrict(ratingC, "ratingC", ratingB, "ratingB");
        atLeastAsStrict(ratingD, "ratingD", ratingC, "ratingC");
    }

    private static void required(Frequency frequency, String field) {
        if (frequency == null) {
            throw new IllegalArgumentException("inspection rules: " + field + " is missing");
        }
    }

    private static void atLeastAsStrict(Frequency worse, String worseField, Frequency better, String betterField) {
        if (better.stricterThan(worse)) {
            throw new IllegalArgumentException("inspection rules: " + worseField + " (" + worse + ") is less often"
                    + " than " + betterField + " (" + better + "); a worse rating is inspected at least as often");
        }
    }

    /** The frequency the rules give the target: the strictest of those that apply to it (see the class comment). */
    public Frequency of(Target target) {
        return switch (target.kind()) {
            case GRID_PATROL -> gridPatrol;
            case RIVER_PATROL -> riverPatrol;
            case SOURCE -> ofSource(target);
        };
    }

    private Frequency ofSource(Target source) {
        Frequency byRating = byRating(source.rating());
        Frequency strictest = byRating;
        if ((stricterInProtectionZone && source.inProtectionZone())
                || (stricterAfterComplaint && source.recentComplaint())) {
            strictest = byRating.stricter();
        }
        if (source.keyDischarger() && keyDischarger.stricterThan(strictest)) {
            strictest = keyDischarger;
        }
        if (source.atLeast() != null && source.atLeast().stricterThan(strictest)) {
            strictest = source.atLeast();
        }
        return strictest;
    }

    public Frequency byRating(CreditRating rating) {
        return switch (rating) {
            case A -> ratingA;
            case B -> ratingB;
            case C -> ratingC;
            case D -> ratingD;
        };
    }
}
