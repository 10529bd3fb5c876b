package com.envgrid.core.inspection;

/**
 * How far from where it belongs an inspection fix may lie before it is flagged, in metres, before the fix's own
 * stated GPS accuracy is allowed for (see {@link LocationCheck}): the least tolerance around a grid's boundary, and
 * the allowed distance from a point source and from a river segment's course.
 */
public record LocationSettings(double minGridToleranceM, double pointSourceM, double riverM) {
    /** 50 m around a grid, 200 m from a point source (the far side of a large works), 100 m from a river. */
    public static final LocationSettings DEFAULT = new LocationSettings(50, 200, 100);

    public LocationSettings {
        LocationCheck.requireDistance("minGridToleranceM", minGridToleranceM);
        LocationCheck.requireDistance("pointSourceM", pointSourceM);
        LocationCheck.requireDistance("riverM", riverM);
    }
}
