package com.envgrid.core.geo;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AreasTest {
    @Test
    void a_district_sized_quadrangle_matches_the_geodesic_reference_within_a_tenth_of_a_percent() throws Exception {
        var quad = new WKTReader().read("POLYGON((120.2 31.4, 120.45 31.4, 120.45 31.6, 120.2 31.6, 120.2 31.4))");
        double reference = QuadrangleArea.squareMetres(120.2, 31.4, 120.45, 31.6);
        assertEquals(reference, Areas.squareMetres(quad), reference * 0.001);
    }

    @Test
    void a_one_degree_cell_far_north_matches_the_geodesic_reference_within_half_a_percent() throws Exception {
        var cell = new WKTReader().read("POLYGON((125 52, 126 52, 126 53, 125 53, 125 52))");
        double reference = QuadrangleArea.squareMetres(125, 52, 126, 53);
        assertEquals(reference, Areas.squareMetres(cell), reference * 0.005);
    }

    @Test
    void a_polygon_with_a_hole_loses_the_area_of_the_hole() throws Exception {
        var holed = new WKTReader().read("POLYGON((120 30, 120.1 30, 120.1 30.1, 120 30.1, 120 30),"
                + " (120.02 30.02, 120.02 30.08, 120.08 30.08, 120.08 30.02, 120.02 30.02))");
        double expected = QuadrangleArea.squareMetres(120, 30, 120.1, 30.1) - QuadrangleArea.squareMetres(120.02, 30.02, 120.08, 30.08);
        assertEquals(expected, Areas.squareMetres(holed), expected * 0.001);
    }

    @Test
    void an_empty_geometry_has_no_area() throws Exception {
        assertEquals(0, Areas.squareMetres(new WKTReader().read("POLYGON EMPTY")));
    }
}
