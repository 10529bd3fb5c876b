package com.envgrid.api.siting;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.grid.GridFiles;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.api.people.TwoDistricts;
import com.envgrid.core.geo.file.Ogr;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Siting checks over HTTP in the two districts of {@link TwoDistricts}: a first-class zone and a second-class zone in
 * the west district (清源区), a river along its north; sites sent as GeoJSON and as a GeoPackage in CGCS2000
 * Gauss–Krüger made by GDAL, the reports kept and read within the district.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SitingCheckApiTest extends ApiTestBase {
    private static final String PROJECT = "?project=" + URLEncoder.encode("年产万吨化工项目", StandardCharsets.UTF_8)
            + "&applicant=" + URLEncoder.encode("某化工有限公司", StandardCharsets.UTF_8);

    ApiClient westAdmin;

    @BeforeAll
    void districtsWithZonesAndRiver() {
        ApiClient city = ApiClient.asAdmin(http);
        emptyLayer.startOver(city, TwoDistricts.layer());
        new TwoDistricts(http);
        westAdmin = ApiClient.signedIn(http, "admin-" + TwoDistricts.WEST, StaffFixture.PASSWORD);
        assertEquals(201, city.post("/api/zones/import", "{\"type\":\"FeatureCollection\",\"features\":["
                + zone("Z1", "一级", GridFiles.square(2, 1, 4, 3)) + ","
                + zone("Z2", "二级", GridFiles.square(6, 1, 8, 3)) + "]}").status());
        assertEquals(201, city.post("/api/rivers/import", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":"
                + "\"Feature\",\"properties\":{\"编码\":\"R1\",\"河流名称\":\"望虞河\",\"河长\":\"刘河长\"},\"geometry\":"
                + "{\"type\":\"LineString\",\"coordinates\":[[120.000,30.008],[120.020,30.008]]}}]}").status());
    }

    private static String zone(String code, String level, String square) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"name\":\"" + code + "水源地\","
                + "\"level\":\"" + level + "\"},\"geometry\":" + GridFiles.geoJson(GridFiles.geometry(square)) + "}";
    }

    private static String point(double lon, double lat) {
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
                + "{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]}}]}";
    }

    private ApiClient.Answer send(ApiClient who, String query, byte[] body, String type) {
        return who.exchange(HttpRequest.POST("/api/siting-checks" + query, body).contentType(MediaType.of(type)));
    }

    @Test
    void a_site_in_a_first_class_zone_is_kept_as_a_prohibited_report_read_within_its_district() {
        String requestId = UUID.randomUUID().toString();
        var first = send(westAdmin, PROJECT + "&requestId=" + requestId,
                point(120.003, 30.002).getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
        assertEquals(201, first.status(), String.valueOf(first.json()));
        JsonNode report = first.json();
        long id = report.get("id").asLong();
        assertEquals("prohibited", report.at("/findings/verdict").asText());
        assertEquals("Z1", report.at("/findings/zones/0/code").asText());
        assertTrue(report.at("/findings/rules/0").asText().contains("第六十五条"));
        assertEquals("[\"320214\",\"A\",\"A1\"]", report.at("/findings/grids").toString());
        assertEquals("R1", report.at("/findings/nearest_river/code").asText());
        assertEquals(TwoDistricts.WEST, report.get("district").asText());
        assertEquals("Point", report.at("/site/type").asText());

        // the same request again is the same report, not a second one
        var again = send(westAdmin, PROJECT + "&requestId=" + requestId,
                point(120.003, 30.002).getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
        assertEquals(id, again.json().get("id").asLong());
        assertEquals(1, sql.count("SELECT count(*) FROM siting_check WHERE request_id = '" + requestId + "'"));
        assertEquals(1, sql.count("SELECT count(*) FROM audit_log WHERE entity = 'siting_check' AND entity_id = '"
                + id + "'"));

        var viewerWest = ApiClient.signedIn(http, "viewer-" + TwoDistricts.WEST, StaffFixture.PASSWORD);
        var viewerEast = ApiClient.signedIn(http, "viewer-" + TwoDistricts.EAST, StaffFixture.PASSWORD);
        assertEquals("年产万吨化工项目", viewerWest.get("/api/siting-checks/" + id).json().get("project").asText());
        String year = report.get("checked_on").asText().substring(0, 4);
        assertTrue(viewerWest.get("/api/siting-checks?year=" + year).json().findValues("id").stream()
                .anyMatch(n -> n.asLong() == id));
        assertEquals(404, viewerEast.get("/api/siting-checks/" + id).status());
        assertFalse(viewerEast.get("/api/siting-checks?year=" + year).json().findValues("id").stream()
                .anyMatch(n -> n.asLong() == id));
        assertEquals(403, ApiClient.signedIn(http, "chief-a", StaffFixture.PASSWORD)
                .get("/api/siting-checks/" + id).status());
    }

    @Test
    void a_site_sent_as_a_gauss_krueger_geopackage_outside_every_zone_is_clear_with_its_distances() {
        // 0.002° of longitude east of zone Z2 at 30.002°N: 193 m on the ellipsoid; the river is 0.006° north: 665 m
        byte[] gpkg = Ogr.geoPackage(point(120.010, 30.002), "选址", "-s_srs", "EPSG:4326", "-t_srs", "EPSG:4549");
        var answer = send(westAdmin, PROJECT + "&dryRun=true", gpkg, "application/geopackage+sqlite3");
        assertEquals(200, answer.status(), String.valueOf(answer.json()));
        JsonNode findings = answer.json().get("findings");
        assertEquals("clear", findings.get("verdict").asText());
        assertEquals("Z2", findings.at("/nearest_zone/code").asText());
        assertEquals(193, findings.at("/nearest_zone/distance_m").asLong(), 1);
        assertEquals(665, findings.at("/nearest_river/distance_m").asLong(), 1);
        assertFalse(answer.json().hasNonNull("id"));
        assertEquals(0, sql.count("SELECT count(*) FROM siting_check WHERE project = '年产万吨化工项目' AND verdict = 'clear'"));
    }

    @Test
    void an_area_reaching_a_second_class_zone_is_restricted_with_its_overlap() {
        // 0.001° × 0.002° of Z2 at 30°N: 96.5 m × 221.7 m
        String area = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":" + GridFiles.geoJson(GridFiles.geometry(GridFiles.square(5, 1, 7, 3))) + "}]}";
        var answer = send(westAdmin, PROJECT + "&dryRun=true", area.getBytes(StandardCharsets.UTF_8),
                MediaType.APPLICATION_JSON);
        assertEquals("restricted", answer.json().at("/findings/verdict").asText(), String.valueOf(answer.json()));
        assertEquals(21_390, answer.json().at("/findings/zones/0/overlap_m2").asLong(), 40);
    }

    @Test
    void a_site_in_another_district_is_refused_saying_where() {
        var answer = send(westAdmin, PROJECT, point(120.025, 30.005).getBytes(StandardCharsets.UTF_8),
                MediaType.APPLICATION_JSON);
        assertEquals(400, answer.status());
        assertEquals("/features/0", answer.json().at("/errors/0/pointer").asText(), String.valueOf(answer.json()));
        assertTrue(answer.json().at("/errors/0/message").asText().contains(TwoDistricts.EAST));
    }

    @Test
    void the_year_exports_as_excel() {
        var answer = westAdmin.exchange(HttpRequest.GET("/api/siting-checks.xlsx"));
        assertEquals(200, answer.status());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", answer.contentType());
    }
}
