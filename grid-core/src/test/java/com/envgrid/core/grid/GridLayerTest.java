package com.envgrid.core.grid;

import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.geo.Areas;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.envgrid.core.grid.GridFixture.community;
import static com.envgrid.core.grid.GridFixture.district;
import static com.envgrid.core.grid.GridFixture.park;
import static com.envgrid.core.grid.GridFixture.square;
import static com.envgrid.core.grid.GridFixture.town;
import static com.envgrid.core.grid.GridFixture.wkt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GridLayerTest {
    @Test
    void a_town_around_a_park_that_takes_precedence_has_the_park_as_a_hole() {
        var layer = GridLayer.of(List.of(district(square(0, 0, 10, 10)), town("A", square(0, 0, 10, 10)),
                park("P", square(2, 2, 4, 4))), true);
        var expected = wkt("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))");
        assertTrue(expected.norm().equalsExact(layer.effectiveGeometry("A").norm(), 1e-9));
        double whole = Areas.squareKilometres(wkt(square(0, 0, 10, 10)));
        assertEquals(whole, layer.areaKm2("A") + layer.areaKm2("P"), whole * 1e-9);
    }

    @Test
    void without_precedence_town_and_park_both_keep_their_whole_area() {
        var layer = GridLayer.of(List.of(district(square(0, 0, 10, 10)), town("A", square(0, 0, 10, 10)), park("P", square(2, 2, 4, 4))), false);
        assertEquals(Areas.squareKilometres(wkt(square(0, 0, 10, 10))), layer.areaKm2("A"), 1e-12);
    }

    @Test
    void a_parent_that_does_not_exist_is_refused() {
        var e = assertThrows(InvalidInput.class,
                () -> GridLayer.of(List.of(community("A1", "NOPE", square(0, 0, 1, 1))), true));
        assertTrue(e.problems().get(0).message().contains("parent NOPE"), e.problems().toString());
    }

    @Test
    void a_parent_two_levels_up_is_refused() {
        var e = assertThrows(InvalidInput.class, () -> GridLayer.of(List.of(district(square(0, 0, 10, 10)),
                new Grid("C", "c", GridLevel.CELL, "D", wkt(square(0, 0, 1, 1)))), true));
        assertTrue(e.problems().get(0).message().contains("exactly one level up"), e.problems().toString());
    }

    @Test
    void a_second_level_grid_needs_a_parent() {
        var e = assertThrows(InvalidInput.class, () -> GridLayer.of(List.of(
                new Grid("C", "c", GridLevel.CELL, null, wkt(square(0, 0, 1, 1)))), true));
        assertEquals("/grids/C", e.problems().get(0).pointer());
    }
}
