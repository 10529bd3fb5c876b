package com.envgrid.api.grid;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static com.envgrid.api.grid.GridFiles.file;
import static com.envgrid.api.grid.GridFiles.lat;
import static com.envgrid.api.grid.GridFiles.lon;
import static com.envgrid.api.grid.GridFiles.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A city of several districts in one layer: imported whole, from codes alone, or one district at a time; located in
 * each district; shown as the city with its districts; refused when districts overlap.
 */
@MicronautTest(transactional = false)
class CityLayerApiTest extends ApiTestBase {
    ApiClient api;

    /** 320214 over 0..10 with one street; 320215 over 12..22 with a town of two villages; land between them. */
    private static GridFiles twoDistricts() {
        return file().grid("320214", "清源区", "district", null, square(0, 0, 10, 10))
                .grid("320214001", "梅村街道", "street", "320214", square(0, 0, 10, 10))
                .grid("320215", "新河区", "district", null, square(12, 0, 22, 10))
                .grid("320215101", "东湖镇", "town", "320215", square(12, 0, 22, 10))
                .grid("320215101201", "东村", "village", "320215101", square(12, 0, 17, 10))
                .grid("320215101202", "西村", "village", "320215101", square(17, 0, 22, 10));
    }

    @BeforeEach
    void startEmpty() throws SQLException {
        api = ApiClient.asAdmin(http);
        emptyLayer.reset();
        forgetTheCity();
    }

    /** Other tests find the city as a fresh install has it: unknown. */
    @AfterEach
    void forgetTheCity() throws SQLException {
        sql.execute("UPDATE city SET code = NULL, name = NULL, updated_at = NULL");
    }

    private List<String> chain(double x, double y) {
        List<String> codes = new ArrayList<>();
        api.get("/api/grids/locate?lon=" + lon(x) + "&lat=" + lat(y)).json().get("grids")
                .forEach(g -> codes.add(g.get("code").asText()));
        return codes;
    }

    private static List<String> codes(JsonNode features, String key) {
        List<String> codes = new ArrayList<>();
        features.forEach(f -> codes.add(f.get(key).asText()));
        return codes;
    }

    @Test
    void a_file_of_districts_is_one_city_located_in_each_district_and_shown_with_all() {
        var bare = "320216";
        var imported = api.post("/api/grids/import", twoDistricts()
                .grid(bare, "远郊区", "district", null, square(24, 0, 30, 10)).json());
        assertEquals(201, imported.status(), imported.json().toString());

        assertEquals(List.of("320214001", "320214"), chain(5, 5));
        assertEquals(List.of("320215101201", "320215101", "320215"), chain(14, 5));
        var between = api.get("/api/grids/locate?lon=" + lon(11) + "&lat=" + lat(5));
        assertEquals(404, between.status(), "the land between the districts is in none");

        var city = api.get("/api/city").json();
        assertEquals(List.of("320214", "320215", bare), codes(city.get("districts"), "code"));
        assertEquals(List.of("清源区", "新河区", "远郊区"), codes(city.get("districts"), "name"));
        assertEquals(1.07, city.get("districts").get(0).get("area_km2").asDouble(), 0.02);
        assertEquals("", city.path("code").asText(""), "no city code until one is set or derived");

        var outline = ApiClient.anonymous(http).get("/api/public/district").json().get("features");
        assertEquals(List.of(bare, "320214001", "320215101"), codes(outline, "id"), "a district without towns shows itself");
        assertEquals("320215", outline.get(2).get("properties").get("district").asText());
        assertEquals("新河区", outline.get(2).get("properties").get("district_name").asText());
        var tier0 = api.get("/ogc/collections/grids-tier-0/items").json().get("features");
        assertEquals(List.of("320214", "320215", bare), codes(tier0, "id"));
        var inOneDistrict = api.get("/ogc/collections/grids/items?district=320215").json().get("features");
        assertEquals(List.of("320215", "320215101", "320215101201", "320215101202"), codes(inOneDistrict, "id"));
    }

    @Test
    void a_city_file_of_codes_alone_gets_its_levels_and_parents_from_the_codes() {
        var codesOnly = file();
        String[][] grids = {{"320213", "0", "10"}, {"320213001", "0", "10"}, {"320214", "10", "20"},
                {"320214001", "10", "20"}, {"320214001001", "10", "20"}, {"320215", "20", "30"},
                {"320215101", "20", "30"}, {"320215101201", "20", "30"}};
        for (String[] g : grids) {
            codesOnly.raw("{\"code\":\"" + g[0] + "\",\"name\":\"" + g[0] + "\"}", GridFiles.geoJson(GridFiles.geometry(
                    square(Double.parseDouble(g[1]), 0, Double.parseDouble(g[2]), 10))));
        }
        var imported = api.post("/api/grids/import", codesOnly.json());
        assertEquals(201, imported.status(), imported.json().toString());

        var community = api.get("/api/grids/320214001001").json().get("properties");
        assertEquals("community", community.get("level").asText());
        assertEquals("320214001", community.get("parent").asText());
        var town = api.get("/api/grids/320215101").json().get("properties");
        assertEquals("town", town.get("level").asText());
        assertEquals("320215", town.get("parent").asText());
        assertEquals(List.of("320215101201", "320215101", "320215"), chain(25, 5));
        assertEquals(3, api.get("/api/city").json().get("districts").size());
    }

    @Test
    void replacing_one_district_leaves_the_other_as_it_was() {
        assertEquals(201, api.post("/api/grids/import", twoDistricts().json()).status());
        var next = file().grid("320214", "清源区", "district", null, square(0, 0, 9, 10))
                .grid("320214001", "梅村街道", "street", "320214", square(0, 0, 9, 10))
                .grid("320215", "新河区", "district", null, square(12, 0, 22, 10))
                .grid("320215001", "北街道", "street", "320215", square(12, 5, 22, 10))
                .grid("320215002", "南街道", "street", "320215", square(12, 0, 22, 5));

        var replaced = api.post("/api/grids/import?mode=replace&district=320215", next.json());
        assertEquals(201, replaced.status(), replaced.json().toString());
        assertEquals(3, replaced.json().get("grids").get("removed").asInt());
        assertEquals(2, replaced.json().get("grids").get("left_out").asInt());

        assertEquals(List.of("320214", "320214001", "320215", "320215001", "320215002"),
                sqlCodes("SELECT string_agg(code, ',' ORDER BY code) FROM grid"));
        assertEquals(List.of("320214001", "320214"), chain(9.5, 5), "320214 keeps its stored outline");
        assertEquals(List.of("320215002", "320215"), chain(14, 2));
    }

    private List<String> sqlCodes(String query) {
        return List.of(sql.text(query).split(","));
    }

    @Test
    void overlapping_districts_are_refused_and_nothing_is_stored() {
        var overlapping = file().grid("320214", "清源区", "district", null, square(0, 0, 10, 10))
                .grid("320215", "新河区", "district", null, square(8, 0, 18, 10));
        var refused = api.post("/api/grids/import", overlapping.json());
        assertEquals(422, refused.status());
        var overlap = refused.json().get("findings").get(0);
        assertEquals("OVERLAP", overlap.get("kind").asText());
        assertEquals("[\"320214\",\"320215\"]", overlap.get("codes").toString());
        assertEquals(0, emptyLayer.storedGrids());
    }

    @Test
    void a_city_administrator_sets_the_citys_code_and_name_which_are_checked_and_audited() {
        assertEquals(201, api.post("/api/grids/import", twoDistricts().json()).status());

        var set = api.put("/api/city", "{\"code\":\"320200\",\"name\":\"无锡市\"}");
        assertEquals(200, set.status(), set.json().toString());
        var city = api.get("/api/city").json();
        assertEquals("320200", city.get("code").asText());
        assertEquals("无锡市", city.get("name").asText());
        assertEquals(1, sql.count("SELECT count(*) FROM audit_log WHERE entity = 'city' AND entity_id = '320200'"));

        var province = api.put("/api/city", "{\"code\":\"320000\",\"name\":\"江苏省\"}");
        assertEquals(400, province.status());
        assertEquals("application/problem+json", province.contentType());
        var error = province.json().get("errors").get(0);
        assertEquals("/code", error.get("pointer").asText());
        assertEquals("city.not_a_city_code", error.get("code").asText());

        var elsewhere = api.put("/api/city", "{\"code\":\"330100\",\"name\":\" \"}");
        assertEquals(400, elsewhere.status());
        var errors = elsewhere.json().get("errors");
        assertEquals("city.districts_elsewhere", errors.get(0).get("code").asText());
        assertEquals("[\"320214\",\"320215\"]", errors.get(0).get("params").get("districts").toString());
        assertEquals("/name", errors.get(1).get("pointer").asText());
        assertEquals("320200", api.get("/api/city").json().get("code").asText(), "a refused change changes nothing");

        String username = "city-viewer-" + System.nanoTime() % 100000;
        assertEquals(201, api.post("/api/people", "{\"name\":\"city viewer\",\"username\":\"" + username
                + "\",\"password\":\"Staff-pass-2026\",\"phone\":\"13900000009\",\"role\":\"viewer\"}").status());
        var asViewer = ApiClient.signedIn(http, username, "Staff-pass-2026");
        assertEquals(403, asViewer.put("/api/city", "{\"code\":\"320200\",\"name\":\"x\"}").status());
        assertEquals(2, asViewer.get("/api/city").json().get("districts").size());
    }
}
