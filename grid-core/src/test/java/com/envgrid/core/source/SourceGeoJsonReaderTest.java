package com.envgrid.core.source;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.envgrid.core.source.SourceFixture.HUAGUANG;
import static com.envgrid.core.source.SourceFixture.INSIDE;
import static com.envgrid.core.source.SourceFixture.assertProblem;
import static com.envgrid.core.source.SourceFixture.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceGeoJsonReaderTest {
    private static final String POINT = "{\"type\":\"Point\",\"coordinates\":[120.0123,30.0456]}";
    private static final String ENTERPRISE = "{\"企业名称\":\"无锡华光化工有限公司\",\"统一社会信用代码\":\"" + HUAGUANG
            + "\",\"行业类别\":\"化工\",\"是否重点排污单位\":true,\"环境信用等级\":\"黄\"}";
    private static final String SITE = "{\"code\":20240017,\"kind\":\"construction_site\",\"name\":\"梅村安置房项目\","
            + "\"rating\":\"B\",\"status\":\"suspended\",\"key_discharger\":null}";

    private static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static SourceSheetReader.Result read(String json) {
        return SourceGeoJsonReader.read(json.getBytes(StandardCharsets.UTF_8), RatingScale.DEFAULT, INSIDE);
    }

    @Test
    void point_features_with_chinese_or_english_properties_give_sources() {
        var result = read(collection(feature(ENTERPRISE, POINT),
                feature(SITE, "{\"type\":\"Point\",\"coordinates\":[120.05,30.05,12.5]}")));
        assertTrue(result.allGood(), result.problems().toString());
        assertEquals(StandardCharsets.UTF_8, result.charset());
        assertEquals(List.of(0, 1), result.rows().stream().map(SourceSheetReader.Row::line).toList());
        assertEquals(new PointSource(HUAGUANG, SourceKind.ENTERPRISE, "无锡华光化工有限公司", HUAGUANG, "化工", null,
                120.0123, 30.0456, true, CreditRating.C, OperatingStatus.OPERATING), result.rows().get(0).source());
        var site = result.rows().get(1).source();
        assertEquals("20240017", site.code(), "a numeric code keeps its digits");
        assertEquals(OperatingStatus.SUSPENDED, site.status());
        assertEquals(30.05, site.lat());
    }

    @Test
    void the_same_source_as_csv_and_as_geojson_is_the_same_source() {
        String csv = SourceFixture.csv("名称,类型,经度,纬度,信用等级", "梅村安置房项目,工地,120.05,30.05,B");
        String json = collection(feature("{\"名称\":\"梅村安置房项目\",\"类型\":\"工地\",\"信用等级\":\"B\"}",
                "{\"type\":\"Point\",\"coordinates\":[120.05,30.05]}"));
        assertEquals(SourceFixture.read(csv).rows().get(0).source(), read(json).rows().get(0).source());
    }

    @Test
    void a_feature_without_a_point_is_refused_at_its_geometry() {
        onlyProblem(read(collection(feature(ENTERPRISE, "null"))), 0, "geometry", "no geometry");
        onlyProblem(read(collection(feature(ENTERPRISE,
                        "{\"type\":\"Polygon\",\"coordinates\":[[[120,30],[120.1,30],[120,30.1],[120,30]]]}"))),
                0, "geometry", "a source is a Point, not a Polygon");
        onlyProblem(read(collection(feature(ENTERPRISE, "{\"type\":\"Point\",\"coordinates\":[120.01]}"))),
                0, "geometry", "[lon, lat]");
    }

    @Test
    void swapped_nan_and_outside_locations_are_refused_at_the_geometry() {
        onlyProblem(read(collection(feature(ENTERPRISE, "{\"type\":\"Point\",\"coordinates\":[30.04,120.01]}"))),
                0, "geometry", "look swapped");
        onlyProblem(read(collection(feature(ENTERPRISE, "{\"type\":\"Point\",\"coordinates\":[NaN,30.01]}"))),
                0, "geometry", "longitude NaN is out of range");
        onlyProblem(read(collection(feature(ENTERPRISE, "{\"type\":\"Point\",\"coordinates\":[121.5,31.2]}"))),
                0, "geometry", "outside the district");
    }

    @Test
    void bad_properties_are_refused_under_their_own_names() {
        var result = read(collection(
                feature(ENTERPRISE, POINT),
                feature("{\"名称\":\"乙\",\"统一社会信用代码\":\"91350100M000100Y44\",\"评级\":\"E\"}", POINT),
                feature(ENTERPRISE.replace("无锡华光化工有限公司", "华光二厂"), POINT),
                feature("{\"name\":{\"zh\":\"丙\"},\"kind\":\"other\",\"rating\":\"A\"}", POINT)));
        assertEquals(5, result.problems().size(), result.problems().toString());
        assertProblem(result.problems().get(0), 1, "评级", "unknown rating \"E\"");
        assertProblem(result.problems().get(1), 1, "统一社会信用代码", "should be '3'");
        assertProblem(result.problems().get(2), 2, "统一社会信用代码", "used twice: on feature 0 and on feature 2");
        assertProblem(result.problems().get(3), 3, "name", "not an object");
        assertProblem(result.problems().get(4), 3, "name", "the name is empty");
        assertEquals(List.of(0), result.rows().stream().map(SourceSheetReader.Row::line).toList());
    }

    @Test
    void a_property_given_twice_under_two_names_is_refused() {
        onlyProblem(read(collection(feature(ENTERPRISE.replace("{", "{\"name\":\"华光\","), POINT))),
                0, "企业名称", "\"name\" and \"企业名称\" both give the name");
    }

    @Test
    void a_feature_that_is_not_a_feature_is_refused_at_its_type() {
        onlyProblem(read(collection("{\"type\":\"Point\",\"coordinates\":[120.01,30.01]}")), 0, "type",
                "expected a GeoJSON Feature");
    }

    @Test
    void a_document_that_is_not_a_feature_collection_is_refused_on_line_minus_1() {
        onlyProblem(read("{\"type\":\"FeatureCollection\",\n \"features\": ["), -1, null, "not valid JSON", "line 2");
        onlyProblem(read("{\"type\":\"Feature\"}"), -1, "type", "FeatureCollection");
        onlyProblem(read("{\"type\":\"FeatureCollection\"}"), -1, "features", "\"features\" array");
        onlyProblem(read(collection()), -1, "features", "empty");
    }
}
