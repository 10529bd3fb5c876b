package com.envgrid.api.complaint;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.people.StaffFixture;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The district desk (12345 办理台): transferring a complaint to another grid, its grid sending it back, duplicates and
 * declines — who may, what each leaves behind — and the queue's filters.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
class ComplaintDeskApiTest extends ApiTestBase {
    @Inject
    MutableClock clock;

    ApiClient admin;
    ApiClient chiefA;
    ApiClient chiefB;
    ApiClient supervisor;
    StaffFixture staff;

    @BeforeEach
    void smallDistrictWithStaff() throws Exception {
        clock.set(Instant.parse("2026-11-27T02:00:00Z")); // Friday 10:00 in China
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        staff = new StaffFixture(http);
        chiefA = staff.as("chief");
        chiefB = ApiClient.signedIn(http, "chief-b", StaffFixture.PASSWORD);
        supervisor = staff.as("supervisor");
    }

    /** A hotline complaint entered in A1 (or B, further east), as the grid's chief or the desk would. */
    private long complaint(ApiClient by, double lon, String category) {
        var receipt = by.post("/api/complaints", String.format(Locale.ROOT, "{\"channel\":\"hotline_12345\","
                + "\"category\":\"%s\",\"description\":\"夜间施工噪声扰民\",\"lon\":%s,\"lat\":30.002,"
                + "\"name\":\"李先生\",\"contact\":\"13812345678\"}", category, lon));
        assertEquals(201, receipt.status(), String.valueOf(receipt.json()));
        return receipt.json().get("id").asLong();
    }

    private static String path(long id, String command) {
        return "/api/complaints/" + id + "/" + command;
    }

    private static String problem(ApiClient.Answer answer) {
        return answer.json().toString();
    }

    @Test
    void a_chief_transfers_a_complaint_to_another_grids_queue_with_fresh_deadlines_and_loses_sight_of_it() {
        long id = complaint(chiefA, 120.003, "noise");
        assertEquals(200, supervisor.post(path(id, "actions"), "{\"action\":\"accept\"}").status());
        clock.set(Instant.parse("2026-12-01T02:00:00Z")); // Tuesday
        var moved = chiefA.post(path(id, "transfer"), "{\"grid\":\"B\",\"reason\":\"噪声源在B镇工地\"}");
        assertEquals(200, moved.status(), problem(moved));
        assertEquals("received", moved.json().get("state").asText());
        assertEquals("B", moved.json().get("grid_code").asText());
        assertEquals("2026-12-02", moved.json().get("accept_by").asText(), "one working day from the transfer");
        assertEquals("2026-12-08", moved.json().get("close_by").asText(), "noise: five working days from it");
        assertEquals(404, chiefA.get("/api/complaints/" + id).status(), "no longer in A's queue");
        var inB = chiefB.get("/api/complaints/" + id).json();
        assertTrue(inB.get("actions").toString().contains("accept"), inB.toString());
        assertEquals("李先生", inB.get("complainant_name").asText(), "B handles it now, personal data too");
        var transfer = inB.get("history").get(inB.get("history").size() - 1);
        assertEquals("transfer", transfer.get("action").asText());
        assertEquals("A1 → B · 噪声源在B镇工地", transfer.get("note").asText());
        assertEquals(1, sql.count("SELECT count(*) FROM audit_log WHERE entity = 'complaint' AND action = 'transfer'"
                + " AND entity_id = '" + id + "'"));
    }

    @Test
    void a_transfer_needs_a_reason_a_known_other_grid_and_a_chief_of_the_grid_or_the_desk() {
        long id = complaint(chiefA, 120.003, "noise");
        var noReason = chiefA.post(path(id, "transfer"), "{\"grid\":\"B\"}");
        assertEquals(400, noReason.status());
        assertTrue(problem(noReason).contains("needs a reason"), problem(noReason));
        var unknown = chiefA.post(path(id, "transfer"), "{\"grid\":\"Z9\",\"reason\":\"不属本网格\"}");
        assertEquals(400, unknown.status());
        assertEquals("/grid", unknown.json().get("errors").get(0).get("pointer").asText());
        var same = chiefA.post(path(id, "transfer"), "{\"grid\":\"A1\",\"reason\":\"不属本网格\"}");
        assertEquals(400, same.status(), problem(same));
        assertEquals(403, supervisor.post(path(id, "transfer"), "{\"grid\":\"B\",\"reason\":\"不属本网格\"}").status());
        assertEquals(404, chiefB.post(path(id, "transfer"), "{\"grid\":\"B\",\"reason\":\"不属本网格\"}").status(),
                "another grid's complaint is unknown to B's chief");
        assertEquals("A1", sql.text("SELECT grid_code FROM complaint WHERE id = " + id));
    }

    @Test
    void a_grid_sends_a_complaint_back_to_the_desk_which_transfers_it_on() {
        long id = complaint(chiefA, 120.003, "odour");
        var sentBack = supervisor.post(path(id, "send-back"), "{\"reason\":\"属城管部门职责\"}");
        assertEquals(200, sentBack.status(), problem(sentBack));
        assertEquals("returned", sentBack.json().get("state").asText());
        var seen = supervisor.get("/api/complaints/" + id).json();
        assertEquals("[]", seen.get("actions").toString(), "the grid sees what it sent back, and acts no more");
        assertEquals(403, chiefA.post(path(id, "transfer"), "{\"grid\":\"B\",\"reason\":\"x\"}").status());
        var atDesk = admin.get("/api/complaints?state=returned").json();
        assertEquals(1, atDesk.size());
        assertEquals("[\"transfer\",\"duplicate\",\"decline\"]", atDesk.get(0).get("actions").toString());
        var onward = admin.post(path(id, "transfer"), "{\"grid\":\"B\",\"reason\":\"经核实属B镇\"}");
        assertEquals(200, onward.status(), problem(onward));
        assertEquals("B", onward.json().get("grid_code").asText());
        assertEquals("received", onward.json().get("state").asText());
        long another = complaint(chiefA, 120.003, "odour");
        var desk = admin.post(path(another, "send-back"), "{\"reason\":\"x\"}");
        assertEquals(403, desk.status());
        assertTrue(problem(desk).contains("administrator is the desk"), problem(desk));
    }

    @Test
    void a_duplicate_links_to_the_original_ends_without_a_case_and_the_original_must_be_one_you_see() {
        long original = complaint(chiefA, 120.003, "noise");
        long again = complaint(chiefA, 120.0031, "noise");
        var duplicate = supervisor.post(path(again, "duplicate"), "{\"duplicate_of\":" + original + "}");
        assertEquals(200, duplicate.status(), problem(duplicate));
        assertEquals("duplicate", duplicate.json().get("state").asText());
        assertEquals(original, duplicate.json().get("duplicate_of").asLong());
        assertEquals("[]", duplicate.json().get("actions").toString());
        assertEquals(0, sql.count("SELECT count(*) FROM problem_case"));
        var shown = ApiClient.anonymous(http).get("/api/public/complaints/" + again).json();
        assertEquals("duplicate", shown.get("state").asText());
        assertEquals(original, shown.get("duplicate_of").asLong());
        assertEquals("closed", ApiClient.anonymous(http).get("/open311/v2/requests/" + again + ".json").json()
                .get(0).get("status").asText());

        long inB = complaint(chiefB, 120.015, "noise");
        long third = complaint(chiefA, 120.003, "noise");
        assertEquals(404, chiefA.post(path(third, "duplicate"), "{\"duplicate_of\":" + inB + "}").status(),
                "B's complaint is unknown to A");
        var ofItself = chiefA.post(path(third, "duplicate"), "{\"duplicate_of\":" + third + "}");
        assertEquals(400, ofItself.status());
        assertEquals("/duplicate_of", ofItself.json().get("errors").get(0).get("pointer").asText());
        assertEquals("received", sql.text("SELECT state FROM complaint WHERE id = " + third));
    }

    @Test
    void a_decline_is_final_and_its_reason_is_shown_to_the_complainant() {
        long id = complaint(chiefA, 120.003, "other");
        assertEquals(403, supervisor.post(path(id, "decline"), "{\"reason\":\"x\"}").status());
        var declined = chiefA.post(path(id, "decline"), "{\"reason\":\"属民事纠纷，请通过法律途径解决\"}");
        assertEquals(200, declined.status(), problem(declined));
        assertEquals("declined", declined.json().get("state").asText());
        assertEquals("[]", declined.json().get("actions").toString());
        var shown = ApiClient.anonymous(http).get("/api/public/complaints/" + id).json();
        assertEquals("属民事纠纷，请通过法律途径解决", shown.get("decline_reason").asText());
        assertTrue(shown.get("steps").toString().contains("\"declined\""), "the complainant sees the step");
        assertEquals(409, admin.post(path(id, "transfer"), "{\"grid\":\"B\",\"reason\":\"x\"}").status());

        long accepted = complaint(chiefA, 120.003, "other");
        supervisor.post(path(accepted, "actions"), "{\"action\":\"accept\"}");
        assertEquals(409, chiefA.post(path(accepted, "decline"), "{\"reason\":\"x\"}").status(),
                "once accepted it is taken on: it is replied to, not declined");
    }

    @Test
    void a_complaint_whose_problem_case_is_open_closes_only_with_a_reason() {
        long id = complaint(chiefA, 120.003, "noise");
        String actions = path(id, "actions");
        supervisor.post(actions, "{\"action\":\"accept\"}");
        supervisor.post(actions, "{\"action\":\"investigate\"}");
        assertEquals(200, supervisor.post(actions, "{\"action\":\"open_case\",\"text\":\"夜间违规施工\","
                + "\"category\":\"noise\",\"severity\":\"general\"}").status());
        assertEquals(200, supervisor.post(actions, "{\"action\":\"reply\",\"text\":\"已责令整改\"}").status());
        var blocked = chiefA.post(actions, "{\"action\":\"close\"}");
        assertEquals(422, blocked.status(), problem(blocked));
        assertTrue(blocked.json().get("detail").asText().contains("is still open"), problem(blocked));
        var closed = chiefA.post(actions, "{\"action\":\"close\",\"text\":\"整改需三个月，已向投诉人说明\"}");
        assertEquals(200, closed.status(), problem(closed));
        assertEquals("closed", closed.json().get("state").asText());
        var moved = chiefA.post(actions, "{\"action\":\"transfer\"}");
        assertEquals(400, moved.status());
        assertTrue(problem(moved).contains("/transfer"), problem(moved));
    }

    @Test
    void the_queue_filters_by_state_category_grid_day_and_overdue_and_names_a_bad_parameter() {
        long noise = complaint(chiefA, 120.003, "noise");
        clock.set(Instant.parse("2026-12-03T02:00:00Z"));
        long dust = complaint(admin, 120.015, "dust");
        assertEquals(ids(noise), ids(admin.get("/api/complaints?category=noise").json()));
        assertEquals(ids(dust), ids(admin.get("/api/complaints?grid=B").json()));
        assertEquals(ids(noise), ids(admin.get("/api/complaints?grid=A").json()), "a grid with those below it");
        assertEquals(ids(dust), ids(admin.get("/api/complaints?from=2026-12-03&to=2026-12-03").json()));
        assertEquals(ids(noise), ids(admin.get("/api/complaints?overdue=true").json()), "not accepted since Friday");
        assertEquals(ids(dust, noise), ids(admin.get("/api/complaints?state=received").json()));
        assertEquals("[]", ids(chiefA.get("/api/complaints?grid=B").json()), "a filter never widens what one sees");
        for (String[] bad : new String[][]{{"state", "opened"}, {"category", "smoke"}, {"grid", "Z9"},
                {"from", "yesterday"}, {"overdue", "maybe"}}) {
            var answer = admin.get("/api/complaints?" + bad[0] + "=" + bad[1]);
            assertEquals(400, answer.status(), bad[0]);
            assertEquals("?" + bad[0], answer.json().get("errors").get(0).get("pointer").asText(), problem(answer));
        }
        var backwards = admin.get("/api/complaints?from=2026-12-03&to=2026-12-01");
        assertEquals(400, backwards.status());
        assertFalse(problem(backwards).isEmpty());
    }

    private static String ids(long... ids) {
        return java.util.Arrays.toString(ids);
    }

    private static String ids(JsonNode list) {
        long[] ids = new long[list.size()];
        for (int i = 0; i < list.size(); i++) {
            ids[i] = list.get(i).get("id").asLong();
        }
        return java.util.Arrays.toString(ids);
    }
}
