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
import static com.envgrid.core.grid.GridFixture.topTown;
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
    void a_cell_directly_in_the_district_is_refused() {
        var e = assertThrows(InvalidInput.class, () -> GridLayer.of(List.of(district(square(0, 0, 10, 10)),
                new Grid("C", "c", GridLevel.CELL, "D", wkt(square(0, 0, 1, 1)))), true));
        assertTrue(e.problems().get(0).message().contains("cannot lie in D"), e.problems().toString());
    }

    @Test
    void a_community_inside_a_community_is_refused() {
        var e = assertThrows(InvalidInput.class, () -> GridLayer.of(List.of(topTown("A", square(0, 0, 10, 10)),
                community("A1", "A", square(0, 0, 10, 10)), community("A11", "A1", square(0, 0, 5, 5))), true));
        assertTrue(e.problems().get(0).message().contains("cannot lie in A1"), e.problems().toString());
    }

    @Test
    void cells_inside_communities_are_a_third_tier() {
        var layer = GridLayer.of(List.of(district(square(0, 0, 10, 10)), town("A", square(0, 0, 10, 10)),
                community("A1", "A", square(0, 0, 10, 10)),
                new Grid("A1-1", "cell", GridLevel.CELL, "A1", wkt(square(0, 0, 10, 10)))), true);
        assertEquals(3, layer.tierOf(layer.find("A1-1").orElseThrow()));
        assertEquals(List.of("A1-1"), layer.tier(3).stream().map(Grid::code).toList());
    }

    @Test
    void a_grid_below_the_first_level_needs_a_parent() {
        var e = assertThrows(InvalidInput.class, () -> GridLayer.of(List.of(
                new Grid("C", "c", GridLevel.CELL, null, wkt(square(0, 0, 1, 1)))), true));
        assertTrue(e.problems().get(0).message().contains("needs a parent"), e.problems().toString());
        assertEquals("/grids/C", e.problems().get(0).pointer());
    }
}
