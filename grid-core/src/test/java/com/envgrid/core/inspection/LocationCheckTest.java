package com.envgrid.core.inspection;

import com.envgrid.core.inspection.LocationCheck.Verdict;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

import java.util.Map;

import static com.envgrid.core.grid.GridFixture.lat;
import static com.envgrid.core.grid.GridFixture.lon;
import static com.envgrid.core.grid.GridFixture.square;
import static com.envgrid.core.grid.GridFixture.wkt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Units of 0.001° near lon 120, lat 30 ({@link com.envgrid.core.grid.GridFixture}): one unit east is 96.5 m, one
 * unit north 110.9 m.
 */
class LocationCheckTest {
    private static final double METRES_PER_UNIT_EAST = 96.49;
    private static final double MIN_TOLERANCE = LocationSettings.DEFAULT.minGridToleranceM();

    /** A grid of 10 × 10 units (about 965 m × 1,109 m). */
    private static final Geometry GRID = wkt(square(0, 0, 10, 10));
    /** The same grid with an enclave of 2 × 2 units in its middle, which belongs to another grid. */
    private static final Geometry GRID_WITH_ENCLAVE =
            wkt("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))");
    private static final Geometry RIVER = wkt("LINESTRING(0 0, 10 0, 20 5)");

    private static Verdict inGrid(Geometry grid, double x, double y, double accuracyM) {
        return LocationCheck.againstGrid(grid, lon(x), lat(y), accuracyM, MIN_TOLERANCE);
    }

    private static Verdict nearSource(double x, double y, double accuracyM) {
        return LocationCheck.againstPoint(lon(5), lat(5), lon(x), lat(y), accuracyM,
                LocationSettings.DEFAULT.pointSourceM());
    }

    private static Verdict nearRiver(double x, double y, double accuracyM) {
        return LocationCheck.againstLine(RIVER, lon(x), lat(y), accuracyM, LocationSettings.DEFAULT.riverM());
    }

    @Test
    void a_fix_inside_the_grid_is_plausible_at_distance_zero() {
        assertEquals(new Verdict(true, 0, "inside the grid"), inGrid(GRID, 5, 5, 10));
    }

    @Test
    void a_fix_on_the_boundary_is_inside() {
        assertEquals(new Verdict(true, 0, "inside the grid"), inGrid(GRID, 10, 5, 0));
    }

    @Test
    void a_fix_just_outside_within_the_minimum_tolerance_is_plausible() {
        Verdict v = inGrid(GRID, 10.3, 5, 10);
        assertTrue(v.plausible());
        assertEquals(0.3 * METRES_PER_UNIT_EAST, v.distanceM(), 0.5);
        assertEquals("29 m outside the grid's boundary, within the 50 m tolerance", v.reason());
    }

    @Test
    void a_fix_just_outside_within_its_stated_accuracy_is_plausible() {
        Verdict v = inGrid(GRID, 10.8, 5, 100);
        assertTrue(v.plausible());
        assertEquals("77 m outside the grid's boundary, within the 100 m tolerance (the fix's stated accuracy)",
                v.reason());
    }

    @Test
    void a_fix_just_outside_beyond_its_accuracy_and_the_minimum_tolerance_is_flagged() {
        Verdict v = inGrid(GRID, 10.8, 5, 20);
        assertFalse(v.plausible());
        assertEquals(0.8 * METRES_PER_UNIT_EAST, v.distanceM(), 0.5);
        assertEquals("77 m outside the grid's boundary, beyond the 50 m tolerance", v.reason());
    }

    @Test
    void a_fix_far_outside_is_flagged_with_its_distance_in_metres() {
        Verdict v = inGrid(GRID, 30, 5, 15);
        assertFalse(v.plausible());
        assertEquals(20 * METRES_PER_UNIT_EAST, v.distanceM(), 1);
        assertEquals("1,930 m outside the grid's boundary, beyond the 50 m tolerance", v.reason());
    }

    @Test
    void a_fix_in_an_enclave_is_outside_the_grid_around_it() {
        Verdict v = inGrid(GRID_WITH_ENCLAVE, 5, 5, 10);
        assertFalse(v.plausible());
        assertEquals(METRES_PER_UNIT_EAST, v.distanceM(), 0.5);
    }

    @Test
    void a_fix_near_a_point_source_is_plausible_and_a_far_one_flagged() {
        Verdict near = nearSource(6, 5, 10);
        assertTrue(near.plausible());
        assertEquals(METRES_PER_UNIT_EAST, near.distanceM(), 0.5);
        assertEquals("96 m from the source, within the 200 m allowed plus the fix's 10 m accuracy", near.reason());

        Verdict far = nearSource(8, 5, 30);
        assertFalse(far.plausible());
        assertEquals("289 m from the source, beyond the 200 m allowed plus the fix's 30 m accuracy", far.reason());
    }

    @Test
    void each_verdict_has_the_code_the_field_page_says_it_by_with_the_metres_it_may_be_away() {
        assertEquals(Map.entry(LocationCode.INSIDE_GRID, Map.of()), LocationCode.of(inGrid(GRID, 5, 5, 10).reason()));
        assertEquals(Map.entry(LocationCode.NEAR_GRID, Map.of("limit_m", 50L)),
                LocationCode.of(inGrid(GRID, 10.3, 5, 0).reason()));
        assertEquals(Map.entry(LocationCode.OUTSIDE_GRID, Map.of("limit_m", 50L)),
                LocationCode.of(inGrid(GRID, 30, 5, 0).reason()));
        assertEquals(Map.entry(LocationCode.NEAR_SOURCE, Map.of("limit_m", 210L)),
                LocationCode.of(nearSource(6, 5, 10).reason()));
        assertEquals(Map.entry(LocationCode.FAR_FROM_SOURCE, Map.of("limit_m", 200L)),
                LocationCode.of(nearSource(8, 5, 0).reason()));
        assertEquals(LocationCode.NEAR_RIVER, LocationCode.of(nearRiver(5, 0.5, 10).reason()).getKey());
        assertEquals(LocationCode.FAR_FROM_RIVER, LocationCode.of(nearRiver(5, 3, 10).reason()).getKey());
        assertEquals(LocationCode.OTHER, LocationCode.of("somewhere").getKey());
    }

    @Test
    void a_poor_accuracy_widens_the_distance_allowed_from_a_point_source() {
        assertTrue(nearSource(8, 5, 100).plausible());
    }

    @Test
    void a_fix_without_a_stated_accuracy_gets_the_allowed_distance_only() {
        assertEquals("96 m from the source, within the 200 m allowed", nearSource(6, 5, 0).reason());
    }

    @Test
    void a_fix_on_the_bank_of_a_river_segment_is_plausible_and_one_inland_flagged() {
        Verdict bank = nearRiver(5, 0.5, 10);
        assertTrue(bank.plausible());
        assertEquals(0.5 * 110.9, bank.distanceM(), 0.5);
        assertTrue(bank.reason().startsWith("55 m from the river segment's course, within the 100 m allowed"),
                bank.reason());

        Verdict inland = nearRiver(5, 3, 10);
        assertFalse(inland.plausible());
        assertTrue(inland.reason().startsWith("333 m from the river segment's course, beyond"), inland.reason());
    }

    @Test
    void a_fix_beyond_the_end_of_a_river_segment_is_measured_to_its_end() {
        Verdict v = nearRiver(21, 5, 0);
        assertTrue(v.plausible());
        assertEquals(METRES_PER_UNIT_EAST, v.distanceM(), 0.5);
    }

    @Test
    void a_gcj02_fix_converted_first_lands_inside_where_its_wgs84_position_is() {
        double[] gcj = Gcj02.fromWgs84(lon(9), lat(5));
        // Taken as WGS84, the phone's GCJ-02 coordinates lie some 350 m east of the grid.
        assertFalse(LocationCheck.againstGrid(GRID, gcj[0], gcj[1], 10, MIN_TOLERANCE).plausible());

        double[] wgs = FixCrs.parse("gcj-02").orElseThrow().toWgs84(gcj[0], gcj[1]);
        assertEquals(new Verdict(true, 0, "inside the grid"),
                LocationCheck.againstGrid(GRID, wgs[0], wgs[1], 10, MIN_TOLERANCE));
    }

    @Test
    void swapped_or_missing_coordinates_are_refused_not_measured() {
        assertThrows(IllegalArgumentException.class,
                () -> LocationCheck.againstGrid(GRID, 30.005, 120.005, 10, MIN_TOLERANCE));
        assertThrows(IllegalArgumentException.class,
                () -> LocationCheck.againstGrid(GRID, Double.NaN, 30, 10, MIN_TOLERANCE));
        assertThrows(IllegalArgumentException.class, () -> inGrid(GRID, 5, 5, -1));
        assertThrows(IllegalArgumentException.class, () -> inGrid(GRID, 5, 5, Double.NaN));
    }

    @Test
    void the_wrong_kind_of_geometry_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> inGrid(RIVER, 5, 5, 10));
        assertThrows(IllegalArgumentException.class, () -> inGrid(wkt("POLYGON EMPTY"), 5, 5, 10));
        assertThrows(IllegalArgumentException.class,
                () -> LocationCheck.againstLine(GRID, lon(5), lat(5), 10, 100));
    }

    @Test
    void settings_default_to_50_200_and_100_metres_and_refuse_negative_distances() {
        assertEquals(new LocationSettings(50, 200, 100), LocationSettings.DEFAULT);
        assertThrows(IllegalArgumentException.class, () -> new LocationSettings(-1, 200, 100));
        assertThrows(IllegalArgumentException.class, () -> new LocationSettings(50, Double.POSITIVE_INFINITY, 100));
    }
}
