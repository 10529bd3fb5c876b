package com.envgrid.api.accountability;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.order.JointFixture;
import com.envgrid.api.people.StaffFixture;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accountability in the small district D (towns A and B; communities A1, A2 in A; chief of A, chief of B, a viewer,
 * the supervisor of A1): the district's date is 2026-11-25, the city's rule 30 days → 约谈, ranked last twice → 通报.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
class AccountabilityApiTest extends ApiTestBase {
    @Inject
    MutableClock clock;
    @Inject
    Accountabilities accountabilities;

    ApiClient admin;
    ApiClient chiefA;
    ApiClient chiefB;
    ApiClient viewer;
    ApiClient supervisor;
    StaffFixture staff;
    JointFixture joint;
    UUID campaign;

    @BeforeEach
    void district() throws Exception {
        clock.set(Instant.parse("2026-11-25T02:00:00Z"));
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        staff = new StaffFixture(http);
        chiefA = staff.as("chief");
        viewer = staff.as("viewer");
        supervisor = staff.as("supervisor");
        chiefB = ApiClient.signedIn(http, "chief-b", StaffFixture.PASSWORD);
        joint = new JointFixture(sql);
        campaign = joint.campaign("扬尘联合督查");
        sql.execute("DELETE FROM rule_setting WHERE item = 'accountability'"); // each test starts on the defaults
    }

    /** A problem case in the grid closed on time on the day: the grid has a score in that quarter's review. */
    private void caseClosedOnTime(String grid, String day) throws SQLException {
        sql.execute("INSERT INTO problem_case (finding_index, category, severity, description, grid_code, target_kind,"
                + " target_code, state, due_by, opened_at, closed_at) VALUES ((SELECT count(*) FROM problem_case),"
                + " 'dust', 'general', '道路扬尘', '" + grid + "', 'grid_patrol', '" + grid + "', 'closed', DATE '" + day
                + "' + 5, TIMESTAMPTZ '" + day + " 09:00+08' - interval '1 day', TIMESTAMPTZ '" + day + " 10:00+08')");
    }

    private static void expect(int status, ApiClient.Answer answer) {
        assertEquals(status, answer.status(), String.valueOf(answer.json()));
    }

    private JsonNode propose() {
        var answer = admin.post("/api/accountability/proposals", "");
        expect(200, answer);
        return answer.json();
    }

    private static List<String> values(JsonNode records, String field) {
        List<String> values = new ArrayList<>();
        records.forEach(r -> values.add(r.get(field).asText()));
        return values;
    }

    @Test
    void an_order_overdue_by_more_than_the_days_is_proposed_once_for_an_interview_of_the_grids_chief()
            throws Exception {
        UUID late = joint.order(campaign, "A1", null, "2026-10-25", "rectifying"); // 31 days overdue
        joint.order(campaign, "A2", null, "2026-10-26", "issued");     // 30 days: not yet
        joint.order(campaign, "B", null, "2026-09-01", "closed");      // closed: never
        var proposed = propose();
        assertEquals(1, proposed.get("added").asInt(), proposed.toString());
        var record = proposed.get("records").get(0);
        assertEquals("order_overdue", record.get("basis").asText());
        assertEquals(late.toString(), record.get("order_id").asText());
        assertEquals("督办〔2026〕第 0001 号", record.get("order_number").asText());
        assertEquals("A1", record.get("grid").asText());
        assertEquals(staff.chiefAId, record.get("subject_person_id").asLong(), "the chief over A1 answers");
        assertTrue(record.get("subject").asText().contains("网格长"), record.toString());
        assertTrue(record.get("reason").asText().contains("督办〔2026〕第 0001 号")
                && record.get("reason").asText().contains("逾期 31 天"), record.toString());
        assertEquals("interview", record.get("measure").asText());
        assertEquals("约谈", record.get("measure_name").asText());
        assertEquals("proposed", record.get("state").asText());
        assertEquals("2026-Q4", record.get("quarter").asText());
        assertTrue(record.get("may_decide").asBoolean());

        assertEquals(0, propose().get("added").asInt(), "each ground is proposed once");
        assertTrue(accountabilities.proposeAlone(clock.instant()), "the daily run");
        assertEquals(1, sql.count("SELECT count(*) FROM accountability"));
        assertEquals(1, sql.count("SELECT count(*) FROM audit_log WHERE entity = 'accountability'"
                + " AND action = 'propose' AND entity_id = '" + record.get("id").asText() + "'"));

        clock.set(Instant.parse("2026-11-26T02:00:00Z"));
        assertTrue(accountabilities.proposeAlone(clock.instant()), "a day later A2's order is 31 days overdue");
        assertEquals(2, sql.count("SELECT count(*) FROM accountability"));
    }

    @Test
    void an_order_to_a_department_has_the_department_answer() throws Exception {
        joint.order(campaign, "B", "housing", "2026-10-01", "accepted");
        var record = propose().get("records").get(0);
        assertEquals("住建", record.get("subject").asText());
        assertFalse(record.hasNonNull("subject_person_id"), "no person: a department");
    }

    @Test
    void a_districts_own_days_and_measure_count_over_the_citys() throws Exception {
        String rule = "{\"overdueDays\":%d,\"overdueMeasure\":\"%s\",\"rankedLastMeasure\":\"circular\"}";
        expect(200, admin.put("/api/rule-settings/accountability", String.format(rule, 60, "interview")));
        joint.order(campaign, "A1", null, "2026-11-10", "issued");     // 15 days overdue
        assertEquals(0, propose().get("added").asInt(), "the city waits 60 days");
        var district = admin.put("/api/rule-settings/accountability?district=D", String.format(rule, 10,
                "accountability"));
        expect(200, district);
        assertEquals("district", district.json().get("source").asText());
        var record = propose().get("records").get(0);
        assertEquals("accountability", record.get("measure").asText(), "D's measure, over the city's");
        assertTrue(record.get("reason").asText().contains("超过 10 天"), record.toString());
        var city = admin.get("/api/rule-settings/accountability").json();
        assertEquals(60, city.get("value").get("overdueDays").asInt());
    }

    @Test
    void a_rule_that_cannot_be_used_is_refused_naming_the_field() {
        var days = admin.put("/api/rule-settings/accountability",
                "{\"overdueDays\":-1,\"overdueMeasure\":\"interview\",\"rankedLastMeasure\":\"circular\"}");
        expect(400, days);
        assertEquals("/overdueDays", days.json().get("errors").get(0).get("pointer").asText(), days.json().toString());
        var measure = admin.put("/api/rule-settings/accountability",
                "{\"overdueDays\":30,\"overdueMeasure\":\"warning\",\"rankedLastMeasure\":\"circular\"}");
        expect(400, measure);
        assertEquals("/overdueMeasure", measure.json().get("errors").get(0).get("pointer").asText());
        var unknown = admin.put("/api/rule-settings/accountability",
                "{\"overdueDays\":30,\"overdueMeasure\":\"interview\",\"rankedLastMeasure\":\"circular\",\"x\":1}");
        expect(400, unknown);
        expect(403, chiefA.put("/api/rule-settings/accountability",
                "{\"overdueDays\":30,\"overdueMeasure\":\"interview\",\"rankedLastMeasure\":\"circular\"}"));
        var defaults = viewer.get("/api/rule-settings/accountability").json();
        assertEquals(30, defaults.get("value").get("overdueDays").asInt());
        assertEquals("interview", defaults.get("value").get("overdueMeasure").asText());
        assertEquals("circular", defaults.get("value").get("rankedLastMeasure").asText());
    }

    /** A (a town) scores in Q2 and Q3 — a case closed on time each quarter —, B (a street) has nothing: B ranks last. */
    private void bLastInTwoPublishedReviews() throws Exception {
        caseClosedOnTime("A1", "2026-05-12");
        caseClosedOnTime("A1", "2026-08-12");
        expect(201, admin.post("/api/reviews?quarter=2026-Q2", ""));
        expect(201, admin.post("/api/reviews?quarter=2026-Q3", ""));
        assertEquals("B", admin.get("/api/reviews/2026-Q3").json().get("ranking").get(1).get("code").asText());
    }

    @Test
    void a_grid_ranked_last_in_two_consecutive_published_reviews_is_proposed_once_for_a_circular() throws Exception {
        caseClosedOnTime("A1", "2026-05-12");
        expect(201, admin.post("/api/reviews?quarter=2026-Q2", ""));
        assertEquals(0, propose().get("added").asInt(), "one published review is not two");
        caseClosedOnTime("A1", "2026-08-12");
        expect(201, admin.post("/api/reviews?quarter=2026-Q3", ""));

        assertTrue(accountabilities.proposeAlone(clock.instant()));
        assertTrue(accountabilities.proposeAlone(clock.instant()));
        assertEquals(0, propose().get("added").asInt());
        var records = admin.get("/api/accountability").json();
        assertEquals(1, records.size(), "running the job twice still gives one record");
        var record = records.get(0);
        assertEquals("ranked_last", record.get("basis").asText());
        assertEquals("B", record.get("grid").asText());
        assertEquals("[\"2026-Q2\",\"2026-Q3\"]", record.get("quarters").toString());
        assertEquals("2026-Q3", record.get("quarter").asText());
        assertEquals("circular", record.get("measure").asText());
        assertEquals(staff.chiefBId, record.get("subject_person_id").asLong());
        assertTrue(record.get("reason").asText().contains("2026年第2季度")
                && record.get("reason").asText().contains("2026年第3季度"), record.toString());
        assertFalse(record.hasNonNull("order_id"));
    }

    @Test
    void an_administrator_confirms_or_dismisses_with_a_reason_once() throws Exception {
        joint.order(campaign, "A1", null, "2026-10-01", "rectifying");
        joint.order(campaign, "B", null, "2026-10-01", "reported");
        var records = propose().get("records");
        long first = records.get(0).get("id").asLong();
        long second = records.get(1).get("id").asLong();
        String path = "/api/accountability/" + first + "/decision";

        var noReason = admin.post(path, "{\"decision\":\"confirm\"}");
        expect(400, noReason);
        assertEquals("/reason", noReason.json().get("errors").get(0).get("pointer").asText());
        var blank = admin.post(path, "{\"decision\":\"confirm\",\"reason\":\"  \"}");
        expect(400, blank);
        var bad = admin.post(path, "{\"decision\":\"approve\",\"measure\":\"fine\",\"reason\":\"x\"}");
        expect(400, bad);
        assertEquals(List.of("/decision", "/measure"), values(bad.json().get("errors"), "pointer"));
        expect(400, admin.post(path, "{\"decision\":\"dismiss\",\"measure\":\"circular\",\"reason\":\"x\"}"));
        expect(403, viewer.post(path, "{\"decision\":\"confirm\",\"reason\":\"查实\"}"));
        expect(403, chiefA.post(path, "{\"decision\":\"confirm\",\"reason\":\"查实\"}"));
        assertEquals("proposed", admin.get("/api/accountability").json().get(0).get("state").asText(),
                "nothing refused was written");

        var confirmed = admin.post(path, "{\"decision\":\"confirm\",\"measure\":\"circular\","
                + "\"reason\":\"逾期整改属实，予以通报\"}");
        expect(200, confirmed);
        assertEquals("confirmed", confirmed.json().get("state").asText());
        assertEquals("circular", confirmed.json().get("measure").asText(), "the administrator's measure");
        assertEquals("逾期整改属实，予以通报", confirmed.json().get("decision_reason").asText());
        assertFalse(confirmed.json().get("decided_by_name").asText().isBlank(), confirmed.json().toString());
        assertFalse(confirmed.json().get("may_decide").asBoolean());
        expect(409, admin.post(path, "{\"decision\":\"dismiss\",\"reason\":\"改判\"}"));
        assertEquals(1, sql.count("SELECT count(*) FROM audit_log WHERE entity = 'accountability'"
                + " AND action = 'confirm' AND entity_id = '" + first + "'"));

        var dismissed = admin.post("/api/accountability/" + second + "/decision",
                "{\"decision\":\"dismiss\",\"reason\":\"已整改完毕，逾期因汛期停工\"}");
        expect(200, dismissed);
        assertEquals("dismissed", dismissed.json().get("state").asText());
        assertEquals("interview", dismissed.json().get("measure").asText());

        expect(404, admin.post("/api/accountability/999999/decision", "{\"decision\":\"confirm\",\"reason\":\"x\"}"));
        assertEquals(List.of("confirmed"), values(admin.get("/api/accountability?state=confirmed").json(), "state"));
    }

    /**
     * A proposal is told to the district's administrators, who decide it, once however often proposing runs; the
     * chief who is to answer hears of it only once it is confirmed, and of a dismissed one never.
     */
    @Test
    void administrators_are_told_of_a_proposal_and_the_person_who_answers_of_a_confirmation() throws Exception {
        sql.execute("UPDATE person SET email = 'admin@district.example' WHERE username = '" + ApiClient.ADMIN + "'");
        long adminId = sql.count("SELECT id FROM person WHERE username = '" + ApiClient.ADMIN + "'");
        joint.order(campaign, "A1", null, "2026-10-01", "rectifying");
        joint.order(campaign, "B", null, "2026-10-01", "reported");
        var records = propose().get("records");
        propose();
        assertTrue(accountabilities.proposeAlone(clock.instant()));
        String told = "SELECT count(*) FROM notification WHERE kind = 'accountability' AND recipient_id = ";
        assertEquals(2, sql.count(told + adminId), "one notice per proposal, whatever the runs");
        assertTrue(sql.text("SELECT subject FROM notification WHERE kind = 'accountability' AND recipient_id = "
                + adminId + " ORDER BY id LIMIT 1").contains("待确认的问责建议：约谈"));
        assertEquals(0, sql.count(told + staff.chiefAId), "a proposal asks nothing of the chief yet");

        long a1 = records.get(0).get("grid").asText().equals("A1") ? records.get(0).get("id").asLong()
                : records.get(1).get("id").asLong();
        long b = records.get(0).get("id").asLong() == a1 ? records.get(1).get("id").asLong()
                : records.get(0).get("id").asLong();
        expect(200, admin.post("/api/accountability/" + a1 + "/decision",
                "{\"decision\":\"confirm\",\"measure\":\"circular\",\"reason\":\"逾期整改属实\"}"));
        expect(200, admin.post("/api/accountability/" + b + "/decision",
                "{\"decision\":\"dismiss\",\"reason\":\"已整改完毕\"}"));
        assertEquals(1, sql.count(told + staff.chiefAId), "the confirmation is told to chief A, who answers");
        assertTrue(sql.text("SELECT subject FROM notification WHERE kind = 'accountability' AND recipient_id = "
                + staff.chiefAId).contains("问责决定：通报"), "with the measure as confirmed");
        assertEquals(0, sql.count(told + staff.chiefBId), "a dismissed record asks nothing of anyone");
        assertEquals(2, sql.count(told + adminId), "the decisions are the administrators' own");
    }

    @Test
    void chiefs_read_their_grids_viewers_read_all_and_nobody_else_reads() throws Exception {
        joint.order(campaign, "A1", null, "2026-10-01", "rectifying");
        joint.order(campaign, "B", null, "2026-10-01", "issued");
        propose();
        assertEquals(List.of("A1"), values(chiefA.get("/api/accountability").json(), "grid"));
        assertEquals(List.of("B"), values(chiefB.get("/api/accountability").json(), "grid"));
        var all = viewer.get("/api/accountability").json();
        assertEquals(2, all.size());
        all.forEach(r -> assertFalse(r.get("may_decide").asBoolean(), "viewers read only"));
        expect(403, supervisor.get("/api/accountability"));
        expect(403, chiefA.post("/api/accountability/proposals", ""));
        expect(403, viewer.post("/api/accountability/proposals", ""));
        long b = chiefB.get("/api/accountability").json().get(0).get("id").asLong();
        expect(403, chiefA.post("/api/accountability/" + b + "/decision", "{\"decision\":\"confirm\",\"reason\":\"x\"}"));
    }

    @Test
    void the_list_is_filtered_by_state_quarter_and_year_and_exported() throws Exception {
        bLastInTwoPublishedReviews();
        joint.order(campaign, "A1", null, "2026-10-01", "rectifying");
        propose();
        assertEquals(List.of("A1"), values(admin.get("/api/accountability?quarter=2026-Q4").json(), "grid"));
        assertEquals(List.of("B"), values(admin.get("/api/accountability?quarter=2026-q3").json(), "grid"));
        assertEquals(2, admin.get("/api/accountability?year=2026&state=proposed").json().size());
        assertEquals(0, admin.get("/api/accountability?year=2025").json().size());
        var quarter = admin.get("/api/accountability?quarter=2026-13");
        expect(400, quarter);
        assertEquals("?quarter", quarter.json().get("errors").get(0).get("pointer").asText());
        expect(400, admin.get("/api/accountability?state=open"));
        expect(400, admin.get("/api/accountability?year=twenty"));

        byte[] file = http.toBlocking().retrieve(HttpRequest.GET("/api/accountability.xlsx?year=2026")
                .bearerAuth(admin.token()), byte[].class);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = book.getSheetAt(0);
            List<String> cells = new ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
            assertTrue(cells.contains("问责对象"), cells.toString());
            assertTrue(cells.contains("季度点评连续末位") && cells.contains("督办单逾期"), cells.toString());
            assertTrue(cells.contains("通报") && cells.contains("约谈"), cells.toString());
        }
        byte[] chiefs = http.toBlocking().retrieve(HttpRequest.GET("/api/accountability.xlsx")
                .bearerAuth(chiefA.token()), byte[].class);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(chiefs))) {
            List<String> cells = new ArrayList<>();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
            assertFalse(cells.contains("季度点评连续末位"), "B's record is not the chief of A's");
        }
        assertFalse(admin.get("/api/accountability").json().get(0).hasNonNull("decided_at"), "nothing decided yet");
    }
}
