package com.envgrid.api.grid;

import com.envgrid.api.layer.GridStore;
import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

import java.util.ArrayList;
import java.util.List;

import static com.envgrid.api.grid.GridFiles.file;
import static com.envgrid.api.grid.GridFiles.smallDistrict;
import static com.envgrid.api.grid.GridFiles.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class GridImportTest extends ApiTestBase {
    @Inject
    GridStore store;

    ApiClient api;

    @BeforeEach
    void startEmpty() {
        api = ApiClient.asAdmin(http);
        emptyLayer.reset();
    }

    @Test
    void a_dry_run_reports_the_findings_and_writes_nothing() {
        var withGap = file().grid("D", "district", null, square(0, 0, 20, 10))
                .grid("A", "town", "D", square(0, 0, 8, 10)).grid("B", "town", "D", square(10, 0, 20, 10));
        var answer = api.post("/api/grids/import?dryRun=true", withGap.json());
        assertEquals(200, answer.status());
        assertTrue(answer.json().get("dry_run").asBoolean());
        assertTrue(answer.json().get("accepted").asBoolean());
        var gap = answer.json().get("findings").get(0);
        assertEquals("GAP", gap.get("kind").asText());
        // 2 units × 10 units: about 193 m × 1109 m
        assertEquals(214_000, gap.get("area_m2").asDouble(), 3_000);
        assertTrue(gap.get("wkt").asText().startsWith("POLYGON"));
        assertEquals("Polygon", gap.get("where").get("type").asText());
        assertEquals(0, emptyLayer.storedGrids());
        assertEquals(0, api.get("/api/grids").json().get("features").size());
    }

    @Test
    void an_import_stores_the_grids_and_serves_them_as_geojson() {
        var answer = api.post("/api/grids/import", smallDistrict().json());
        assertEquals(201, answer.status(), answer.json().toString());
        assertEquals(5, answer.json().get("grids").get("new").asInt());
        assertEquals(5, emptyLayer.storedGrids());

        var towns = api.get("/api/grids?tier=1");
        assertEquals("application/geo+json", towns.contentType());
        assertEquals(2, towns.json().get("features").size());
        var a = towns.json().get("features").get(0);
        assertEquals("A", a.get("id").asText());
        assertEquals("town", a.get("properties").get("level").asText());
        assertEquals("D", a.get("properties").get("parent").asText());
        assertEquals("grid D", a.get("properties").get("parent_name").asText());
        // 0.01° × 0.01° at lat 30: 0.9648 km × 1.1092 km
        assertEquals(1.0702, a.get("properties").get("area_km2").asDouble(), 0.001);
        assertFalse(a.has("crs"));
    }

    @Test
    void stored_geometry_keeps_every_digit() {
        String ring = "[[120.00012345678901,30.0001],[120.01098765432109,30.0002],[120.01,30.010555555555557],"
                + "[120.0,30.01],[120.00012345678901,30.0001]]";
        api.post("/api/grids/import", file().raw("{\"code\":\"A\",\"level\":\"town\"}",
                "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}").json());
        Geometry stored = store.load().layer().find("A").orElseThrow().geometry();
        assertEquals(120.00012345678901, stored.getCoordinates()[0].x);
        assertEquals(120.01098765432109, stored.getCoordinates()[1].x);
        assertEquals(30.010555555555557, stored.getCoordinates()[2].y);
    }

    @Test
    void one_grid_comes_with_the_codes_of_its_children() {
        api.post("/api/grids/import", smallDistrict().json());
        var a = api.get("/api/grids/A");
        assertEquals("A", a.json().get("id").asText());
        assertEquals("[\"A1\",\"A2\"]", a.json().get("properties").get("children").toString());
        assertEquals(404, api.get("/api/grids/NOPE").status());
    }

    @Test
    void a_second_file_adds_communities_under_towns_already_stored() {
        api.post("/api/grids/import", file().grid("D", "district", null, square(0, 0, 20, 10))
                .grid("A", "town", "D", square(0, 0, 10, 10)).grid("B", "town", "D", square(10, 0, 20, 10)).json());
        var answer = api.post("/api/grids/import", file().grid("B1", "community", "B", square(10, 0, 20, 10)).json());
        assertEquals(201, answer.status(), answer.json().toString());
        assertEquals(1, answer.json().get("grids").get("new").asInt());
        assertEquals(4, answer.json().get("grids").get("layer_total").asInt());
        assertEquals("B1", api.get("/api/grids/locate?lon=120.015&lat=30.005").json().get("grids").get(0).get("code").asText());
    }

    @Test
    void a_replacing_import_removes_grids_not_in_the_file() {
        api.post("/api/grids/import", smallDistrict().json());
        var answer = api.post("/api/grids/import?mode=replace", file().grid("A", "town", null, square(0, 0, 10, 10)).json());
        assertEquals(201, answer.status(), answer.json().toString());
        assertEquals(1, emptyLayer.storedGrids());
    }

    @Test
    void overlapping_siblings_are_rejected_with_the_report_and_nothing_is_written() {
        var overlapping = file().grid("D", "district", null, square(0, 0, 20, 10))
                .grid("A", "town", "D", square(0, 0, 12, 10)).grid("B", "town", "D", square(10, 0, 20, 10));
        var answer = api.post("/api/grids/import", overlapping.json());
        assertEquals(422, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertFalse(answer.json().get("accepted").asBoolean());
        var overlap = answer.json().get("findings").get(0);
        assertEquals("OVERLAP", overlap.get("kind").asText());
        assertEquals("[\"A\",\"B\"]", overlap.get("codes").toString());
        assertTrue(answer.json().get("detail").asText().contains("overlap"), answer.json().get("detail").asText());
        assertEquals(0, emptyLayer.storedGrids());
    }

    @Test
    void a_self_intersecting_ring_is_rejected_unless_repair_is_asked_for() {
        var bowtie = file().grid("A", "town", null, "POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))");
        var rejected = api.post("/api/grids/import", bowtie.json());
        assertEquals(422, rejected.status());
        assertEquals("INVALID_GEOMETRY", rejected.json().get("findings").get(0).get("kind").asText());
        assertEquals("[120.005,30.005]", rejected.json().get("findings").get(0).get("where").get("coordinates").toString());
        assertEquals(0, emptyLayer.storedGrids());

        var repaired = api.post("/api/grids/import?repair=true", bowtie.json());
        assertEquals(201, repaired.status(), repaired.json().toString());
        assertEquals("REPAIRED_GEOMETRY", repaired.json().get("findings").get(0).get("kind").asText());
        assertEquals(1, emptyLayer.storedGrids());
    }

    @Test
    void a_park_inside_a_town_takes_precedence_and_is_not_counted_twice() {
        var answer = api.post("/api/grids/import", file().grid("D", "district", null, square(0, 0, 10, 10))
                .grid("A", "town", "D", square(0, 0, 10, 10)).grid("P", "park", "D", square(2, 2, 4, 4)).json());
        assertEquals(201, answer.status(), answer.json().toString());
        var grids = api.get("/api/grids?tier=1").json().get("features");
        double town = grids.get(0).get("properties").get("area_km2").asDouble();
        double park = grids.get(1).get("properties").get("area_km2").asDouble();
        assertEquals(1.0702, town + park, 0.001);
        assertEquals(1, grids.get(0).get("geometry").get("coordinates").size() - 1, "the town has the park as a hole");
        assertEquals("P", api.get("/api/grids/locate?lon=120.003&lat=30.003").json().get("grids").get(0).get("code").asText());
    }

    @Test
    void real_files_with_chinese_keys_import_through_a_property_mapping() {
        api.post("/api/grids/import", file().grid("320214001", "street", null, square(0, 0, 10, 10)).json());
        String community = "{\"社区编码\":320214001001,\"社区名称\":\"新华社区\",\"街道编码\":\"320214001\"}";
        var answer = api.post("/api/grids/import?codeProperty=%E7%A4%BE%E5%8C%BA%E7%BC%96%E7%A0%81"
                        + "&nameProperty=%E7%A4%BE%E5%8C%BA%E5%90%8D%E7%A7%B0&parentProperty=%E8%A1%97%E9%81%93%E7%BC%96%E7%A0%81"
                        + "&level=%E7%A4%BE%E5%8C%BA",
                file().raw(community, GridFiles.geoJson(GridFiles.geometry(square(0, 0, 10, 10)))).json());
        assertEquals(201, answer.status(), answer.json().toString());
        var grid = api.get("/api/grids/320214001001").json().get("properties");
        assertEquals("新华社区", grid.get("name").asText());
        assertEquals("community", grid.get("level").asText());
        assertEquals("320214001", grid.get("parent").asText());
    }

    @Test
    void the_validation_endpoint_shows_the_stored_layer_findings_as_geojson() {
        api.post("/api/grids/import", file().grid("D", "district", null, square(0, 0, 20, 10))
                .grid("A", "town", "D", square(0, 0, 8, 10)).grid("B", "town", "D", square(10, 0, 20, 10)).json());
        var findings = api.get("/api/grids/validation");
        assertEquals("application/geo+json", findings.contentType());
        assertEquals(1, findings.json().get("summary").get("gap").asInt());
        var gap = findings.json().get("features").get(0);
        assertEquals("GAP", gap.get("properties").get("kind").asText());
        assertEquals("Polygon", gap.get("geometry").get("type").asText());
    }

    @Test
    void a_file_of_streets_communities_and_cells_imports_in_one_go() {
        var file = file()
                .grid("S", "street", null, "MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)), ((20 0, 24 0, 24 4, 20 4, 20 0)))")
                .grid("S1", "community", "S", square(0, 0, 10, 5))
                .grid("S2", "community", "S", "MULTIPOLYGON(((0 5, 10 5, 10 10, 0 10, 0 5), (4 6, 6 6, 6 8, 4 8, 4 6)),"
                        + " ((20 0, 24 0, 24 4, 20 4, 20 0)))")
                .grid("S3", "community", "S", square(4, 6, 6, 8))
                .grid("S1-1", "cell", "S1", square(0, 0, 5, 5))
                .grid("S1-2", "cell", "S1", square(5, 0, 10, 5));
        var answer = api.post("/api/grids/import", file.json());
        assertEquals(201, answer.status(), answer.json().toString());
        assertEquals(0, answer.json().get("summary").get("errors").asInt());
        assertEquals(2, api.get("/api/grids?tier=3").json().get("features").size());
        var chain = api.get("/api/grids/locate?lon=120.007&lat=30.002").json().get("grids");
        assertEquals("S1-2", chain.get(0).get("code").asText());
        assertEquals(3, chain.get(0).get("tier").asInt());
        assertEquals("S3", api.get("/api/grids/locate?lon=120.005&lat=30.007").json().get("grids").get(0).get("code").asText());
        assertEquals("S2", api.get("/api/grids/locate?lon=120.022&lat=30.002").json().get("grids").get(0).get("code").asText());
    }

    @Test
    void a_file_can_state_a_wider_sliver_tolerance_for_its_digitising_errors() {
        var file = file().grid("A", "town", null, square(0, 0, 10.02, 10)).grid("B", "town", null, square(10, 0, 20, 10));
        var strict = api.post("/api/grids/import?dryRun=true", file.json());
        assertEquals("OVERLAP", strict.json().get("findings").get(0).get("kind").asText(), "about 2 m wide");
        var tolerant = api.post("/api/grids/import?sliverWidthM=5", file.json());
        assertEquals(201, tolerant.status(), tolerant.json().toString());
        assertEquals("SLIVER", tolerant.json().get("findings").get(0).get("kind").asText());
        assertEquals(400, api.post("/api/grids/import?sliverWidthM=500", file.json()).status());
    }

    @Test
    void the_validation_endpoint_answers_what_the_import_found_with_the_tolerances_it_used() {
        var file = file().grid("A", "town", null, square(0, 0, 10.02, 10)).grid("B", "town", null, square(10, 0, 20, 10))
                .grid("C", "town", null, "POLYGON((20 0, 30 10, 30 0, 20 10, 20 0))");
        var imported = api.post("/api/grids/import?sliverWidthM=5&sliverAreaM2=50&repair=true", file.json());
        assertEquals(201, imported.status(), imported.json().toString());
        assertEquals("{\"sliver_area_m2\":50.0,\"sliver_width_m\":5.0,\"outside_parent_m2\":0.0}", imported.json().get("tolerances").toString());

        var validation = api.get("/api/grids/validation").json();
        assertEquals(imported.json().get("tolerances"), validation.get("tolerances"));
        assertEquals(imported.json().get("summary"), validation.get("summary"));
        var kinds = new ArrayList<String>();
        validation.get("features").forEach(f -> kinds.add(f.get("properties").get("kind").asText()));
        assertEquals(List.of("REPAIRED_GEOMETRY", "SLIVER"), kinds);
    }
}
