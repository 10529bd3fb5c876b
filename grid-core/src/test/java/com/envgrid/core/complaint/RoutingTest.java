package com.envgrid.core.complaint;

import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.location.GridLocator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static com.envgrid.core.grid.GridFixture.community;
import static com.envgrid.core.grid.GridFixture.district;
import static com.envgrid.core.grid.GridFixture.lat;
import static com.envgrid.core.grid.GridFixture.lon;
import static com.envgrid.core.grid.GridFixture.park;
import static com.envgrid.core.grid.GridFixture.square;
import static com.envgrid.core.grid.GridFixture.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One unit of the fixture is 0.001°: about 96 m east–west and 111 m north–south here, so 0.2 units east is about
 * 19 m and 0.18 units north about 20 m.
 */
class RoutingTest {
    /**
     * District 0..20 × 0..10: town A (0..10) split into A1 (south) and A2 (north) with an enclave A3 in a hole of
     * A2; town B (10..20) whose east half is park P, taking precedence; B1 covers B's west half.
     */
    private static final GridLayer LAYER = GridLayer.of(List.of(
            district(square(0, 0, 20, 10)),
            town("A", square(0, 0, 10, 10)), town("B", square(10, 0, 20, 10)), park("P", square(15, 0, 20, 10)),
            community("A1", "A", square(0, 0, 10, 5)),
            community("A2", "A", "POLYGON((0 5, 10 5, 10 10, 0 10, 0 5), (4 6, 6 6, 6 8, 4 8, 4 6))"),
            community("A3", "A", square(4, 6, 6, 8)),
            community("B1", "B", square(10, 0, 15, 10))), true);
    private static final GridLocator LOCATOR = new GridLocator(LAYER);
    private static final Routing ROUTING = new Routing(LAYER);

    private static Optional<Routing.Route> route(Routing routing, double x, double y) {
        return routing.route(LOCATOR.locate(lon(x), lat(y)), lon(x), lat(y));
    }

    private static Routing.Route routed(double x, double y) {
        return route(ROUTING, x, y).orElseThrow();
    }

    @Test
    void a_complaint_well_inside_a_community_goes_to_it_alone() {
        assertEquals(new Routing.Route("A1", false, List.of()), routed(2.5, 2.5));
        double metres = Routing.distanceToOtherGrids(LAYER, "A1", lon(2.5), lat(2.5));
        assertTrue(metres > 270 && metres < 285, "2.5 units north to A2, about 277 m: " + metres);
    }

    @Test
    void a_complaint_20_m_from_the_edge_between_two_towns_is_near_the_boundary_and_shown_to_the_neighbour() {
        assertEquals(new Routing.Route("A1", true, List.of("B1")), routed(9.8, 2.5));
        double metres = Routing.distanceToOtherGrids(LAYER, "A1", lon(9.8), lat(2.5));
        assertTrue(metres > 18.5 && metres < 20, "0.2 units west of B1, about 19.3 m: " + metres);
        assertEquals(new Routing.Route("B1", true, List.of("A1")), routed(10.2, 2.5));
    }

    @Test
    void a_complaint_20_m_from_the_edge_between_two_communities_is_shown_to_the_other_community() {
        assertEquals(new Routing.Route("A1", true, List.of("A2")), routed(2.5, 4.82));
        assertEquals(new Routing.Route("A2", true, List.of("A1")), routed(2.5, 5.18));
    }

    @Test
    void a_complaint_near_a_corner_is_shown_to_every_neighbour_within_the_distance_nearest_first() {
        assertEquals(new Routing.Route("A1", true, List.of("B1", "A2")), routed(9.8, 4.82));
    }

    @Test
    void a_complaint_on_a_river_running_through_several_grids_is_shown_to_all_of_them() throws Exception {
        // a river along y = 2.5 from A1 into B1 and the park: a pin 10 m off it, deep inside A1
        var course = new org.locationtech.jts.io.WKTReader().read("LINESTRING(" + lon(1) + " " + lat(2.5) + ", "
                + lon(19) + " " + lat(2.5) + ")");
        var river = new Routing.River(course, List.of("A1", "B1", "P"));
        GridLocator.Located at = LOCATOR.locate(lon(3), lat(2.59));
        assertEquals(new Routing.Route("A1", true, List.of("B1", "P")),
                ROUTING.route(at, lon(3), lat(2.59), List.of(river)).orElseThrow());
        GridLocator.Located away = LOCATOR.locate(lon(3), lat(3.5));
        assertEquals(new Routing.Route("A1", false, List.of()),
                ROUTING.route(away, lon(3), lat(3.5), List.of(river)).orElseThrow(), "111 m from the river");
        var withinOneGrid = new Routing.River(course, List.of("A1"));
        assertEquals(new Routing.Route("A1", false, List.of()),
                ROUTING.route(at, lon(3), lat(2.59), List.of(withinOneGrid)).orElseThrow());
    }

    @Test
    void a_complaint_60_m_from_an_edge_is_not_near_it() {
        assertEquals(new Routing.Route("A1", false, List.of()), routed(9.4, 2.5));
    }

    @Test
    void a_complaint_on_a_shared_edge_is_routed_to_the_smaller_code_and_shown_to_the_other_side() {
        assertEquals(new Routing.Route("A1", true, List.of("B1")), routed(10, 2.5));
        assertEquals(0, Routing.distanceToOtherGrids(LAYER, "A1", lon(10), lat(2.5)), 1e-6);
    }

    @Test
    void a_complaint_in_an_enclave_goes_to_the_enclave_and_near_its_edge_also_to_the_grid_around_it() {
        assertEquals(new Routing.Route("A3", false, List.of()), routed(5, 7));
        assertEquals(new Routing.Route("A3", true, List.of("A2")), routed(4.2, 7));
        assertEquals(new Routing.Route("A2", true, List.of("A3")), routed(3.8, 7));
    }

    @Test
    void a_complaint_in_a_park_near_its_town_is_shown_to_the_towns_community_not_the_town() {
        assertEquals(new Routing.Route("P", true, List.of("B1")), routed(15.2, 5));
        assertEquals(new Routing.Route("P", false, List.of()), routed(17.5, 5));
    }

    @Test
    void the_district_boundary_borders_no_grid() {
        assertEquals(new Routing.Route("A1", false, List.of()), routed(0.1, 2.5));
    }

    @Test
    void a_complaint_outside_the_district_is_not_routable() {
        assertEquals(Optional.empty(), route(ROUTING, 25, 5));
        assertEquals(Optional.empty(), route(ROUTING, 10, -0.1));
    }

    @Test
    void a_complaint_in_a_gap_goes_to_the_district_and_near_a_grid_is_shown_to_it() {
        GridLayer withGap = GridLayer.of(List.of(district(square(0, 0, 10, 10)), town("T", square(0, 0, 10, 8))),
                true);
        GridLocator locator = new GridLocator(withGap);
        Routing routing = new Routing(withGap);
        assertEquals(Optional.of(new Routing.Route("D", false, List.of())),
                routing.route(locator.locate(lon(5), lat(9.5)), lon(5), lat(9.5)));
        assertEquals(Optional.of(new Routing.Route("D", true, List.of("T"))),
                routing.route(locator.locate(lon(5), lat(8.15)), lon(5), lat(8.15)));
    }

    @Test
    void the_near_boundary_distance_is_configurable() {
        Routing tight = new Routing(LAYER, 10);
        assertEquals(Optional.of(new Routing.Route("A1", false, List.of())), route(tight, 9.8, 2.5));
        Routing wide = new Routing(LAYER, 100);
        assertEquals(Optional.of(new Routing.Route("A1", true, List.of("B1"))), route(wide, 9.4, 2.5));
        Routing boundaryOnly = new Routing(LAYER, 0);
        assertEquals(Optional.of(new Routing.Route("A1", true, List.of("B1"))), route(boundaryOnly, 10, 2.5));
        assertThrows(IllegalArgumentException.class, () -> new Routing(LAYER, -1));
        assertThrows(IllegalArgumentException.class, () -> new Routing(LAYER, Double.NaN));
    }

    @Test
    void the_distance_to_other_grids_of_a_grid_the_layer_lacks_is_a_mistake_of_the_caller() {
        assertThrows(IllegalArgumentException.class, () -> Routing.distanceToOtherGrids(LAYER, "Z", lon(1), lat(1)));
    }
}
