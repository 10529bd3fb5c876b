package com.envgrid.api.coverage;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.core.source.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage and the quarterly review on a hand-made fixture whose right answers are written here: the small
 * district, a D-rated source in A1 (one duty a month), four patrols a month in A1 and in A2, November 2026.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
class CoverageReviewTest extends ApiTestBase {
    static final String SOURCE = CreditCode.withCheckCharacter("91320214MA1G00001");

    @Inject
    MutableClock clock;

    ApiClient admin;
    ApiClient supervisor;
    long sourceDuty;

    @BeforeEach
    void novemberWithOneInspection() throws Exception {
        clock.set(Instant.parse("2026-11-25T02:00:00Z"));
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n" + SOURCE
                + ",化工厂,120.002,30.002,D\n").getBytes(StandardCharsets.UTF_8)).contentType("text/csv"));
        supervisor = new StaffFixture(http).as("supervisor");
        admin.post("/api/duties/generate?period=2026-11", "");
        sourceDuty = Long.parseLong(sql.text("SELECT id FROM duty WHERE target_kind = 'source'"));
        record(UUID.randomUUID().toString(), null);
    }

    private String record(String id, String corrects) {
        var answer = supervisor.exchange(HttpRequest.PUT("/api/inspections/" + id, "{\"duty_id\":" + sourceDuty
                + ",\"inspected_at\":\"2026-11-20T10:00:00+08:00\",\"fix\":{\"lon\":120.002,\"lat\":30.002,\"accuracy_m\":5},"
                + "\"checklist\":{},\"findings\":[]" + (corrects == null ? "" : ",\"corrects\":\"" + corrects + "\"") + "}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(201, answer.status(), String.valueOf(answer.json()));
        return id;
    }

    private Map<String, JsonNode> rows(String level) {
        return rows("2026-11", level);
    }

    private Map<String, JsonNode> rows(String period, String level) {
        Map<String, JsonNode> byCode = new HashMap<>();
        admin.get("/api/coverage/rows?period=" + period + "&level=" + level).json()
                .forEach(r -> byCode.put(r.get("code").asText(), r));
        return byCode;
    }

    /** A case found in A1, opened and due on district days at 10:00, closed then when a close day is given. */
    private void problem(String state, String opened, String dueBy, String closed) throws Exception {
        sql.execute("INSERT INTO problem_case (finding_index, category, severity, description, grid_code, target_kind,"
                + " target_code, state, due_by, opened_at, closed_at) VALUES ((SELECT count(*) FROM problem_case),"
                + " 'exhaust', 'general', 'test', 'A1', 'source', '" + SOURCE + "', '" + state + "', DATE '" + dueBy
                + "', TIMESTAMPTZ '" + opened + " 10:00+08', "
                + (closed == null ? "null" : "TIMESTAMPTZ '" + closed + " 10:00+08'") + ")");
    }

    @Test
    void problems_are_counted_open_and_overdue_as_they_stood_at_the_end_of_the_period() throws Exception {
        problem("closed", "2026-10-10", "2026-10-20", "2026-11-05");   // late: open and overdue when October ended
        problem("rectifying", "2026-11-10", "2026-12-10", null);       // in hand, not due yet
        problem("assigned", "2026-11-02", "2026-11-12", null);         // overdue in November only

        var october = rows("2026-10", "second").get("A1");
        assertEquals(1, october.get("problems_open").asInt(), "the late case was still open on 31 October");
        assertEquals(1, october.get("problems_overdue").asInt(), "…and past its deadline; November's cases are not"
                + " October's");
        var november = rows("2026-11", "second").get("A1");
        assertEquals(2, november.get("problems_open").asInt());
        assertEquals(1, november.get("problems_overdue").asInt(), "overdue by today, 25 November");
        assertEquals(0, november.get("problems_closed_on_time").asInt(), "the late case was closed in November, late");
    }

    @Test
    void second_level_grids_count_their_duties_objects_and_inspections() {
        var a1 = rows("second").get("A1");
        assertEquals(5, a1.get("duties_due").asInt(), "1 source + 4 patrols");
        assertEquals(1, a1.get("duties_done").asInt());
        assertEquals(1, a1.get("duties_done_on_time").asInt());
        assertEquals(1, a1.get("objects_due").asInt());
        assertEquals(1, a1.get("objects_inspected").asInt());
        assertEquals(1.0, a1.get("coverage").asDouble());
        assertTrue(a1.get("staffed").asBoolean());
        var a2 = rows("second").get("A2");
        assertEquals(4, a2.get("duties_due").asInt());
        assertTrue(a2.get("coverage").isNull() || !a2.has("coverage") || a2.get("coverage").isMissingNode(), "no object due");
        assertTrue(!a2.get("staffed").asBoolean());
    }

    @Test
    void parents_are_the_sums_of_their_children() {
        var a = rows("first").get("A");
        assertEquals(9, a.get("duties_due").asInt());
        assertEquals(1, a.get("duties_done").asInt());
        var district = rows("district").get("D");
        assertEquals(9, district.get("duties_due").asInt(), "B has no second-level grids and no duty this month");
    }

    @Test
    void a_correction_is_not_counted_as_a_second_inspection() {
        String first = sql.text("SELECT id FROM inspection");
        record(UUID.randomUUID().toString(), first);
        assertEquals(2, sql.count("SELECT count(*) FROM inspection"));
        assertEquals(1, rows("second").get("A1").get("inspections").asInt());
    }

    @Test
    void the_coverage_layer_is_geojson_for_a_choropleth() {
        var layer = admin.get("/api/coverage?period=2026-11&level=second");
        assertEquals("application/geo+json", layer.contentType());
        var feature = layer.json().get("features").get(0);
        assertEquals("Polygon", feature.get("geometry").get("type").asText());
        assertTrue(feature.get("properties").has("duties_due"));
    }

    @Test
    void the_xlsx_holds_the_same_numbers_as_the_json_and_the_csv_round_trips() throws Exception {
        var json = rows("second").get("A1");
        byte[] xlsx = http.toBlocking().retrieve(HttpRequest.GET("/api/coverage.xlsx?period=2026-11&level=second")
                .bearerAuth(admin.token()), byte[].class);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains("2026年11月"), "a title row naming the period");
            assertEquals("编码", sheet.getRow(1).getCell(0).getStringCellValue());
            var a1 = sheet.getRow(2).getCell(0).getStringCellValue().equals("A1") ? sheet.getRow(2) : sheet.getRow(3);
            assertEquals("A1", a1.getCell(0).getStringCellValue());
            assertEquals(json.get("duties_due").asDouble(), a1.getCell(4).getNumericCellValue());
            assertEquals(json.get("coverage").asDouble(), a1.getCell(11).getNumericCellValue());
            assertEquals("0.0%", a1.getCell(11).getCellStyle().getDataFormatString());
        }
        byte[] csv = http.toBlocking().retrieve(HttpRequest.GET("/api/coverage.csv?period=2026-11&level=second")
                .bearerAuth(admin.token()), byte[].class);
        assertEquals((byte) 0xEF, csv[0], "UTF-8 with a byte-order mark");
        String[] lines = new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertTrue(lines[0].contains("2026年11月"));
        String a1Line = lines[2].startsWith("\"=\"\"A1\"\"\",") ? lines[2] : lines[3];
        assertEquals("5", a1Line.split(",")[4]);
    }

    @Test
    void a_grids_trend_holds_the_periods_of_the_same_kind_before_the_one_asked_for() {
        var trend = admin.get("/api/coverage/trend?grid=A1&period=2026-11&count=3").json();
        assertEquals(3, trend.size());
        assertEquals("2026-09", trend.get(0).get("period").asText());
        assertEquals("2026-11", trend.get(2).get("period").asText());
        assertEquals(0, trend.get(1).get("duties_due").asInt(), "duties were generated for November only");
        assertEquals(5, trend.get(2).get("duties_due").asInt());
        assertEquals(rows("second").get("A1").get("inspections"), trend.get(2).get("inspections"));
        assertEquals(9, admin.get("/api/coverage/trend?grid=A&period=2026-11&count=1").json().get(0).get("duties_due").asInt(),
                "a parent's trend sums its children, as its row does");
        assertEquals(400, admin.get("/api/coverage/trend?grid=A1&period=2026-11&count=40").status());
        assertEquals(404, supervisor.get("/api/coverage/trend?grid=B&period=2026-11").status(), "outside the scope");
    }

    @Test
    void problems_and_complaints_are_points_where_they_happened_for_those_who_may_see_their_grid() {
        var answer = supervisor.exchange(HttpRequest.PUT("/api/inspections/" + UUID.randomUUID(), "{\"duty_id\":"
                + sourceDuty + ",\"inspected_at\":\"2026-11-22T10:00:00+08:00\",\"fix\":{\"lon\":120.0021,"
                + "\"lat\":30.0022,\"accuracy_m\":5},\"checklist\":{},\"findings\":[{\"category\":\"wastewater\","
                + "\"severity\":\"serious\",\"description\":\"暗管排污\"}]}").contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(201, answer.status(), String.valueOf(answer.json()));
        var anonymous = ApiClient.anonymous(http);
        assertEquals(201, anonymous.post("/api/public/complaints", "{\"category\":\"noise\",\"description\":\"夜间施工\","
                + "\"lon\":120.003,\"lat\":30.008}").status(), "in A2");
        var points = admin.get("/api/coverage/points?period=2026-11");
        assertEquals("application/geo+json", points.contentType());
        Map<String, JsonNode> byKind = new HashMap<>();
        points.json().get("features").forEach(f -> byKind.put(f.get("properties").get("kind").asText(), f));
        assertEquals(2, points.json().get("features").size());
        var problem = byKind.get("problem");
        assertEquals("A1", problem.get("properties").get("grid_code").asText());
        assertEquals("wastewater", problem.get("properties").get("label").asText());
        assertEquals(120.0021, problem.get("geometry").get("coordinates").get(0).asDouble(), 1e-9, "where the inspection was");
        assertEquals("A2", byKind.get("complaint").get("properties").get("grid_code").asText());
        assertEquals(1, supervisor.get("/api/coverage/points?period=2026-11").json().get("features").size(),
                "the supervisor of A1 does not see A2's complaint");
        assertEquals(0, admin.get("/api/coverage/points?period=2026-09").json().get("features").size());
    }

    @Test
    void the_review_ranks_first_level_grids_and_a_published_one_does_not_move() {
        var live = admin.get("/api/review?quarter=2026-Q4").json();
        var ranking = live.get("ranking");
        assertEquals(2, ranking.size());
        assertEquals("A", ranking.get(0).get("code").asText(), "A did something, B nothing");
        double before = ranking.get(0).get("score").asDouble();
        assertEquals(201, admin.post("/api/reviews?quarter=2026-Q4", "").status());
        assertEquals(409, admin.post("/api/reviews?quarter=2026-Q4", "").status());
        // a flagged record afterwards changes the live figures, not the published ones
        supervisor.exchange(HttpRequest.PUT("/api/inspections/" + UUID.randomUUID(), "{\"duty_id\":" + sourceDuty
                + ",\"inspected_at\":\"2026-11-21T10:00:00+08:00\",\"fix\":{\"lon\":120.0049,\"lat\":30.0049,\"accuracy_m\":5},"
                + "\"checklist\":{},\"findings\":[]}").contentType(MediaType.APPLICATION_JSON_TYPE));
        double liveAfter = admin.get("/api/review?quarter=2026-Q4").json().get("ranking").get(0).get("score").asDouble();
        double frozen = admin.get("/api/reviews/2026-Q4").json().get("ranking").get(0).get("score").asDouble();
        assertTrue(liveAfter < before, liveAfter + " < " + before);
        assertEquals(before, frozen);
        var weighted = admin.get("/api/review?quarter=2026-Q4&dutyCompletion=0&problemsOnTime=0&complaintsOnTime=0"
                + "&satisfaction=0&locationAccuracy=1").json();
        assertEquals(50.0, weighted.get("ranking").get(0).get("score").asDouble(), "one of two records flagged");
    }
}
