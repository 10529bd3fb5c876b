package com.envgrid.core.geo;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AreasTest {
    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257223563;
    private static final double B = A * (1 - F);
    private static final double E = Math.sqrt(1 - (B * B) / (A * A));

    /** Closed-form ellipsoidal area of a lon/lat quadrangle: (b²/2)·Δλ·[q(φ2) − q(φ1)] with the authalic q. */
    private static double quadrangleArea(double lon1, double lat1, double lon2, double lat2) {
        return B * B / 2 * Math.toRadians(lon2 - lon1) * (q(Math.toRadians(lat2)) - q(Math.toRadians(lat1)));
    }

    private static double q(double phi) {
        double s = Math.sin(phi);
        return s / (1 - E * E * s * s) + 1 / (2 * E) * Math.log((1 + E * s) / (1 - E * s));
    }

    @Test
    void a_district_sized_quadrangle_matches_the_geodesic_reference_within_a_tenth_of_a_percent() throws Exception {
        var quad = new WKTReader().read("POLYGON((120.2 31.4, 120.45 31.4, 120.45 31.6, 120.2 31.6, 120.2 31.4))");
        double reference = quadrangleArea(120.2, 31.4, 120.45, 31.6);
        assertEquals(reference, Areas.squareMetres(quad), reference * 0.001);
    }

    @Test
    void a_one_degree_cell_far_north_matches_the_geodesic_reference_within_half_a_percent() throws Exception {
        var cell = new WKTReader().read("POLYGON((125 52, 126 52, 126 53, 125 53, 125 52))");
        double reference = quadrangleArea(125, 52, 126, 53);
        assertEquals(reference, Areas.squareMetres(cell), reference * 0.005);
    }

    @Test
    void a_polygon_with_a_hole_loses_the_area_of_the_hole() throws Exception {
        var holed = new WKTReader().read("POLYGON((120 30, 120.1 30, 120.1 30.1, 120 30.1, 120 30),"
                + " (120.02 30.02, 120.02 30.08, 120.08 30.08, 120.08 30.02, 120.02 30.02))");
        double expected = quadrangleArea(120, 30, 120.1, 30.1) - quadrangleArea(120.02, 30.02, 120.08, 30.08);
        assertEquals(expected, Areas.squareMetres(holed), expected * 0.001);
    }

    @Test
    void an_empty_geometry_has_no_area() throws Exception {
        assertEquals(0, Areas.squareMetres(new WKTReader().read("POLYGON EMPTY")));
    }
}
