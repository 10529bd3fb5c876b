package com.envgrid.api.grid;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.envgrid.api.grid.GridFiles.lat;
import static com.envgrid.api.grid.GridFiles.lon;
import static com.envgrid.api.grid.GridFiles.smallDistrict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class GridLocateTest extends ApiTestBase {
    ApiClient api;

    @BeforeEach
    void smallDistrictStored() {
        api = ApiClient.asAdmin(http);
        emptyLayer.holdOnly(api, smallDistrict().json());
    }

    private ApiClient.Answer locate(double x, double y) {
        return api.get("/api/grids/locate?lon=" + lon(x) + "&lat=" + lat(y));
    }

    private List<String> chain(double x, double y) {
        List<String> codes = new ArrayList<>();
        locate(x, y).json().get("grids").forEach(g -> codes.add(g.get("code").asText()));
        return codes;
    }

    @Test
    void a_point_in_a_community_is_located_with_its_whole_chain_deepest_first() {
        assertEquals(List.of("A1", "A", "D"), chain(3, 2));
        assertFalse(locate(3, 2).json().get("on_boundary").asBoolean());
    }

    @Test
    void a_point_on_the_edge_between_two_communities_goes_to_the_smaller_code() {
        assertEquals(List.of("A1", "A", "D"), chain(3, 5));
        assertTrue(locate(3, 5).json().get("on_boundary").asBoolean());
    }

    @Test
    void a_point_in_a_town_without_communities_stops_at_the_town() {
        assertEquals(List.of("B", "D"), chain(15, 5));
    }

    @Test
    void a_point_outside_the_district_is_a_404_problem() {
        var answer = locate(25, 5);
        assertEquals(404, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertTrue(answer.json().get("detail").asText().contains("outside the district"));
    }

    @Test
    void out_of_range_and_swapped_coordinates_are_a_400_problem() {
        var swapped = api.get("/api/grids/locate?lon=30.005&lat=120.003");
        assertEquals(400, swapped.status());
        assertTrue(swapped.json().get("errors").get(0).get("message").asText().contains("swapped"));
        assertEquals(400, api.get("/api/grids/locate?lon=abc&lat=30").status());
        assertEquals(400, api.get("/api/grids/locate?lon=120").status());
    }

    @Test
    void an_import_that_moves_a_boundary_changes_where_points_are_located() {
        String moved = GridFiles.file()
                .grid("A1", "community", "A", GridFiles.square(0, 0, 10, 3))
                .grid("A2", "community", "A", GridFiles.square(0, 3, 10, 10)).json();
        assertEquals(201, api.post("/api/grids/import", moved).status());
        assertEquals(List.of("A2", "A", "D"), chain(3, 4));
    }
}
