package com.envgrid.core.geo;

/**
 * The closed-form ellipsoidal area of a lon/lat quadrangle on WGS84, (b²/2)·Δλ·[q(φ2) − q(φ1)] with the authalic
 * q: a reference for areas that owes nothing to the projection {@link Areas} measures with.
 */
public final class QuadrangleArea {
    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257223563;
    private static final double B = A * (1 - F);
    private static final double E = Math.sqrt(1 - (B * B) / (A * A));

    private QuadrangleArea() {
    }

    public static double squareMetres(double lon1, double lat1, double lon2, double lat2) {
        return B * B / 2 * Math.toRadians(lon2 - lon1) * (q(Math.toRadians(lat2)) - q(Math.toRadians(lat1)));
    }

    private static double q(double phi) {
        double s = Math.sin(phi);
        return s / (1 - E * E * s * s) + 1 / (2 * E) * Math.log((1 + E * s) / (1 - E * s));
    }
}
