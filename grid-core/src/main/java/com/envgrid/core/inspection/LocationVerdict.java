package com.envgrid.core.inspection;

/**
 * The policy deciding where a record stands on where it was made: the fix is checked against its grid (buffered by
 * the accuracy) and against the target itself (a source's point, a river segment's course); the worse check wins.
 * A fix outside its grid is flagged whatever the target says; inside it, the target's check decides — a patrol's
 * target is the grid, so for a patrol the two are one.
 */
public final class LocationVerdict {
    private LocationVerdict() {
    }

    public static LocationCheck.Verdict worseOf(LocationCheck.Verdict inGrid, LocationCheck.Verdict atTarget) {
        return inGrid.plausible() ? atTarget : inGrid;
    }
}
