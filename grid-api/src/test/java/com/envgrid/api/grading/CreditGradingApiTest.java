package com.envgrid.api.grading;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.enterprise.EnterpriseAlerts;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.api.people.TwoDistricts;
import com.envgrid.core.enterprise.AlertKind;
import com.envgrid.core.source.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Credit grading in a city of two districts (清源区 west, 滨湖区 east): a chemical works in A1 whose year brings every
 * indicator once; a printing works reviewed by the district's administrator; then the west's year published — last,
 * as it freezes every grade of the district —, frozen against later records, a grade feeding the rating and the
 * duties, and a dye works' appeal decided.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CreditGradingApiTest extends ApiTestBase {
    static final String WORKS = CreditCode.withCheckCharacter("91320214MA1F00081");
    static final String PRINTING = CreditCode.withCheckCharacter("91320214MA1F00082");
    static final String DYE = CreditCode.withCheckCharacter("91320214MA1F00083");
    static final String IN_B = CreditCode.withCheckCharacter("91320214MA1F00084");
    static final String EAST_WORKS = CreditCode.withCheckCharacter("91320215MA1F00085");
    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    @Inject
    MutableClock clock;
    @Inject
    EnterpriseAlerts alerts;

    ApiClient city;
    ApiClient westAdmin;
    ApiClient eastAdmin;
    ApiClient chiefA;
    ApiClient supA1;

    @BeforeAll
    void twoDistrictsWithTheirEnterprises() {
        clock.set(NOW);
        city = ApiClient.asAdmin(http);
        emptyLayer.startOver(city, TwoDistricts.layer());
        new TwoDistricts(http);
        assertEquals(201, city.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n"
                + WORKS + ",澄川化工,120.002,30.002,B\n" + PRINTING + ",澄川印刷,120.003,30.002,B\n"
                + DYE + ",澄川印染,120.004,30.002,A\n" + IN_B + ",南塘纸业,120.015,30.003,B\n"
                + EAST_WORKS + ",滨湖电镀,120.025,30.002,B\n").getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv")).status());
        westAdmin = signedIn("admin-" + TwoDistricts.WEST);
        eastAdmin = signedIn("admin-" + TwoDistricts.EAST);
        chiefA = signedIn("chief-a");
        supA1 = signedIn("sup-a1");
    }

    private ApiClient signedIn(String username) {
        return ApiClient.signedIn(http, username, StaffFixture.PASSWORD);
    }

    /** The supervisor of A1 records an inspection of the source now, with findings of the given severities; its cases. */
    private JsonNode inspect(String source, String... severities) {
        StringBuilder findings = new StringBuilder();
        for (String severity : severities) {
            findings.append(findings.isEmpty() ? "" : ",").append("{\"category\":\"wastewater\",\"severity\":\"")
                    .append(severity).append("\",\"description\":\"排口异常\"}");
        }
        String at = clock.instant().minus(Duration.ofMinutes(30)).atOffset(ZoneOffset.ofHours(8)).toString();
        var recorded = supA1.exchange(HttpRequest.PUT("/api/inspections/" + UUID.randomUUID(),
                "{\"target\":{\"kind\":\"source\",\"code\":\"" + source + "\"},\"inspected_at\":\"" + at + "\","
                        + "\"fix\":{\"lon\":120.002,\"lat\":30.002,\"accuracy_m\":10},\"checklist\":{},\"findings\":["
                        + findings + "]}").contentType("application/json"));
        assertEquals(201, recorded.status(), String.valueOf(recorded.json()));
        return recorded.json().get("cases");
    }

    private void act(ApiClient who, long caseId, String body) {
        var answer = who.post("/api/cases/" + caseId + "/actions", body);
        assertEquals(200, answer.status(), body + ": " + answer.json());
    }

    private static Map<String, JsonNode> indicators(JsonNode card) {
        Map<String, JsonNode> byKey = new HashMap<>();
        card.get("proposal").get("indicators").forEach(i -> byKey.put(i.get("indicator").asText(), i));
        return byKey;
    }

    @Test
    @Order(1)
    void every_indicator_counts_its_items_with_their_evidence() {
        clock.set(NOW);
        var cases = inspect(WORKS, "serious", "general", "minor");
        long serious = cases.get(0).asLong();
        long minor = cases.get(2).asLong();
        long sup = sql.count("SELECT id FROM person WHERE username = 'sup-a1'");
        // the minor finding: rectified, sent back once, rectified again and verified
        act(chiefA, minor, "{\"action\":\"assign\",\"assignee_id\":" + sup + "}");
        act(supA1, minor, "{\"action\":\"start_rectification\"}");
        act(supA1, minor, "{\"action\":\"report_done\"}");
        act(chiefA, minor, "{\"action\":\"send_back\",\"reason\":\"仍有渗漏\"}");
        act(supA1, minor, "{\"action\":\"report_done\"}");
        act(chiefA, minor, "{\"action\":\"verify\"}");
        clock.advance(Duration.ofDays(4)); // the serious finding's three days have passed
        // a complaint whose investigation found the works at fault
        var filed = ApiClient.anonymous(http).post("/api/public/complaints", "{\"channel\":\"web\",\"category\":"
                + "\"odour\",\"description\":\"化工厂异味\",\"lon\":120.002,\"lat\":30.002}");
        assertEquals(201, filed.status(), String.valueOf(filed.json()));
        long complaint = filed.json().get("id").asLong();
        for (String step : new String[]{"{\"action\":\"accept\"}", "{\"action\":\"investigate\"}",
                "{\"action\":\"open_case\",\"text\":\"废气无组织排放\",\"category\":\"exhaust\",\"severity\":\"general\","
                        + "\"source_code\":\"" + WORKS + "\"}"}) {
            var answer = supA1.post("/api/complaints/" + complaint + "/actions", step);
            assertEquals(200, answer.status(), step + ": " + answer.json());
        }
        long waste = alerts.raise(WORKS, "A1", AlertKind.HW_UNLICENSED_RECEIVER, "TM-2026-001", "接收单位无许可证",
                clock.instant()).orElseThrow().id();
        long radiation = alerts.raise(WORKS, "A1", AlertKind.RADIATION_LICENCE_EXPIRED, "苏环辐证[00123]:2026-11-01",
                "辐射安全许可证已过期", clock.instant()).orElseThrow().id();

        var card = chiefA.get("/api/enterprises/" + WORKS + "/grade?year=2026");
        assertEquals(200, card.status(), String.valueOf(card.json()));
        var by = indicators(card.json());
        assertEquals(String.valueOf(serious), by.get("serious_findings").get("evidence").get(0).get("id").asText());
        assertEquals(-20, by.get("serious_findings").get("points").asInt());
        assertEquals(-8, by.get("general_findings").get("points").asInt());
        assertEquals(-3, by.get("minor_findings").get("points").asInt());
        assertEquals(1, by.get("overdue_cases").get("count").asInt(), "the serious case is past its deadline");
        assertEquals(String.valueOf(serious), by.get("overdue_cases").get("evidence").get(0).get("id").asText());
        assertEquals(String.valueOf(minor), by.get("reopened_cases").get("evidence").get(0).get("id").asText());
        assertEquals(String.valueOf(complaint), by.get("confirmed_complaints").get("evidence").get(0).get("id").asText());
        assertEquals("complaint", by.get("confirmed_complaints").get("evidence").get(0).get("kind").asText());
        assertEquals(String.valueOf(waste), by.get("hazardous_waste_alerts").get("evidence").get(0).get("id").asText());
        assertEquals(String.valueOf(radiation), by.get("radiation_alerts").get("evidence").get(0).get("id").asText());
        assertEquals(String.valueOf(minor), by.get("verified_corrections").get("evidence").get(0).get("id").asText());
        assertEquals(2, by.get("verified_corrections").get("points").asInt(), "a verified correction counts for it");
        // 100 − 20 − 8 − 3 − 5 − 5 − 10 − 10 − 10 + 2
        assertEquals(31, card.json().get("proposal").get("score").asInt());
        assertEquals("red", card.json().get("proposal").get("grade").asText());
        assertFalse(card.json().get("published").asBoolean());
        assertFalse(card.json().get("may_review").asBoolean(), "a chief does not review grades");

        // the district's own rule weighs otherwise: a serious finding 40 points
        var rule = city.put("/api/rule-settings/credit_grading?district=" + TwoDistricts.WEST,
                "{\"seriousFinding\":40,\"generalFinding\":8,\"minorFinding\":3,\"overdueCase\":5,\"reopenedCase\":5,"
                        + "\"confirmedComplaint\":10,\"hazardousWasteAlert\":10,\"radiationAlert\":10,"
                        + "\"verifiedCorrection\":2,\"greenFrom\":90,\"blueFrom\":75,\"yellowFrom\":60}");
        assertEquals(200, rule.status(), String.valueOf(rule.json()));
        assertEquals(11, chiefA.get("/api/enterprises/" + WORKS + "/grade?year=2026").json().get("proposal")
                .get("score").asInt());
        assertEquals(200, city.exchange(HttpRequest.DELETE("/api/rule-settings/credit_grading?district="
                + TwoDistricts.WEST)).status());
    }

    @Test
    @Order(2)
    void a_review_needs_an_administrator_of_the_district_and_a_reason() {
        clock.set(NOW);
        String path = "/api/enterprises/" + PRINTING + "/grade/2026/review";
        assertEquals(403, chiefA.put(path, "{\"grade\":\"yellow\",\"reason\":\"多次被举报\"}").status());
        assertEquals(403, eastAdmin.put(path, "{\"grade\":\"yellow\",\"reason\":\"多次被举报\"}").status(),
                "another district's administrator");
        var noReason = westAdmin.put(path, "{\"grade\":\"yellow\",\"reason\":\" \"}");
        assertEquals(400, noReason.status());
        assertEquals("/reason", noReason.json().get("errors").get(0).get("pointer").asText());
        assertEquals(400, westAdmin.put(path, "{\"grade\":\"purple\",\"reason\":\"x\"}").status());
        var reviewed = westAdmin.put(path, "{\"grade\":\"yellow\",\"reason\":\"多次被举报\"}");
        assertEquals(200, reviewed.status(), String.valueOf(reviewed.json()));
        assertEquals("yellow", reviewed.json().get("reviewed_grade").asText());
        assertEquals("green", reviewed.json().get("proposal").get("grade").asText(), "the proposal stays as it was");
        assertEquals("review", reviewed.json().get("history").get(0).get("action").asText());
        assertEquals("admin-" + TwoDistricts.WEST, reviewed.json().get("reviewed_by").asText());
        assertEquals(1, sql.count("SELECT count(*) FROM audit_log WHERE entity = 'credit_grade' AND entity_id = '"
                + PRINTING + "/2026' AND action = 'review'"));
        var listed = westAdmin.get("/api/grading/2026?grade=yellow").json().get("enterprises");
        assertEquals(1, listed.size(), listed.toString());
        assertEquals(PRINTING, listed.get(0).get("code").asText());
    }

    @Test
    @Order(3)
    void the_list_is_scoped_to_the_callers_grids_and_district() {
        clock.set(NOW);
        var ofChief = chiefA.get("/api/grading/2026?district=" + TwoDistricts.WEST);
        assertEquals(200, ofChief.status(), String.valueOf(ofChief.json()));
        var codes = ofChief.json().get("enterprises").findValuesAsText("code");
        assertTrue(codes.contains(WORKS) && !codes.contains(IN_B), "a chief of A sees A's enterprises only: " + codes);
        var ofAdmin = westAdmin.get("/api/grading/2026").json().get("enterprises").findValuesAsText("code");
        assertTrue(ofAdmin.contains(IN_B) && !ofAdmin.contains(EAST_WORKS), ofAdmin.toString());
        assertEquals(403, eastAdmin.get("/api/enterprises/" + WORKS + "/grade").status());
        assertEquals(403, signedIn("chief-c").get("/api/enterprises/" + WORKS + "/grade").status());
        assertEquals(403, eastAdmin.post("/api/grading/2026/publish?district=" + TwoDistricts.WEST, "").status());
        assertEquals(404, chiefA.get("/api/enterprises/91320214MA1F0009XX/grade").status());
        var export = westAdmin.get("/api/grading/2026.xlsx");
        assertEquals(200, export.status());
    }

    @Test
    @Order(4)
    void a_published_year_is_frozen_feeds_the_rating_and_the_duties_and_is_changed_by_an_appeal_only() {
        clock.set(NOW);
        inspect(DYE, "serious", "serious", "serious");
        assertEquals("red", chiefA.get("/api/enterprises/" + DYE + "/grade?year=2026").json().get("proposal")
                .get("grade").asText());
        assertEquals(409, supA1.post("/api/enterprises/" + DYE + "/grade/2026/appeals",
                "{\"filed_for\":\"厂长 王某\",\"text\":\"已整改\"}").status(), "nothing published to appeal");

        var published = westAdmin.post("/api/grading/2026/publish", "");
        assertEquals(201, published.status(), String.valueOf(published.json()));
        assertTrue(published.json().get("published").asBoolean());
        assertEquals(409, westAdmin.post("/api/grading/2026/publish", "").status(), "a year is published once");
        assertEquals("D", sql.text("SELECT rating FROM source WHERE code = '" + DYE + "'"), "red is rating D");

        // a later record of the same year changes the live record, not the published grade
        inspect(DYE, "minor");
        var card = chiefA.get("/api/enterprises/" + DYE + "/grade?year=2026").json();
        assertTrue(card.get("published").asBoolean());
        assertEquals(40, card.get("proposal").get("score").asInt());
        assertEquals(3, indicators(card).get("serious_findings").get("count").asInt());
        assertEquals(0, indicators(card).get("minor_findings").get("count").asInt(), "frozen at publication");
        assertEquals("red", card.get("published_grade").asText());
        assertEquals(409, westAdmin.put("/api/enterprises/" + DYE + "/grade/2026/review",
                "{\"grade\":\"green\",\"reason\":\"x\"}").status(), "a published grade is not reviewed again");

        // the rating D makes the works due every month, green's A the clean paper mill every six
        assertEquals(200, city.post("/api/duties/generate?period=2026-12", "").status());
        assertTrue(sql.count("SELECT max(due_by - due_from) FROM duty WHERE target_code = '" + DYE + "'") <= 31,
                "a red enterprise is inspected monthly");
        assertEquals("A", sql.text("SELECT rating FROM source WHERE code = '" + IN_B + "'"));
        assertTrue(sql.count("SELECT max(due_by - due_from) FROM duty WHERE target_code = '" + IN_B + "'") > 31,
                "a green enterprise is inspected less often");

        // the works objects; the district's administrator upholds it in part: yellow
        var appealed = supA1.post("/api/enterprises/" + DYE + "/grade/2026/appeals",
                "{\"filed_for\":\"厂长 王某\",\"text\":\"三项问题已于当月整改完毕\"}");
        assertEquals(201, appealed.status(), String.valueOf(appealed.json()));
        long appeal = appealed.json().get("appeals").get(0).get("id").asLong();
        String decision = "/api/enterprises/" + DYE + "/grade/2026/appeals/" + appeal + "/decision";
        assertEquals(403, chiefA.post(decision, "{\"decision\":\"upheld\",\"grade\":\"yellow\",\"reason\":\"x\"}").status());
        assertEquals(400, westAdmin.post(decision, "{\"decision\":\"upheld\",\"grade\":\"yellow\"}").status());
        var upheld = westAdmin.post(decision, "{\"decision\":\"upheld\",\"grade\":\"yellow\",\"reason\":\"整改及时\"}");
        assertEquals(200, upheld.status(), String.valueOf(upheld.json()));
        assertEquals("yellow", upheld.json().get("published_grade").asText());
        assertEquals("C", sql.text("SELECT rating FROM source WHERE code = '" + DYE + "'"));
        assertEquals(409, westAdmin.post(decision, "{\"decision\":\"rejected\",\"reason\":\"x\"}").status());
        var actions = upheld.json().get("history").findValuesAsText("action");
        assertEquals(List.of("uphold", "appeal", "publish"), actions);

        // a second objection, rejected: the grade stays
        long second = supA1.post("/api/enterprises/" + DYE + "/grade/2026/appeals",
                "{\"filed_for\":\"厂长 王某\",\"text\":\"应为绿色\"}").json().get("appeals").get(1).get("id").asLong();
        var rejected = westAdmin.post("/api/enterprises/" + DYE + "/grade/2026/appeals/" + second + "/decision",
                "{\"decision\":\"rejected\",\"reason\":\"问题属实\"}");
        assertEquals(200, rejected.status(), String.valueOf(rejected.json()));
        assertEquals("yellow", rejected.json().get("published_grade").asText());

        // the public reads the green and red enterprises of the published year: no longer the dye works, nor the
        // printing works reviewed yellow, nor the east's unpublished ones
        var publicList = ApiClient.anonymous(http).get("/api/public/grading/2026");
        assertEquals(200, publicList.status());
        var listed = publicList.json().findValuesAsText("code");
        assertEquals(List.of(IN_B, WORKS), listed);

        // an earlier year published afterwards leaves the rating to the later year's grade
        assertEquals(201, westAdmin.post("/api/grading/2025/publish", "").status());
        assertEquals("green", chiefA.get("/api/enterprises/" + DYE + "/grade?year=2025").json().get("published_grade")
                .asText());
        assertEquals("C", sql.text("SELECT rating FROM source WHERE code = '" + DYE + "'"));
        assertEquals("环保诚信企业", publicList.json().get(0).get("grade_name").asText());
    }
}
