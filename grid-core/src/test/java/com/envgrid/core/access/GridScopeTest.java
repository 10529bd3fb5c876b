package com.envgrid.core.access;

import com.envgrid.core.grid.GridFixture;
import com.envgrid.core.grid.GridLayer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.envgrid.core.grid.GridFixture.community;
import static com.envgrid.core.grid.GridFixture.district;
import static com.envgrid.core.grid.GridFixture.square;
import static com.envgrid.core.grid.GridFixture.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GridScopeTest {
    static final GridLayer LAYER = GridLayer.of(List.of(district(square(0, 0, 20, 10)),
            town("A", square(0, 0, 10, 10)), town("B", square(10, 0, 20, 10)),
            community("A1", "A", square(0, 0, 10, 5)), community("A2", "A", square(0, 5, 10, 10)),
            community("B1", "B", square(10, 0, 20, 10))), true);
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    static Assignment assigned(String grid, Post post) {
        return new Assignment(1, 1, grid, post, DAY.minusDays(10), null);
    }

    @Test
    void a_chief_reads_and_writes_their_town_and_everything_in_it_and_nothing_else() {
        var scope = GridScope.of(Role.CHIEF, List.of(assigned("A", Post.CHIEF)), LAYER);
        assertTrue(scope.canRead("A") && scope.canRead("A1") && scope.canWrite("A2"));
        assertFalse(scope.canRead("B") || scope.canRead("B1") || scope.canRead("D") || scope.canWrite("B1"));
    }

    @Test
    void a_supervisor_reaches_only_the_grids_they_supervise() {
        var scope = GridScope.of(Role.SUPERVISOR, List.of(assigned("A1", Post.SUPERVISOR)), LAYER);
        assertTrue(scope.canRead("A1") && scope.canWrite("A1"));
        assertFalse(scope.canRead("A") || scope.canRead("A2") || scope.canWrite("B1"));
    }

    @Test
    void a_viewer_reads_everything_and_writes_nothing() {
        var scope = GridScope.of(Role.VIEWER, List.of(), LAYER);
        assertTrue(scope.canRead("D") && scope.canRead("B1"));
        assertFalse(scope.canWrite("A1"));
    }

    @Test
    void an_administrator_reads_and_writes_everything() {
        var scope = GridScope.of(Role.ADMIN, List.of(), LAYER);
        assertTrue(scope.canWrite("D") && scope.canWrite("B1"));
    }

    static final GridLayer CITY = GridFixture.cityOfTwoDistricts();

    @Test
    void a_district_administrator_administers_their_district_only_and_a_city_administrator_every_district() {
        var district = GridScope.of(Role.ADMIN, "D2", List.of(), CITY);
        assertTrue(district.canWrite("D2") && district.canWrite("B1") && district.administers("B"));
        assertFalse(district.canRead("A") || district.canWrite("D1") || district.administers("A"));
        assertFalse(district.readsEverything() || district.administersCity());
        assertEquals("D2", district.district().orElseThrow());

        var city = GridScope.of(Role.ADMIN, List.of(), CITY);
        assertTrue(city.readsEverything() && city.administersCity() && city.administers("A") && city.canWrite("B1"));
    }

    @Test
    void a_district_viewer_reads_their_district_only_and_a_district_binding_means_nothing_to_grid_staff() {
        var viewer = GridScope.of(Role.VIEWER, "D1", List.of(), CITY);
        assertTrue(viewer.canRead("A") && viewer.canRead("D1"));
        assertFalse(viewer.canRead("B") || viewer.canWrite("A") || viewer.readsEverything());

        var supervisor = GridScope.of(Role.SUPERVISOR, "D1", List.of(assigned("B1", Post.SUPERVISOR)), CITY);
        assertTrue(supervisor.canWrite("B1") && supervisor.district().isEmpty());
        assertFalse(supervisor.canRead("A"));
    }

    @Test
    void a_post_that_does_not_match_the_role_reaches_nothing() {
        var scope = GridScope.of(Role.SUPERVISOR, List.of(assigned("A", Post.CHIEF)), LAYER);
        assertEquals(0, scope.reachableGrids().size());
    }

    @Test
    void an_assignment_is_active_from_its_start_up_to_but_not_including_its_end() {
        var a = new Assignment(1, 1, "A1", Post.SUPERVISOR, DAY, DAY.plusDays(3));
        assertFalse(a.activeOn(DAY.minusDays(1)));
        assertTrue(a.activeOn(DAY) && a.activeOn(DAY.plusDays(2)));
        assertFalse(a.activeOn(DAY.plusDays(3)));
    }
}
