package com.envgrid.core.grid.validation;

import com.envgrid.core.geo.QuadrangleArea;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.envgrid.core.grid.GridFixture.community;
import static com.envgrid.core.grid.GridFixture.district;
import static com.envgrid.core.grid.GridFixture.lat;
import static com.envgrid.core.grid.GridFixture.lon;
import static com.envgrid.core.grid.GridFixture.park;
import static com.envgrid.core.grid.GridFixture.square;
import static com.envgrid.core.grid.GridFixture.town;
import static com.envgrid.core.grid.GridFixture.wkt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParentClipTest {
    /** District 0..20 × 0..10; town A reaches 2 units west of it, its community A1 3 units. */
    private static final List<Grid> OVERHANGING = List.of(district(square(0, 0, 20, 10)),
            town("A", square(-2, 0, 10, 10)), town("B", square(10, 0, 20, 10)),
            community("A1", "A", square(-3, 0, 10, 5)), community("A2", "A", square(0, 5, 10, 10)));

    private static final Set<String> ALL = Set.of("D", "A", "B", "A1", "A2");

    private static double quadrangle(double x0, double y0, double x1, double y1) {
        return QuadrangleArea.squareMetres(lon(x0), lat(y0), lon(x1), lat(y1));
    }

    private static void assertSameArea(String expectedWkt, Geometry actual) {
        Geometry expected = wkt(expectedWkt);
        assertTrue(expected.norm().equalsExact(actual.norm(), 1e-9), () -> "expected " + expected + " got " + actual);
    }

    private static Map<String, Grid> byCode(List<Grid> grids) {
        return grids.stream().collect(Collectors.toMap(Grid::code, Function.identity()));
    }

    @Test
    void each_grid_is_cut_to_its_parent_as_clipped_and_each_piece_is_reported_with_its_area_to_the_square_metre() {
        var result = ParentClip.clip(OVERHANGING, ALL, true, ValidationSettings.DEFAULT);
        var grids = byCode(result.grids());
        assertSameArea(square(0, 0, 10, 10), grids.get("A").geometry());
        assertSameArea(square(0, 0, 10, 5), grids.get("A1").geometry());
        assertEquals(2, result.findings().size(), result.findings().toString());
        var townPiece = result.findings().get(0);
        assertEquals(IssueKind.CLIPPED_TO_PARENT, townPiece.kind());
        assertEquals(IssueLevel.WARNING, townPiece.severity());
        assertEquals(List.of("A"), townPiece.codes());
        assertSameArea(square(-2, 0, 0, 10), townPiece.where());
        assertEquals(quadrangle(-2, 0, 0, 10), townPiece.areaM2(), 1.0);
        var communityPiece = result.findings().get(1);
        assertEquals(List.of("A1"), communityPiece.codes());
        assertSameArea(square(-3, 0, 0, 5), communityPiece.where());
        assertEquals(quadrangle(-3, 0, 0, 5), communityPiece.areaM2(), 1.0);
        assertTrue(communityPiece.message().contains("A1") && communityPiece.message().contains("A (town A)"),
                communityPiece.message());
    }

    @Test
    void the_clipped_layer_has_no_grid_outside_its_parent() {
        var clipped = ParentClip.clip(OVERHANGING, ALL, true, ValidationSettings.DEFAULT).grids();
        var report = new LayerValidator(ValidationSettings.DEFAULT).validate(GridLayer.of(clipped, true));
        assertTrue(report.acceptable(), report.findings().toString());
        assertEquals(0, report.count(IssueKind.OUTSIDE_PARENT));
    }

    @Test
    void grids_not_from_the_file_are_left_as_they_are() {
        var result = ParentClip.clip(OVERHANGING, Set.of("A1"), true, ValidationSettings.DEFAULT);
        assertSameArea(square(-2, 0, 10, 10), byCode(result.grids()).get("A").geometry());
        assertSameArea(square(-2, 0, 10, 5), byCode(result.grids()).get("A1").geometry());
        assertEquals(List.of("A1"), result.findings().get(0).codes());
    }

    @Test
    void a_grid_wholly_outside_its_parent_is_left_for_the_validation_to_refuse() {
        var lost = List.of(district(square(0, 0, 10, 10)), town("A", square(0, 0, 10, 10)),
                community("A1", "A", square(20, 0, 30, 10)));
        var result = ParentClip.clip(lost, Set.of("A1"), true, ValidationSettings.DEFAULT);
        assertEquals(List.of(), result.findings());
        assertSameArea(square(20, 0, 30, 10), byCode(result.grids()).get("A1").geometry());
    }

    @Test
    void children_of_a_town_are_clipped_to_the_town_with_its_park_carved_out() {
        var withPark = List.of(district(square(0, 0, 10, 10)), town("A", square(0, 0, 10, 10)),
                park("P", square(5, 0, 10, 10)), community("A1", "A", square(0, 0, 6, 10)));
        var result = ParentClip.clip(withPark, Set.of("A1"), true, ValidationSettings.DEFAULT);
        assertSameArea(square(0, 0, 5, 10), byCode(result.grids()).get("A1").geometry());
        assertEquals(quadrangle(5, 0, 6, 10), result.findings().get(0).areaM2(), 1.0);
    }

    @Test
    void a_sliver_along_a_shared_boundary_is_cut_off_without_a_finding() {
        // A1's west edge a millionth of a unit (≈ 0.1 mm) west of its town's, as a reprojected file has it
        var rounded = List.of(district(square(0, 0, 20, 10)), town("A", square(0, 0, 10, 10)),
                community("A1", "A", square(-0.000001, 0, 10, 10)));
        var result = ParentClip.clip(rounded, Set.of("A1"), true, ValidationSettings.DEFAULT);
        assertEquals(List.of(), result.findings());
        assertSameArea(square(0, 0, 10, 10), byCode(result.grids()).get("A1").geometry());
    }

    @Test
    void a_long_strip_narrower_than_the_sliver_width_is_cut_off_without_a_finding_a_wider_one_is_reported() {
        // ≈ 2 cm by 1 km: over the 10 m² sliver area, under its 1 m width — a reprojected shared boundary
        var narrow = ParentClip.clip(List.of(district(square(0, 0, 20, 10)), town("A", square(0, 0, 10, 10)),
                community("A1", "A", square(-0.0002, 0, 10, 10))), Set.of("A1"), true, ValidationSettings.DEFAULT);
        assertEquals(List.of(), narrow.findings());
        assertSameArea(square(0, 0, 10, 10), byCode(narrow.grids()).get("A1").geometry());
        // ≈ 2 m by 1 km: an overhang someone drew
        var wide = ParentClip.clip(List.of(district(square(0, 0, 20, 10)), town("A", square(0, 0, 10, 10)),
                community("A1", "A", square(-0.02, 0, 10, 10))), Set.of("A1"), true, ValidationSettings.DEFAULT);
        assertEquals(1, wide.findings().size());
        assertEquals(quadrangle(-0.02, 0, 0, 10), wide.findings().get(0).areaM2(), 1.0);
    }
}
