package com.envgrid.api.grid;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.layer.LiveGridLayer;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.envgrid.api.grid.GridFiles.file;
import static com.envgrid.api.grid.GridFiles.smallDistrict;
import static com.envgrid.api.grid.GridFiles.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bureau's own boundary files as they come: streets overhanging the official outline and leaving gaps, parents only
 * in the codes, a whole city of districts — and how many grids an import adds, changes, keeps and removes.
 */
@MicronautTest(transactional = false)
class GridImportOutlinesTest extends ApiTestBase {
    /**
     * The district 0..20 × 0..10; town A overhangs it by half a unit (≈ 48 m × 1109 m) in the west, B leaves 18..20
     * uncovered. The overhang's area is the closed-form ellipsoidal area of its quadrangle.
     */
    private static final GridFiles OVERHANG_AND_GAP = file().grid("D", "district", null, square(0, 0, 20, 10))
            .grid("A", "town", "D", square(-0.5, 0, 10, 10)).grid("B", "town", "D", square(10, 0, 18, 10));
    private static final double OVERHANG_M2 = 53_476;

    @Inject
    LiveGridLayer live;

    ApiClient api;

    @BeforeEach
    void startEmpty() {
        api = ApiClient.asAdmin(http);
        emptyLayer.reset();
    }

    private static List<String> kinds(JsonNode findings) {
        List<String> kinds = new ArrayList<>();
        findings.forEach(f -> kinds.add(f.get("kind").asText() + "/" + f.get("severity").asText()));
        return kinds;
    }

    private JsonNode lastImportAudit() {
        return api.get("/api/audit?entity=grid_layer&limit=1").json().get(0).get("after");
    }

    @Test
    void an_outline_with_an_overhang_and_a_gap_goes_in_clipped_and_the_layer_report_shows_each_clipped_piece() {
        var refused = api.post("/api/grids/import", OVERHANG_AND_GAP.json());
        assertEquals(422, refused.status());
        assertEquals(List.of("OUTSIDE_PARENT/ERROR", "GAP/WARNING"), kinds(refused.json().get("findings")));

        var clipped = api.post("/api/grids/import?clipToParent=true", OVERHANG_AND_GAP.json());
        assertEquals(201, clipped.status(), clipped.json().toString());
        assertEquals(List.of("CLIPPED_TO_PARENT/WARNING", "GAP/WARNING"), kinds(clipped.json().get("findings")));
        var piece = clipped.json().get("findings").get(0);
        assertEquals("A", piece.get("codes").get(0).asText());
        assertEquals(OVERHANG_M2, piece.get("area_m2").asDouble(), 1);
        assertEquals("Polygon", piece.get("where").get("type").asText());
        assertEquals(1, clipped.json().get("summary").get("clipped_to_parent").asInt());

        var town = api.get("/api/grids/A").json();
        assertEquals(GridFiles.lon(0), town.get("geometry").get("coordinates").get(0).get(0).get(0).asDouble(), 1e-12,
                "stored clipped: its west edge is the district's");
        var validation = api.get("/api/grids/validation").json();
        assertEquals(clipped.json().get("summary"), validation.get("summary"));
        assertEquals("CLIPPED_TO_PARENT", validation.get("features").get(0).get("properties").get("kind").asText());
        var audit = lastImportAudit().get("options");
        assertTrue(audit.get("clip_to_parent").asBoolean());
        assertEquals(1, audit.get("clipped_pieces").asInt());
        assertEquals(OVERHANG_M2, audit.get("clipped_m2").asDouble(), 600);
    }

    @Test
    void an_overhang_below_the_stated_tolerance_is_kept_as_a_warning_and_one_above_it_still_refuses_the_file() {
        var tolerated = api.post("/api/grids/import?outsideParentToleranceM2=60000", OVERHANG_AND_GAP.json());
        assertEquals(201, tolerated.status(), tolerated.json().toString());
        assertEquals(List.of("OUTSIDE_PARENT/WARNING", "GAP/WARNING"), kinds(tolerated.json().get("findings")));
        assertEquals(60000, tolerated.json().get("tolerances").get("outside_parent_m2").asDouble());
        var validation = api.get("/api/grids/validation").json();
        assertEquals("WARNING", validation.get("features").get(0).get("properties").get("severity").asText());
        assertEquals(60000, validation.get("tolerances").get("outside_parent_m2").asDouble());
        live.refresh();
        assertEquals(validation, api.get("/api/grids/validation").json(),
                "after a restart the stored layer is validated with the tolerances it was accepted with");
        var audit = lastImportAudit().get("options");
        assertEquals(60000, audit.get("outside_parent_tolerance_m2").asDouble());
        assertEquals(1, audit.get("tolerated_overhangs").asInt());

        var tooSmall = api.post("/api/grids/import?dryRun=true&outsideParentToleranceM2=40000", OVERHANG_AND_GAP.json());
        assertTrue(!tooSmall.json().get("accepted").asBoolean());
        assertEquals("OUTSIDE_PARENT/ERROR", kinds(tooSmall.json().get("findings")).get(0));
        var outOfBounds = api.post("/api/grids/import?outsideParentToleranceM2=2000000", OVERHANG_AND_GAP.json());
        assertEquals(400, outOfBounds.status());
        assertEquals("?outsideParentToleranceM2", outOfBounds.json().get("errors").get(0).get("pointer").asText());
    }

    @Test
    void parents_come_from_the_codes_by_stripping_the_last_segment_or_by_the_longest_prefix() {
        var segmented = file().raw("{\"code\":\"SQ\",\"level\":\"district\"}", GridFiles.geoJson(GridFiles.geometry(square(0, 0, 20, 10))))
                .raw("{\"code\":\"SQ-1\",\"level\":\"street\"}", GridFiles.geoJson(GridFiles.geometry(square(0, 0, 10, 10))))
                .raw("{\"code\":\"SQ-2\",\"level\":\"street\"}", GridFiles.geoJson(GridFiles.geometry(square(10, 0, 20, 10))))
                .raw("{\"code\":\"SQ-1-6\",\"level\":\"cell\"}", GridFiles.geoJson(GridFiles.geometry(square(0, 0, 10, 10))));
        var without = api.post("/api/grids/import", segmented.json());
        assertEquals(400, without.status());
        assertTrue(without.json().get("errors").get(0).get("message").asText().contains("needs a parent"));
        var stripped = api.post("/api/grids/import?parentRule=strip-last-segment", segmented.json());
        assertEquals(201, stripped.status(), stripped.json().toString());
        assertEquals("SQ-1", api.get("/api/grids/SQ-1-6").json().get("properties").get("parent").asText());
        assertEquals("SQ", api.get("/api/grids/SQ-2").json().get("properties").get("parent").asText());

        emptyLayer.reset();
        api.post("/api/grids/import", file().grid("330103", "district", null, square(0, 0, 20, 10))
                .grid("330103001", "street", "330103", square(0, 0, 20, 10)).json());
        var communities = file().grid("330103001001", "community", null, square(0, 0, 10, 10))
                .grid("330103001002", "community", null, square(10, 0, 20, 10))
                .grid("330103001002001", "cell", null, square(10, 0, 20, 10));
        var prefixed = api.post("/api/grids/import?parentRule=prefix", communities.json());
        assertEquals(201, prefixed.status(), prefixed.json().toString());
        assertEquals("330103001", api.get("/api/grids/330103001001").json().get("properties").get("parent").asText());
        assertEquals("330103001002", api.get("/api/grids/330103001002001").json().get("properties").get("parent").asText());
        assertEquals("prefix", lastImportAudit().get("options").get("parent_rule").asText());

        var orphan = api.post("/api/grids/import?parentRule=strip-last-segment",
                file().grid("330103001-9", "cell", null, square(0, 0, 1, 1)).grid("X-1", "cell", null, square(1, 0, 2, 1)).json());
        assertEquals(400, orphan.status());
        var error = orphan.json().get("errors").get(0);
        assertEquals("/features/1", error.get("pointer").asText());
        assertEquals("grid.parent_not_derived", error.get("code").asText());
        assertTrue(error.get("message").asText().contains("X-1") && error.get("message").asText().contains("parentRule=strip-last-segment"));
    }

    @Test
    void a_district_outline_without_properties_is_given_its_code_and_name_by_the_import() {
        var outline = file().raw("null", GridFiles.geoJson(GridFiles.geometry(square(0, 0, 20, 10))));
        var named = api.post("/api/grids/import?level=district&code=330103&name=%E4%B8%8B%E5%9F%8E%E5%8C%BA", outline.json());
        assertEquals(201, named.status(), named.json().toString());
        var district = api.get("/api/grids/330103").json().get("properties");
        assertEquals("下城区", district.get("name").asText());
        assertEquals("district", district.get("level").asText());

        var two = file().raw("null", GridFiles.geoJson(GridFiles.geometry(square(0, 0, 10, 10))))
                .raw("null", GridFiles.geoJson(GridFiles.geometry(square(10, 0, 20, 10))));
        var refused = api.post("/api/grids/import?level=street&code=330103001", two.json());
        assertEquals(400, refused.status());
        var error = refused.json().get("errors").get(0);
        assertEquals("?code", error.get("pointer").asText());
        assertEquals("grid.one_feature_only", error.get("code").asText());
        assertEquals(2, error.get("params").get("features").asInt());
    }

    @Test
    void one_district_of_a_city_file_is_imported_and_the_rest_counted_as_left_out() {
        var city = file().grid("330102", "district", null, square(20, 0, 40, 10))
                .grid("330102001", "street", null, square(20, 0, 40, 10))
                .grid("330103", "district", null, square(0, 0, 20, 10))
                .grid("330103001", "street", null, square(0, 0, 10, 10))
                .grid("330103002", "street", null, square(10, 0, 20, 10))
                .grid("330102001001", "community", null, square(20, 0, 40, 10));
        var whole = api.post("/api/grids/import?parentRule=prefix&dryRun=true", city.json());
        assertTrue(whole.json().get("accepted").asBoolean(), "a city of two districts is one layer");
        assertEquals(6, whole.json().get("grids").get("layer_total").asInt());

        var one = api.post("/api/grids/import?parentRule=prefix&district=330103", city.json());
        assertEquals(201, one.status(), one.json().toString());
        var grids = one.json().get("grids");
        assertEquals(3, grids.get("submitted").asInt());
        assertEquals(3, grids.get("left_out").asInt());
        assertEquals(3, emptyLayer.storedGrids());
        assertEquals("330103", api.get("/api/grids/330103002").json().get("properties").get("parent").asText());
        assertEquals(3, lastImportAudit().get("options").get("left_out").asInt());

        var unknown = api.post("/api/grids/import?parentRule=prefix&district=330199", city.json());
        assertEquals(400, unknown.status());
        var error = unknown.json().get("errors").get(0);
        assertEquals("?district", error.get("pointer").asText());
        assertEquals("grid.district_not_in_file", error.get("code").asText());
        assertTrue(error.get("message").asText().contains("330102, 330103"), error.get("message").asText());
    }

    @Test
    void a_dry_run_counts_the_grids_added_changed_unchanged_and_removed_in_replace_and_in_merge_mode() {
        assertEquals(201, api.post("/api/grids/import", smallDistrict().json()).status());
        var next = file().grid("D", "district", null, square(0, 0, 20, 10))
                .grid("A", "town", "D", square(0, 0, 10, 10))
                .raw("{\"code\":\"B\",\"name\":\"renamed\",\"level\":\"street\",\"parent\":\"D\"}",
                        GridFiles.geoJson(GridFiles.geometry(square(10, 0, 20, 10))))
                .grid("A1", "community", "A", square(0, 0, 10, 10))
                .grid("B1", "community", "B", square(10, 0, 20, 10));
        var replace = api.post("/api/grids/import?dryRun=true&mode=replace", next.json()).json().get("grids");
        assertEquals("{\"submitted\":5,\"new\":1,\"updated\":2,\"unchanged\":2,\"removed\":1,\"left_out\":0,"
                + "\"layer_total\":5}", replace.toString());
        var merge = api.post("/api/grids/import?dryRun=true&mode=merge", next.json());
        assertEquals(0, merge.json().get("grids").get("removed").asInt());
        assertEquals(6, merge.json().get("grids").get("layer_total").asInt());
        assertEquals(5, emptyLayer.storedGrids(), "a dry run writes nothing");
    }
}
