package com.envgrid.core.grid;

import com.envgrid.core.grid.location.GridLocator;
import com.envgrid.core.grid.validation.IssueKind;
import com.envgrid.core.grid.validation.LayerIssue;
import com.envgrid.core.grid.validation.LayerValidator;
import com.envgrid.core.grid.validation.ParentClip;
import com.envgrid.core.grid.validation.ValidationReport;
import com.envgrid.core.grid.validation.ValidationSettings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.envgrid.core.grid.GridFixture.lat;
import static com.envgrid.core.grid.GridFixture.lon;
import static com.envgrid.core.grid.GridFixture.square;
import static com.envgrid.core.grid.GridFixture.wkt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A city of two districts side by side with land between them: 320214 over 0..10 × 0..10 with streets 320214001
 * (west) and 320214002 (east), the latter split into two communities; 320215 over 12..22 × 0..10 with town
 * 320215101 covering its west half only.
 */
class CityLayerTest {
    private static Grid grid(String code, GridLevel level, String parent, String wkt) {
        return new Grid(code, "grid " + code, level, parent, wkt(wkt));
    }

    private static final List<Grid> CITY = List.of(
            grid("320214", GridLevel.DISTRICT, null, square(0, 0, 10, 10)),
            grid("320214001", GridLevel.STREET, "320214", square(0, 0, 5, 10)),
            grid("320214002", GridLevel.STREET, "320214", square(5, 0, 10, 10)),
            grid("320214002001", GridLevel.COMMUNITY, "320214002", square(5, 0, 10, 5)),
            grid("320214002002", GridLevel.COMMUNITY, "320214002", square(5, 5, 10, 10)),
            grid("320215", GridLevel.DISTRICT, null, square(12, 0, 22, 10)),
            grid("320215101", GridLevel.TOWN, "320215", square(12, 0, 17, 10)));

    private static final GridLayer LAYER = GridLayer.of(CITY, true);

    private static ValidationReport validate(List<Grid> grids) {
        return new LayerValidator(ValidationSettings.DEFAULT).validate(GridLayer.of(grids, true));
    }

    private static List<String> chain(GridLocator locator, double x, double y) {
        return locator.locate(lon(x), lat(y)).chain().stream().map(Grid::code).toList();
    }

    @Test
    void each_grid_lies_in_the_district_its_parents_lead_to() {
        assertEquals(List.of("320214", "320215"), LAYER.districts().stream().map(Grid::code).toList());
        assertEquals("320214", LAYER.districtOf("320214002001").orElseThrow().code());
        assertEquals("320215", LAYER.districtOf("320215101").orElseThrow().code());
        assertEquals("320215", LAYER.districtOf("320215").orElseThrow().code());
        assertEquals(Set.of("320215", "320215101"), LAYER.subtree("320215"));
    }

    @Test
    void a_point_in_each_district_is_located_up_to_that_district() {
        GridLocator locator = new GridLocator(LAYER);
        assertEquals(List.of("320214002001", "320214002", "320214"), chain(locator, 7, 2));
        assertEquals(List.of("320215101", "320215"), chain(locator, 14, 5));
    }

    @Test
    void a_point_in_a_gap_of_a_district_is_in_that_district_alone_and_one_between_districts_in_none() {
        GridLocator locator = new GridLocator(LAYER);
        assertEquals(List.of("320215"), chain(locator, 20, 5));
        assertEquals(List.of(), chain(locator, 11, 5));
    }

    @Test
    void districts_apart_are_valid_and_the_land_between_them_is_no_gap() {
        var report = validate(CITY);
        assertEquals(List.of(IssueKind.GAP), report.findings().stream().map(LayerIssue::kind).toList());
        assertEquals(List.of("320215"), report.findings().get(0).codes());
        assertTrue(report.acceptable());
    }

    @Test
    void overlapping_districts_are_an_error_naming_both() {
        List<Grid> overlapping = List.of(
                grid("320214", GridLevel.DISTRICT, null, square(0, 0, 10, 10)),
                grid("320215", GridLevel.DISTRICT, null, square(8, 0, 18, 10)));
        var report = validate(overlapping);
        assertFalse(report.acceptable());
        var overlaps = report.findings().stream().filter(f -> f.kind() == IssueKind.OVERLAP).toList();
        assertEquals(1, overlaps.size());
        assertEquals(List.of("320214", "320215"), overlaps.get(0).codes());
        assertTrue(wkt(square(8, 0, 10, 10)).norm().equalsExact(overlaps.get(0).where().norm(), 1e-9));
    }

    @Test
    void a_street_reaching_into_the_neighbouring_district_lies_outside_its_own() {
        List<Grid> overhang = List.of(
                grid("320214", GridLevel.DISTRICT, null, square(0, 0, 10, 10)),
                grid("320214001", GridLevel.STREET, "320214", square(0, 0, 14, 10)),
                grid("320215", GridLevel.DISTRICT, null, square(12, 0, 22, 10)));
        var report = validate(overhang);
        assertEquals(List.of("320214001"), report.findings().stream()
                .filter(f -> f.kind() == IssueKind.OUTSIDE_PARENT).flatMap(f -> f.codes().stream()).toList());

        var clipped = ParentClip.clip(overhang, Set.of("320214001"), true, ValidationSettings.DEFAULT);
        assertTrue(wkt(square(0, 0, 10, 10)).norm().equalsExact(clipped.grids().get(1).geometry().norm(), 1e-9));
    }

    @Test
    void in_a_layer_of_one_district_first_level_grids_naming_no_parent_lie_in_it() {
        GridLayer one = GridLayer.of(List.of(
                grid("320214", GridLevel.DISTRICT, null, square(0, 0, 10, 10)),
                grid("320214001", GridLevel.STREET, null, square(0, 0, 10, 10))), true);
        assertEquals("320214", one.districtOf("320214001").orElseThrow().code());
        assertEquals(Set.of("320214", "320214001"), one.subtree("320214"));
        assertEquals(List.of("320214001", "320214"), chain(new GridLocator(one), 5, 5));
    }
}
