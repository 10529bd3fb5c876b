package com.envgrid.api.waste;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.core.sheet.SheetWriter;
import com.envgrid.core.source.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hazardous waste end to end, in the small district (towns A and B; A1 in A) with its staff, on a pinned clock
 * (2026-11-20 in the district): generators' records and manifests, the safe-disposal rate per enterprise and grid,
 * the alerts the checks raise (each once, with its case), the manifest import and who may do what.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WasteApiTest extends ApiTestBase {
    static final Instant START = Instant.parse("2026-11-20T02:00:00Z");
    static final String RATED = CreditCode.withCheckCharacter("91320214MA1F00301");
    static final String STORING = CreditCode.withCheckCharacter("91320214MA1F00302");
    static final String IMPORTED = CreditCode.withCheckCharacter("91320214MA1F00303");
    static final String IN_B = CreditCode.withCheckCharacter("91320214MA1F00304");
    static final String HEADER = "联单编号,统一社会信用代码,废物代码,转移日期,数量（吨）,接收单位,经营许可证编号,许可证有效期至\n";

    @Inject
    MutableClock clock;
    @Inject
    WasteChecks checks;

    ApiClient admin;
    StaffFixture staff;

    @BeforeAll
    void generatorsInAAndB() {
        clock.set(START);
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        staff = new StaffFixture(http);
        assertEquals(201, admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n"
                + RATED + ",澄川化工有限公司,120.002,30.002,B\n" + STORING + ",澄川电镀有限公司,120.003,30.002,C\n"
                + IMPORTED + ",澄川喷涂有限公司,120.004,30.002,B\n" + IN_B + ",印染厂,120.015,30.003,C\n")
                .getBytes(StandardCharsets.UTF_8)).contentType("text/csv")).status());
    }

    @AfterEach
    void backToTheStart() {
        clock.set(START);
    }

    /** The rate counts only what went to a receiver licensed on the day: an expired licence leaves it at half. */
    @Test
    void the_safe_disposal_rate_counts_only_transfers_to_a_licensed_receiver() {
        String base = "/api/enterprises/" + RATED + "/waste";
        String checklist = "/api/checklists?kind=source&source_kind=enterprise&source=" + RATED;
        assertFalse(admin.get(checklist).json().toString().contains("hw_licensed_receiver"), "not a generator yet");
        assertEquals(200, admin.put(base + "/plans/2026", "{\"items\":[{\"waste_code\":\"900-039-49\",\"tonnes\":10}]}")
                .status());
        assertEquals(201, admin.post(base + "/generations", generation("2026-02-01", "6")).status());
        assertEquals(201, admin.post(base + "/generations", generation("2026-05-01", "4")).status());
        assertEquals(201, admin.post(base + "/manifests", manifest("3202202603010001", "2026-03-01", "5",
                "JS3202OOD123", "2027-12-31")).status());
        var unlicensed = admin.post(base + "/manifests", manifest("3202202606010002", "2026-06-01", "3",
                "JS3202OOD456", "2026-05-31"));
        assertEquals(201, unlicensed.status(), String.valueOf(unlicensed.json()));

        assertTrue(admin.get(checklist).json().toString().contains("hw_licensed_receiver"),
                "a generator's inspections check its hazardous waste");

        JsonNode card = admin.get(base + "?year=2026").json();
        assertTrue(card.get("generator").asBoolean());
        JsonNode figures = card.get("figures");
        assertEquals(10.0, figures.get("generated").asDouble());
        assertEquals(5.0, figures.get("transferred_licensed").asDouble());
        assertEquals(3.0, figures.get("transferred_unlicensed").asDouble());
        assertEquals(2.0, figures.get("stored").asDouble());
        assertEquals(0.5, figures.get("rate").asDouble());
        assertTrue(card.get("manifests").get(0).get("licensed").asBoolean());
        assertFalse(card.get("manifests").get(1).get("licensed").asBoolean(), "the licence ended the day before");
        assertEquals("烟气、VOCs治理过程（不包括餐饮行业油烟治理过程）产生的废活性炭",
                card.get("plan").get(0).get("name").asText());

        JsonNode alerts = admin.get("/api/enterprises/" + RATED + "/alerts").json();
        assertEquals(1, alerts.size(), String.valueOf(alerts));
        assertEquals("hw_unlicensed_receiver", alerts.get(0).get("kind").asText());
        assertEquals("3202202606010002", alerts.get(0).get("subject").asText());
        assertTrue(alerts.get(0).hasNonNull("case_id"), "an unlicensed receiver opens a case");

        JsonNode rows = admin.get("/api/waste/figures?level=enterprise&year=2026").json();
        JsonNode rated = find(rows, RATED);
        assertEquals(0.5, rated.get("rate").asDouble());
        assertEquals("A1", rated.get("grid").asText());
        assertEquals(0.5, find(admin.get("/api/waste/figures?level=first&year=2026").json(), "A").get("rate").asDouble(),
                "town A is the sum of its generators");
        JsonNode district = admin.get("/api/waste/figures?level=district&year=2026").json();
        assertTrue(district.get(0).get("generated").asDouble() >= 10.0, String.valueOf(district));
        var xlsx = admin.exchange(HttpRequest.GET("/api/waste/figures.xlsx?level=first&year=2026"));
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType().startsWith(SheetWriter.XLSX), xlsx.contentType());

        assertEquals(201, admin.post(base + "/generations", "{\"waste_code\":\"900-041-49\",\"generated_on\":"
                + "\"2026-07-01\",\"tonnes\":1}").status());
        JsonNode offPlan = admin.get("/api/enterprises/" + RATED + "/alerts").json();
        assertEquals(2, offPlan.size(), "a code the year's plan does not have is off plan: " + offPlan);
        assertEquals("hw_off_plan", offPlan.get(0).get("kind").asText());
        assertEquals("2026:900-041-49", offPlan.get(0).get("subject").asText());
    }

    /**
     * A lot stored past a year raises one alert and opens one case on the day it passes, however often the daily check
     * runs; the day before, nothing.
     */
    @Test
    void storage_past_a_year_raises_one_alert_and_one_case_however_often_the_check_runs() {
        String base = "/api/enterprises/" + STORING + "/waste";
        assertEquals(201, admin.post(base + "/generations", "{\"waste_code\":\"336-064-17\",\"generated_on\":"
                + "\"2025-11-25\",\"tonnes\":2.5}").status());
        assertEquals(201, admin.post(base + "/generations", "{\"waste_code\":\"336-064-17\",\"generated_on\":"
                + "\"2026-03-01\",\"tonnes\":1}").status());
        assertEquals(201, admin.post(base + "/manifests", "{\"number\":\"3202202604010003\",\"waste_code\":\"336-064-17\","
                + "\"transferred_on\":\"2026-04-01\",\"tonnes\":1,\"receiver_name\":\"常州危废处置中心\","
                + "\"licence_number\":\"JS0400OOD001\",\"licence_valid_until\":\"2028-01-01\"}").status());
        clock.set(Instant.parse("2026-11-25T02:00:00Z"));
        assertTrue(checks.runAlone(clock.instant()));
        assertEquals(0, admin.get("/api/enterprises/" + STORING + "/alerts").json().size(), "365 days is within a year");

        clock.set(Instant.parse("2026-11-26T02:00:00Z"));
        assertTrue(checks.runAlone(clock.instant()));
        assertTrue(checks.runAlone(clock.instant()));
        JsonNode alerts = admin.get("/api/enterprises/" + STORING + "/alerts").json();
        assertEquals(1, alerts.size(), String.valueOf(alerts));
        assertEquals("hw_stored_over_year", alerts.get(0).get("kind").asText());
        assertEquals("336-064-17:2025-11-25", alerts.get(0).get("subject").asText());
        assertTrue(alerts.get(0).get("detail").asText().contains("1.500 吨"), "the oldest lot left the first tonne");
        assertEquals(1, sql.count("SELECT count(*) FROM problem_case WHERE target_code = '" + STORING + "'"));

        JsonNode stored = admin.get(base + "?year=2026").json().get("stored");
        assertEquals(2, stored.size());
        assertEquals(366, stored.get(0).get("age_days").asInt());
        assertTrue(stored.get(0).get("overdue").asBoolean());
        assertFalse(stored.get(1).get("overdue").asBoolean());
    }

    /** Bad rows stop the import whole and are each reported; a good file sent twice adds its manifests once. */
    @Test
    void an_import_with_bad_rows_writes_nothing_and_a_retried_import_adds_nothing() {
        String good = HEADER + "3202202607010010," + IMPORTED + ",900-252-12,2026/7/1,1.2,常州危废处置中心,JS0400OOD001,"
                + "2028-01-01\n" + "3202202607020011," + IMPORTED + ",900-252-12,2026-07-02,0.8,某回收站,,\n";
        String bad = good + "3202202607030012," + IMPORTED + ",900-252-42,2026-07-03,1,常州危废处置中心,JS0400OOD001,"
                + "2028-01-01\n" + "3202202607040013," + IMPORTED + ",900-252-12,2026-07-04,很多,常州危废处置中心,,\n"
                + "3202202607050014,91320214MA1F0099XX,900-252-12,2026-07-05,1,常州危废处置中心,,\n";
        var refused = importCsv(bad, Charset.forName("GBK"), false);
        assertEquals(422, refused.status(), String.valueOf(refused.json()));
        JsonNode report = refused.json().get("report");
        assertEquals(5, report.get("rows").asInt());
        assertEquals(3, report.get("bad").asInt());
        assertEquals("GBK", report.get("charset").asText());
        List<String> where = new ArrayList<>();
        report.get("problems").forEach(p -> where.add(p.get("line").asInt() + " " + p.get("column").asText()));
        assertEquals(List.of("4 废物代码", "5 数量（吨）", "6 统一社会信用代码"), where);
        assertTrue(report.get("problems").get(0).get("message_zh").asText().contains("HW42"));
        assertEquals(0, sql.count("SELECT count(*) FROM waste_manifest WHERE source_code = '" + IMPORTED + "'"),
                "nothing half-written");

        var dryRun = importCsv(good, StandardCharsets.UTF_8, true);
        assertEquals(200, dryRun.status());
        assertFalse(dryRun.json().get("written").asBoolean());
        assertEquals(0, sql.count("SELECT count(*) FROM waste_manifest WHERE source_code = '" + IMPORTED + "'"));

        var first = importCsv(good, Charset.forName("GBK"), false);
        assertEquals(201, first.status(), String.valueOf(first.json()));
        assertEquals(2, first.json().get("added").asInt());
        var again = importCsv(good, StandardCharsets.UTF_8, false);
        assertEquals(201, again.status(), String.valueOf(again.json()));
        assertEquals(0, again.json().get("added").asInt());
        assertEquals(2, again.json().get("unchanged").asInt());
        assertEquals(2, sql.count("SELECT count(*) FROM waste_manifest WHERE source_code = '" + IMPORTED + "'"));
        JsonNode alerts = admin.get("/api/enterprises/" + IMPORTED + "/alerts").json();
        assertEquals(1, alerts.size(), "the import checked the receiver without a licence: " + alerts);
        assertEquals("3202202607020011", alerts.get(0).get("subject").asText());

        byte[] workbook = SheetWriter.xlsx("联单", List.of("联单编号", "统一社会信用代码", "废物代码", "转移日期", "数量（吨）",
                "接收单位", "经营许可证编号", "许可证有效期至"), List.of(List.of("3202202608010015", IMPORTED,
                "900-252-12", "2026-08-01", "0.5", "常州危废处置中心", "JS0400OOD001", "2028-01-01")));
        var fromExcel = admin.exchange(HttpRequest.POST("/api/waste/manifests/import", workbook)
                .contentType(SheetWriter.XLSX));
        assertEquals(201, fromExcel.status(), String.valueOf(fromExcel.json()));
        assertEquals(1, fromExcel.json().get("added").asInt());
    }

    /** Reads within the enterprise's grids, changes by administrators; bad input is a 4xx saying where. */
    @Test
    void the_tab_is_read_within_the_grids_and_changed_by_administrators() {
        String base = "/api/enterprises/" + IN_B + "/waste";
        assertEquals(200, admin.get(base).status());
        assertEquals(403, staff.as("chief").get(base).status(), "chief of A, works in B");
        assertEquals(200, ApiClient.signedIn(http, "chief-b", StaffFixture.PASSWORD).get(base).status());
        assertEquals(200, staff.as("viewer").get(base).status());
        assertEquals(401, staff.as("anonymous").get(base).status());
        assertEquals(200, staff.as("chief").get("/api/enterprises/" + RATED + "/waste").status());
        assertEquals(403, staff.as("chief").post("/api/enterprises/" + RATED + "/waste/generations",
                generation("2026-02-01", "1")).status(), "only administrators record");
        assertEquals(403, staff.as("chief").put("/api/enterprises/" + RATED + "/waste/plans/2026",
                "{\"items\":[]}").status());

        var badCode = admin.post(base + "/manifests", manifest("3202202609010020", "2026-09-01", "1", null, null)
                .replace("900-039-49", "900-039-4"));
        assertEquals(400, badCode.status());
        assertEquals("/waste_code", badCode.json().get("errors").get(0).get("pointer").asText());
        var future = admin.post(base + "/generations", generation("2026-11-21", "1"));
        assertEquals(400, future.status(), "the district's today is 2026-11-20");
        assertEquals(201, admin.post(base + "/manifests", manifest("3202202609010021", "2026-09-01", "1", null, null))
                .status());
        assertEquals(200, admin.post(base + "/manifests", manifest("3202202609010021", "2026-09-01", "1", null, null))
                .status(), "a retried manifest changes nothing");
        assertEquals(409, admin.post(base + "/manifests", manifest("3202202609010021", "2026-09-01", "2", null, null))
                .status(), "a number is one manifest");
        assertEquals(1, sql.count("SELECT count(*) FROM waste_manifest WHERE source_code = '" + IN_B + "'"));

        JsonNode firstOfChiefB = ApiClient.signedIn(http, "chief-b", StaffFixture.PASSWORD)
                .get("/api/waste/figures?level=first&year=2026").json();
        assertEquals(1, firstOfChiefB.size(), "chief of B sees town B alone: " + firstOfChiefB);
        assertEquals("B", firstOfChiefB.get(0).get("code").asText());
        assertTrue(firstOfChiefB.get(0).path("rate").isMissingNode(), "B's generator generated nothing: no rate");
        assertEquals(0, staff.as("chief").get("/api/waste/figures?level=city").json().size(), "the city's row is the city's");
    }

    private ApiClient.Answer importCsv(String text, Charset charset, boolean dryRun) {
        return admin.exchange(HttpRequest.POST("/api/waste/manifests/import" + (dryRun ? "?dryRun=true" : ""),
                text.getBytes(charset)).contentType("text/csv"));
    }

    private static String generation(String day, String tonnes) {
        return "{\"waste_code\":\"900-039-49\",\"generated_on\":\"" + day + "\",\"tonnes\":" + tonnes + "}";
    }

    private static String manifest(String number, String day, String tonnes, String licence, String validUntil) {
        return "{\"number\":\"" + number + "\",\"waste_code\":\"900-039-49\",\"transferred_on\":\"" + day
                + "\",\"tonnes\":" + tonnes + ",\"receiver_name\":\"常州危废处置中心\""
                + (licence == null ? "" : ",\"licence_number\":\"" + licence + "\",\"licence_valid_until\":\""
                + validUntil + "\"") + "}";
    }

    private static JsonNode find(JsonNode rows, String code) {
        for (JsonNode row : rows) {
            if (row.get("code").asText().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row " + code + " in " + rows);
    }
}
