package com.envgrid.core.inspection;

import com.envgrid.core.inspection.LocationCheck.Verdict;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

import static com.envgrid.core.grid.GridFixture.lat;
import static com.envgrid.core.grid.GridFixture.lon;
import static com.envgrid.core.grid.GridFixture.square;
import static com.envgrid.core.grid.GridFixture.wkt;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Units of 0.001° near lon 120, lat 30: a grid of about 965 m × 1,109 m, its source near its east edge. */
class LocationVerdictTest {
    private static final Geometry GRID = wkt(square(0, 0, 10, 10));
    private static final LocationSettings SETTINGS = LocationSettings.DEFAULT;

    private static Verdict verdict(double x, double y) {
        Verdict inGrid = LocationCheck.againstGrid(GRID, lon(x), lat(y), 10, SETTINGS.minGridToleranceM());
        Verdict atSource = LocationCheck.againstPoint(lon(9.5), lat(5), lon(x), lat(y), 10, SETTINGS.pointSourceM());
        return LocationVerdict.worseOf(inGrid, atSource);
    }

    @Test
    void a_fix_at_the_source_inside_its_grid_is_plausible() {
        assertTrue(verdict(9.4, 5).plausible());
    }

    @Test
    void a_fix_inside_the_grid_but_far_from_the_source_is_flagged_for_the_source() {
        Verdict v = verdict(1, 5);
        assertFalse(v.plausible());
        assertTrue(v.reason().contains("from the source"), v.reason());
    }

    @Test
    void a_fix_outside_the_grid_is_flagged_for_the_grid_even_near_the_source() {
        // 1.5 units (about 145 m) east of the grid: within the source's 200 m, beyond the grid's 50 m
        Verdict v = verdict(11.5, 5);
        assertFalse(v.plausible());
        assertTrue(v.reason().contains("outside the grid"), v.reason());
    }

    @Test
    void when_both_checks_pass_the_targets_verdict_is_kept() {
        Verdict inGrid = new Verdict(true, 0, "inside the grid");
        Verdict atTarget = new Verdict(true, 12, "12 m from the source");
        assertSame(atTarget, LocationVerdict.worseOf(inGrid, atTarget));
    }
}
