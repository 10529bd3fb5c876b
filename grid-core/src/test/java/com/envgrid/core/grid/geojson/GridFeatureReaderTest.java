package com.envgrid.core.grid.geojson;

import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.input.InvalidInput;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GridFeatureReaderTest {
    private static final String SQUARE = "[[[120.0,30.0],[120.01,30.0],[120.01,30.01],[120.0,30.01],[120.0,30.0]]]";

    private static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    private static String polygon(String coordinates) {
        return "{\"type\":\"Polygon\",\"coordinates\":" + coordinates + "}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static ReadGrids read(String json, PropertyMapping mapping) {
        return GridFeatureReader.read(json.getBytes(StandardCharsets.UTF_8), mapping);
    }

    private static InvalidInput refused(String json) {
        return assertThrows(InvalidInput.class, () -> read(json, PropertyMapping.DEFAULT));
    }

    private static void assertRefused(String json, String pointer, String messagePart) {
        var e = refused(json);
        var p = e.problems().get(0);
        assertEquals(pointer, p.pointer(), e.problems().toString());
        assertTrue(p.message().contains(messagePart), p.message());
    }

    private static final String TOWN = "{\"code\":\"T1\",\"name\":\"梅村街道\",\"level\":\"street\"}";

    @Test
    void a_well_formed_collection_gives_its_grids() {
        var read = read(collection(feature(TOWN, polygon(SQUARE))), PropertyMapping.DEFAULT);
        var grid = read.grids().get(0);
        assertEquals("T1", grid.code());
        assertEquals("梅村街道", grid.name());
        assertEquals(GridLevel.STREET, grid.level());
        assertEquals("/features/0", read.pointerOf("T1"));
    }

    @Test
    void a_district_outline_without_properties_takes_the_code_and_name_given_for_the_file() {
        var outline = new PropertyMapping(null, null, null, null, GridLevel.DISTRICT, "330103", "下城区");
        for (String properties : new String[]{"null", "{}"}) {
            var grid = read(collection(feature(properties, polygon(SQUARE))), outline).grids().get(0);
            assertEquals("330103", grid.code());
            assertEquals("下城区", grid.name());
            assertEquals(GridLevel.DISTRICT, grid.level());
        }
    }

    @Test
    void a_code_for_the_file_is_refused_for_a_file_of_more_than_one_feature() {
        var outline = new PropertyMapping(null, null, null, null, GridLevel.DISTRICT, "330103", null);
        var e = assertThrows(InvalidInput.class, () -> read(collection(feature("null", polygon(SQUARE)),
                feature("null", polygon(SQUARE))), outline));
        var problem = e.problems().get(0);
        assertEquals("?code", problem.pointer());
        assertEquals("grid.one_feature_only", problem.code());
        assertEquals(java.util.Map.of("features", 2), problem.params());
    }

    @Test
    void chinese_property_keys_and_a_level_for_the_whole_file_can_be_mapped() {
        var props = "{\"社区编码\":320214001001,\"社区名称\":\"新华社区\",\"街道编码\":\"320214001\"}";
        var mapping = new PropertyMapping("社区编码", "社区名称", null, "街道编码", GridLevel.COMMUNITY);
        var grid = read(collection(feature(props, polygon(SQUARE))), mapping).grids().get(0);
        assertEquals("320214001001", grid.code(), "numeric codes keep every digit");
        assertEquals("320214001", grid.parentCode());
        assertEquals(GridLevel.COMMUNITY, grid.level());
    }

    @Test
    void features_sharing_a_code_are_one_multi_part_grid() {
        var second = "[[[120.02,30.0],[120.03,30.0],[120.03,30.01],[120.02,30.0]]]";
        var read = read(collection(feature(TOWN, polygon(SQUARE)), feature(TOWN, polygon(second))),
                PropertyMapping.DEFAULT);
        assertEquals(1, read.grids().size());
        assertInstanceOf(MultiPolygon.class, read.grids().get(0).geometry());
        assertEquals(2, read.grids().get(0).geometry().getNumGeometries());
    }

    @Test
    void text_that_is_not_json_is_refused_with_line_and_column() {
        assertRefused("{\"type\": \"FeatureCollection\",\n \"features\": [", "", "line 2");
    }

    @Test
    void json_that_is_not_a_feature_collection_is_refused() {
        assertRefused("{\"type\":\"Feature\"}", "/type", "FeatureCollection");
        assertRefused("[1,2]", "/type", "FeatureCollection");
    }

    @Test
    void a_feature_without_geometry_is_refused_where_it_is() {
        assertRefused(collection(feature(TOWN, polygon(SQUARE)), feature(TOWN.replace("T1", "T2"), "null")),
                "/features/1/geometry", "no geometry");
    }

    @Test
    void a_feature_without_code_is_refused() {
        assertRefused(collection(feature("{\"name\":\"x\",\"level\":\"town\"}", polygon(SQUARE))),
                "/features/0/properties/code", "no code");
    }

    @Test
    void an_unknown_level_is_refused_with_the_accepted_ones() {
        assertRefused(collection(feature("{\"code\":\"X\",\"level\":\"county\"}", polygon(SQUARE))),
                "/features/0/properties/level", "街道");
    }

    @Test
    void an_unclosed_ring_is_refused() {
        assertRefused(collection(feature(TOWN, polygon("[[[120.0,30.0],[120.01,30.0],[120.01,30.01],[120.0,30.01]]]"))),
                "/features/0/geometry/coordinates/0", "not closed");
    }

    @Test
    void a_ring_of_three_positions_is_refused() {
        assertRefused(collection(feature(TOWN, polygon("[[[120.0,30.0],[120.01,30.0],[120.0,30.0]]]"))),
                "/features/0/geometry/coordinates/0", "at least 4 positions");
    }

    @Test
    void out_of_range_coordinates_are_refused_at_their_position() {
        assertRefused(collection(feature(TOWN, polygon("[[[120.0,30.0],[181.0,30.0],[120.01,30.01],[120.0,30.0]]]"))),
                "/features/0/geometry/coordinates/0/1", "out of range");
    }

    @Test
    void swapped_lat_lon_is_recognised_as_such() {
        assertRefused(collection(feature(TOWN, polygon("[[[30.0,120.0],[30.0,120.01],[30.01,120.01],[30.0,120.0]]]"))),
                "/features/0/geometry/coordinates/0/0", "[lat, lon]");
    }

    @Test
    void nan_is_refused() {
        assertRefused(collection(feature(TOWN, polygon("[[[NaN,30.0],[120.01,30.0],[120.01,30.01],[NaN,30.0]]]"))),
                "/features/0/geometry/coordinates/0/0", "finite");
    }

    @Test
    void a_point_is_not_a_grid() {
        assertRefused(collection(feature(TOWN, "{\"type\":\"Point\",\"coordinates\":[120,30]}")),
                "/features/0/geometry/type", "Polygon or MultiPolygon");
    }

    @Test
    void one_code_with_two_levels_is_refused() {
        assertRefused(collection(feature(TOWN, polygon(SQUARE)),
                        feature(TOWN.replace("street", "town"), polygon(SQUARE))),
                "/features/1/properties", "level town here but street");
    }

    @Test
    void every_problem_is_reported_not_just_the_first() {
        var e = refused(collection(feature(TOWN, "null"), feature("{\"level\":\"town\"}", polygon(SQUARE))));
        assertEquals(2, e.problems().size());
    }

    @Test
    void a_feature_without_a_level_takes_the_one_its_division_code_gives() {
        var read = read(collection(feature("{\"code\":\"320214\",\"name\":\"清源区\"}", polygon(SQUARE)),
                feature("{\"code\":\"320214001\"}", polygon(SQUARE)),
                feature("{\"code\":320214101201}", polygon(SQUARE))), PropertyMapping.DEFAULT);
        assertEquals(java.util.List.of(GridLevel.DISTRICT, GridLevel.STREET, GridLevel.VILLAGE),
                read.grids().stream().map(g -> g.level()).toList());
        assertRefused(collection(feature("{\"code\":\"320200\"}", polygon(SQUARE))), "/features/0/properties/level",
                "not a division code");
    }
}
