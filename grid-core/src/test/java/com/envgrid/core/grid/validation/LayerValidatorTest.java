package com.envgrid.core.grid.validation;

import com.envgrid.core.geo.Areas;
import com.envgrid.core.geo.QuadrangleArea;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

import java.util.List;

import static com.envgrid.core.grid.GridFixture.community;
import static com.envgrid.core.grid.GridFixture.district;
import static com.envgrid.core.grid.GridFixture.lat;
import static com.envgrid.core.grid.GridFixture.lon;
import static com.envgrid.core.grid.GridFixture.park;
import static com.envgrid.core.grid.GridFixture.square;
import static com.envgrid.core.grid.GridFixture.town;
import static com.envgrid.core.grid.GridFixture.topTown;
import static com.envgrid.core.grid.GridFixture.wkt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayerValidatorTest {
    private static final LayerValidator VALIDATOR = new LayerValidator(ValidationSettings.DEFAULT);

    private static ValidationReport validate(boolean parksTakePrecedence, Grid... grids) {
        return VALIDATOR.validate(GridLayer.of(List.of(grids), parksTakePrecedence));
    }

    private static ValidationReport validate(Grid... grids) {
        return validate(true, grids);
    }

    private static void assertSameArea(String expectedWkt, Geometry actual) {
        Geometry expected = wkt(expectedWkt);
        assertTrue(expected.norm().equalsExact(actual.norm(), 1e-9), () -> "expected " + expected + " got " + actual);
    }

    @Test
    void a_valid_tiling_has_no_findings() {
        var report = validate(district(square(0, 0, 10, 10)),
                town("A", square(0, 0, 5, 10)), town("B", square(5, 0, 10, 10)),
                community("A1", "A", square(0, 0, 5, 4)), community("A2", "A", square(0, 4, 5, 10)));
        assertEquals(List.of(), report.findings());
        assertTrue(report.acceptable());
    }

    @Test
    void overlapping_siblings_are_an_error_naming_the_pair_and_the_shared_area() {
        var report = validate(district(square(0, 0, 10, 10)),
                town("A", square(0, 0, 6, 10)), town("B", square(5, 0, 10, 10)));
        assertFalse(report.acceptable());
        var overlap = report.findings().stream().filter(f -> f.kind() == IssueKind.OVERLAP).toList();
        assertEquals(1, overlap.size());
        assertEquals(List.of("A", "B"), overlap.get(0).codes());
        assertSameArea("POLYGON((5 0, 6 0, 6 10, 5 10, 5 0))", overlap.get(0).where());
        assertEquals(Areas.squareMetres(overlap.get(0).where()), overlap.get(0).areaM2(), 1e-6);
    }

    @Test
    void the_same_polygon_under_two_codes_is_an_overlap() {
        var report = validate(district(square(0, 0, 10, 10)),
                town("A", square(0, 0, 10, 10)), town("B", square(0, 0, 10, 10)));
        assertEquals(List.of(IssueKind.OVERLAP), report.findings().stream().map(LayerIssue::kind).toList());
        assertSameArea(square(0, 0, 10, 10), report.findings().get(0).where());
    }

    @Test
    void a_gap_in_the_district_is_a_warning_with_its_area() {
        var report = validate(district(square(0, 0, 10, 10)),
                town("A", square(0, 0, 4, 10)), town("B", square(5, 0, 10, 10)));
        assertTrue(report.acceptable());
        var gap = report.findings().get(0);
        assertEquals(IssueKind.GAP, gap.kind());
        assertSameArea("POLYGON((4 0, 5 0, 5 10, 4 10, 4 0))", gap.where());
        // 0.001° × 0.01° near lat 30 is about 96.5 m × 1109 m
        assertEquals(107_000, gap.areaM2(), 1_500);
    }

    @Test
    void a_gap_among_second_level_grids_names_their_parent() {
        var report = validate(district(square(0, 0, 10, 10)), town("A", square(0, 0, 10, 10)),
                community("A1", "A", square(0, 0, 10, 4)), community("A2", "A", square(0, 5, 10, 10)));
        assertEquals(1, report.findings().size());
        assertEquals(List.of("A"), report.findings().get(0).codes());
        assertSameArea(square(0, 4, 10, 5), report.findings().get(0).where());
    }

    @Test
    void without_a_district_only_enclosed_gaps_between_first_level_grids_are_reported() {
        var report = validate(topTown("A", "POLYGON((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))"),
                topTown("B", square(10, 0, 20, 10)));
        assertEquals(1, report.findings().size());
        assertSameArea(square(4, 4, 6, 6), report.findings().get(0).where());
    }

    @Test
    void a_thin_digitising_gap_is_a_sliver_not_a_gap() {
        var report = validate(district(square(0, 0, 10, 10)),
                town("A", square(0, 0, 5, 10)), town("B", square(5.00001, 0, 10, 10)));
        assertEquals(1, report.findings().size());
        assertEquals(IssueKind.SLIVER, report.findings().get(0).kind());
        assertTrue(report.acceptable());
    }

    @Test
    void a_thin_overlap_is_a_sliver_and_does_not_block_the_layer() {
        var report = validate(district(square(0, 0, 10, 10)),
                town("A", square(0, 0, 5.000005, 10)), town("B", square(5, 0, 10, 10)));
        assertEquals(List.of(IssueKind.SLIVER), report.findings().stream().map(LayerIssue::kind).toList());
        assertTrue(report.acceptable());
    }

    @Test
    void a_self_intersecting_ring_is_invalid_at_the_crossing() {
        var report = validate(district(square(0, 0, 10, 10)),
                town("A", "POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))"));
        var invalid = report.findings().get(0);
        assertEquals(IssueKind.INVALID_GEOMETRY, invalid.kind());
        assertSameArea("POINT(5 5)", invalid.where());
        assertTrue(invalid.message().contains("Self-intersection"), invalid.message());
        assertFalse(report.acceptable());
    }

    @Test
    void repairing_a_self_intersecting_ring_makes_the_layer_valid_and_says_so() {
        var bowtie = town("A", "POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))");
        var repaired = InvalidGeometryRepair.repair(List.of(bowtie));
        assertEquals(IssueKind.REPAIRED_GEOMETRY, repaired.findings().get(0).kind());
        assertTrue(repaired.grids().get(0).geometry().isValid());
        assertSameArea("MULTIPOLYGON(((0 0, 5 5, 0 10, 0 0)), ((10 0, 10 10, 5 5, 10 0)))",
                repaired.grids().get(0).geometry());
    }

    @Test
    void a_child_reaching_outside_its_parent_is_an_error_with_the_part_outside() {
        var report = validate(district(square(0, 0, 20, 10)), town("A", square(0, 0, 10, 10)),
                town("B", square(10, 0, 20, 10)),
                community("A1", "A", square(0, 0, 12, 10)));
        var outside = report.findings().stream().filter(f -> f.kind() == IssueKind.OUTSIDE_PARENT).toList();
        assertEquals(1, outside.size(), report.findings().toString());
        assertEquals(List.of("A1"), outside.get(0).codes());
        assertSameArea(square(10, 0, 12, 10), outside.get(0).where());
    }

    @Test
    void an_overhang_below_the_outside_parent_tolerance_is_a_warning_and_one_above_it_an_error() {
        var layer = GridLayer.of(List.of(district(square(0, 0, 20, 10)), town("A", square(0, 0, 10, 10)),
                town("B", square(10, 0, 20, 10)), community("A1", "A", square(-1, 0, 10, 5)),
                community("A2", "A", square(0, 5, 10, 12))), true);
        double small = QuadrangleArea.squareMetres(lon(-1), lat(0), lon(0), lat(5));
        var report = new LayerValidator(ValidationSettings.DEFAULT.withOutsideParentTolerance(small + 10)).validate(layer);
        var outside = report.findings().stream().filter(f -> f.kind() == IssueKind.OUTSIDE_PARENT).toList();
        assertEquals(2, outside.size(), report.findings().toString());
        var tolerated = outside.stream().filter(f -> f.codes().equals(List.of("A1"))).findFirst().orElseThrow();
        assertEquals(IssueLevel.WARNING, tolerated.severity());
        assertEquals(small, tolerated.areaM2(), 1.0);
        assertTrue(tolerated.message().contains("tolerance"), tolerated.message());
        var refused = outside.stream().filter(f -> f.codes().equals(List.of("A2"))).findFirst().orElseThrow();
        assertEquals(IssueLevel.ERROR, refused.severity());
        assertEquals(List.of(refused), report.errors());
    }

    @Test
    void a_park_inside_a_town_is_carved_out_of_the_town_when_parks_take_precedence() {
        var report = validate(true, district(square(0, 0, 10, 10)), town("A", square(0, 0, 10, 10)),
                park("P", square(2, 2, 4, 4)));
        assertEquals(List.of(), report.findings());
    }

    @Test
    void a_park_inside_a_town_is_an_overlap_when_parks_do_not_take_precedence() {
        var report = validate(false, district(square(0, 0, 10, 10)), town("A", square(0, 0, 10, 10)),
                park("P", square(2, 2, 4, 4)));
        assertEquals(List.of(IssueKind.OVERLAP), report.findings().stream().map(LayerIssue::kind).toList());
    }

    @Test
    void the_children_of_a_town_must_leave_out_the_park_carved_from_it() {
        var report = validate(true, district(square(0, 0, 10, 10)), town("A", square(0, 0, 10, 10)),
                park("P", square(2, 2, 4, 4)), community("A1", "A", square(0, 0, 10, 10)));
        var outside = report.findings().stream().filter(f -> f.kind() == IssueKind.OUTSIDE_PARENT).toList();
        assertEquals(1, outside.size());
        assertSameArea(square(2, 2, 4, 4), outside.get(0).where());
    }

    @Test
    void cells_inside_a_community_are_validated_against_the_community() {
        var report = validate(district(square(0, 0, 10, 10)), town("A", square(0, 0, 10, 10)),
                community("A1", "A", square(0, 0, 10, 10)),
                new Grid("A1-1", "cell", com.envgrid.core.grid.GridLevel.CELL, "A1", wkt(square(0, 0, 5, 10))),
                new Grid("A1-2", "cell", com.envgrid.core.grid.GridLevel.CELL, "A1", wkt(square(6, 0, 11, 10))));
        var kinds = report.findings().stream().map(f -> f.kind() + " " + f.codes()).sorted().toList();
        assertEquals(List.of("GAP [A1]", "OUTSIDE_PARENT [A1-2]"), kinds);
    }
}
