package com.envgrid.core.grid.location;

import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.GridLevel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.envgrid.core.grid.GridFixture.community;
import static com.envgrid.core.grid.GridFixture.district;
import static com.envgrid.core.grid.GridFixture.lat;
import static com.envgrid.core.grid.GridFixture.lon;
import static com.envgrid.core.grid.GridFixture.park;
import static com.envgrid.core.grid.GridFixture.square;
import static com.envgrid.core.grid.GridFixture.town;
import static com.envgrid.core.grid.GridFixture.wkt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GridLocatorTest {
    /**
     * District 0..20 × 0..10: town A (0..10) split into A1 (south) and A2 (north) with an enclave A3 in a hole
     * of A2 and split into cells A1-1 (west) and A1-2 (east); town B (10..20) whose east half holds park P
     * taking precedence; B1 covers B's west half only.
     */
    private static final GridLocator LOCATOR = new GridLocator(GridLayer.of(List.of(
            district(square(0, 0, 20, 10)),
            town("A", square(0, 0, 10, 10)), town("B", square(10, 0, 20, 10)), park("P", square(15, 0, 20, 10)),
            community("A1", "A", square(0, 0, 10, 5)),
            new Grid("A1-1", "cell", GridLevel.CELL, "A1", wkt(square(0, 0, 5, 5))),
            new Grid("A1-2", "cell", GridLevel.CELL, "A1", wkt(square(5, 0, 10, 5))),
            community("A2", "A", "POLYGON((0 5, 10 5, 10 10, 0 10, 0 5), (4 6, 6 6, 6 8, 4 8, 4 6))"),
            community("A3", "A", square(4, 6, 6, 8)),
            community("B1", "B", square(10, 0, 15, 10))), true));

    private static List<String> chain(double x, double y) {
        return LOCATOR.locate(lon(x), lat(y)).chain().stream().map(Grid::code).toList();
    }

    @Test
    void a_point_inside_a_community_gets_the_whole_chain_deepest_first() {
        assertEquals(List.of("A1-1", "A1", "A", "D"), chain(3, 2));
        assertEquals(List.of("A1-2", "A1", "A", "D"), chain(7, 2));
        assertFalse(LOCATOR.locate(lon(3), lat(2)).onBoundary());
    }

    @Test
    void a_point_in_a_hole_belongs_to_the_enclave_not_the_grid_around_it() {
        assertEquals(List.of("A3", "A", "D"), chain(5, 7));
    }

    @Test
    void a_point_on_a_shared_edge_goes_to_the_smallest_code_and_says_it_was_on_a_boundary() {
        assertEquals(List.of("A1-1", "A1", "A", "D"), chain(3, 5));
        assertTrue(LOCATOR.locate(lon(3), lat(5)).onBoundary());
    }

    @Test
    void a_point_on_the_edge_between_two_towns_goes_to_the_smaller_code() {
        assertEquals(List.of("A1-2", "A1", "A", "D"), chain(10, 2));
    }

    @Test
    void a_point_on_a_vertex_shared_by_four_grids_goes_to_the_smallest_code() {
        assertEquals(List.of("A1-2", "A1", "A", "D"), chain(10, 5));
        assertEquals(List.of("A1-1", "A1", "A", "D"), chain(5, 5));
    }

    @Test
    void a_point_on_an_enclave_boundary_goes_to_the_smaller_code() {
        assertEquals(List.of("A2", "A", "D"), chain(4, 7));
    }

    @Test
    void a_point_in_a_park_inside_a_town_belongs_to_the_park() {
        assertEquals(List.of("P", "D"), chain(17, 5));
    }

    @Test
    void a_point_in_the_town_outside_the_park_belongs_to_the_town() {
        assertEquals(List.of("B1", "B", "D"), chain(12, 5));
    }

    @Test
    void a_point_outside_the_district_is_not_located() {
        assertFalse(LOCATOR.locate(lon(25), lat(5)).found());
        assertFalse(LOCATOR.locate(lon(-0.5), lat(5)).found());
    }

    @Test
    void a_point_in_a_gap_between_first_level_grids_belongs_to_the_district_alone() {
        var locator = new GridLocator(GridLayer.of(List.of(district(square(0, 0, 20, 10)),
                town("A", square(0, 0, 10, 10))), true));
        assertEquals(List.of("D"), locator.locate(lon(15), lat(5)).chain().stream().map(Grid::code).toList());
    }

    @Test
    void a_multi_part_grid_locates_points_in_each_part() {
        var locator = new GridLocator(GridLayer.of(List.of(
                new Grid("M", "multi", com.envgrid.core.grid.GridLevel.TOWN, null,
                        com.envgrid.core.grid.GridFixture.wkt("MULTIPOLYGON(((0 0, 2 0, 2 2, 0 2, 0 0)), ((5 5, 7 5, 7 7, 5 7, 5 5)))"))),
                true));
        assertEquals("M", locator.locate(lon(1), lat(1)).deepest().orElseThrow().code());
        assertEquals("M", locator.locate(lon(6), lat(6)).deepest().orElseThrow().code());
        assertFalse(locator.locate(lon(3.5), lat(3.5)).found());
    }

    /**
     * Layers that break the rules a leaf's ready answer relies on, where the descent must decide as it always did:
     * towns T1 (0..10) and T2 (8..20) overlap; T1's community C2 (5..12) sticks out of T1 into T2; T2's one
     * community C3 covers its south half only.
     */
    private static final GridLocator IRREGULAR = new GridLocator(GridLayer.of(List.of(
            district(square(0, 0, 20, 10)),
            town("T1", square(0, 0, 10, 10)), town("T2", square(8, 0, 20, 10)),
            community("C1", "T1", square(0, 0, 5, 10)), community("C2", "T1", square(5, 0, 12, 10)),
            community("C3", "T2", square(8, 0, 20, 5))), true));

    private static List<String> irregular(double x, double y) {
        return IRREGULAR.locate(lon(x), lat(y)).chain().stream().map(Grid::code).toList();
    }

    @Test
    void in_an_overlap_of_two_towns_the_smaller_code_and_then_its_child_win() {
        assertEquals(List.of("C2", "T1", "D"), irregular(9, 2));
        assertEquals(List.of("C1", "T1", "D"), irregular(3, 7));
    }

    @Test
    void the_part_of_a_child_outside_its_parent_belongs_to_the_grids_around_it() {
        assertEquals(List.of("C3", "T2", "D"), irregular(11, 2));
        assertEquals(List.of("T2", "D"), irregular(11, 7));
    }

    @Test
    void a_point_in_a_town_that_no_child_covers_belongs_to_the_town() {
        assertEquals(List.of("T2", "D"), irregular(15, 7));
        assertFalse(IRREGULAR.locate(lon(15), lat(7)).onBoundary());
    }
}
