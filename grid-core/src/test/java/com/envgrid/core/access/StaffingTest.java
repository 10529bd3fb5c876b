package com.envgrid.core.access;

import com.envgrid.core.grid.Grid;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.envgrid.core.access.GridScopeTest.LAYER;
import static com.envgrid.core.access.GridScopeTest.assigned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffingTest {
    private static List<String> unstaffed(Assignment... assignments) {
        return new Staffing(LAYER, List.of(assignments)).unstaffedLeaves().stream().map(Grid::code).toList();
    }

    @Test
    void with_nobody_assigned_every_leaf_grid_is_unstaffed() {
        assertEquals(List.of("A1", "A2", "B1"), unstaffed());
    }

    @Test
    void a_supervisor_of_a_town_covers_its_communities() {
        assertEquals(List.of("B1"), unstaffed(assigned("A", Post.SUPERVISOR)));
    }

    @Test
    void a_chief_does_not_count_as_a_supervisor() {
        assertEquals(List.of("A1", "A2", "B1"), unstaffed(assigned("A", Post.CHIEF)));
    }

    @Test
    void a_town_is_staffed_when_every_community_in_it_is() {
        var staffing = new Staffing(LAYER, List.of(assigned("A1", Post.SUPERVISOR), assigned("A2", Post.SUPERVISOR)));
        assertTrue(staffing.staffed(LAYER.find("A").orElseThrow()));
        assertFalse(staffing.staffed(LAYER.find("B").orElseThrow()));
        assertEquals(1, staffing.supervisorsOf(LAYER.find("A1").orElseThrow()));
    }

    @Test
    void a_town_with_one_community_staffed_has_someone_responsible_and_one_unstaffed_child() {
        var staffing = new Staffing(LAYER, List.of(assigned("A1", Post.SUPERVISOR)));
        var town = LAYER.find("A").orElseThrow();
        assertFalse(staffing.staffed(town), "A2 is not staffed");
        assertTrue(staffing.anyoneResponsible(town), "A1's supervisor walks part of A");
        assertEquals(List.of("A2"), staffing.unstaffedChildren(town).stream().map(Grid::code).toList());
        assertFalse(staffing.anyoneResponsible(LAYER.find("B").orElseThrow()), "nobody walks any part of B");
        assertFalse(staffing.anyoneResponsible(LAYER.find("A2").orElseThrow()));
    }
}
