package com.envgrid.api.inspection;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.envgrid.api.inspection.InspectionFixture.SOURCE_LAT;
import static com.envgrid.api.inspection.InspectionFixture.SOURCE_LON;
import static com.envgrid.api.inspection.InspectionFixture.newId;
import static com.envgrid.api.inspection.InspectionFixture.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A finding followed to closure: open → assigned → rectifying → awaiting verification → closed, by the people
 * allowed to, each step on record; the forbidden moves refused; escalation as the clock passes the deadline.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
class CaseWorkflowApiTest extends ApiTestBase {
    @Inject
    MutableClock clock;

    InspectionFixture fixture;
    ApiClient supervisor;
    ApiClient chief;
    long caseId;

    @BeforeEach
    void aSeriousFindingInA1() {
        fixture = new InspectionFixture(http, emptyLayer);
        supervisor = fixture.staff.as("supervisor");
        chief = fixture.staff.as("chief");
        var recorded = supervisor.exchange(HttpRequest.PUT("/api/inspections/" + newId(),
                record(SOURCE_LON, SOURCE_LAT, 10, "wgs84", "").replace("\"inspected_at\":\"2026-11-20T10:15:00+08:00\"",
                        "\"inspected_at\":\"2026-11-20T09:00:00+08:00\"").replace("\"findings\":[]",
                        "\"findings\":[{\"category\":\"wastewater\",\"severity\":\"serious\",\"description\":\"暗管排污\"}]"))
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(201, recorded.status(), String.valueOf(recorded.json()));
        caseId = recorded.json().get("cases").get(0).asLong();
    }

    private ApiClient.Answer act(ApiClient who, String action, String extra) {
        return who.post("/api/cases/" + caseId + "/actions", "{\"action\":\"" + action + "\"" + extra + "}");
    }

    private JsonNode theCase() {
        return chief.get("/api/cases/" + caseId).json();
    }

    @Test
    void a_case_goes_from_open_to_closed_through_the_people_allowed_to_move_it() {
        assertEquals(200, act(chief, "assign", ",\"assignee_id\":" + fixture.staff.supervisorA1Id).status());
        assertEquals(200, act(supervisor, "start_rectification", "").status());
        assertEquals(200, act(supervisor, "report_done", "").status());
        var awaiting = theCase();
        assertEquals("awaiting_verification", awaiting.get("state").asText());
        long duty = awaiting.get("reinspection_duty_id").asLong();
        assertEquals("reinspection", sql.text("SELECT purpose FROM duty WHERE id = " + duty));
        var closed = act(chief, "verify", "");
        assertEquals(200, closed.status(), String.valueOf(closed.json()));
        var history = theCase().get("history");
        assertEquals(5, history.size(), history.toString());
        assertEquals("chief-a", history.get(4).get("actor_name").asText());
        assertEquals("closed", history.get(4).get("to_state").asText());
    }

    @Test
    void the_wrong_role_the_wrong_state_and_a_missing_reason_are_refused() {
        assertEquals(403, act(supervisor, "assign", ",\"assignee_id\":" + fixture.staff.supervisorA1Id).status(),
                "a supervisor does not dispatch");
        assertEquals(409, act(chief, "verify", "").status(), "nothing to verify while open");
        assertEquals(400, act(chief, "reject", "").status(), "rejecting needs a reason");
        assertEquals(400, act(chief, "assign", ",\"assignee_id\":" + fixture.staff.chiefBId).status(),
                "only a supervisor of the grid can be assigned");
        assertEquals(200, act(chief, "reject", ",\"reason\":\"系雨水, 非污水\"").status());
        assertEquals("rejected", theCase().get("state").asText());
        assertEquals(409, act(chief, "assign", ",\"assignee_id\":" + fixture.staff.supervisorA1Id).status());
    }

    @Test
    void the_one_who_reported_it_done_cannot_verify_it() {
        act(chief, "assign", ",\"assignee_id\":" + fixture.staff.supervisorA1Id);
        act(chief, "start_rectification", "");
        assertEquals(200, act(chief, "report_done", "").status());
        assertEquals(403, act(chief, "verify", "").status());
        assertEquals(200, fixture.admin.post("/api/cases/" + caseId + "/actions", "{\"action\":\"verify\"}").status());
    }

    @Test
    void a_chief_of_another_town_cannot_touch_the_case() {
        var other = ApiClient.signedIn(http, "chief-b", com.envgrid.api.people.StaffFixture.PASSWORD);
        assertEquals(404, other.get("/api/cases/" + caseId).status());
        assertEquals(404, other.post("/api/cases/" + caseId + "/actions", "{\"action\":\"reject\",\"reason\":\"x\"}").status());
    }

    @Test
    void an_overdue_case_escalates_to_the_chief_and_then_to_the_district() {
        assertEquals("supervisor", theCase().get("escalated_to").asText());
        clock.advance(Duration.ofDays(4)); // serious: 3 days to rectify
        var overdue = theCase();
        assertTrue(overdue.get("overdue").asBoolean());
        assertEquals("chief", overdue.get("escalated_to").asText());
        clock.advance(Duration.ofDays(4));
        assertEquals("district", theCase().get("escalated_to").asText());
        assertEquals(1, fixture.admin.get("/api/cases?escalated=true").json().size());
    }

    @Test
    void the_list_is_filtered_by_state_grid_category_day_and_overdue_and_names_a_bad_parameter() {
        var opened = theCase();
        String grid = opened.get("grid_code").asText();
        String category = opened.get("category").asText();
        assertEquals(1, fixture.admin.get("/api/cases?state=open&grid=" + grid).json().size());
        assertEquals(1, fixture.admin.get("/api/cases?grid=D&category=" + category).json().size(),
                "a grid with those below it");
        assertEquals(0, fixture.admin.get("/api/cases?state=closed").json().size());
        assertEquals(0, fixture.admin.get("/api/cases?category=" + (category.equals("noise") ? "dust" : "noise"))
                .json().size());
        assertEquals(0, fixture.admin.get("/api/cases?overdue=true").json().size());
        assertEquals(0, fixture.admin.get("/api/cases?from=2000-01-01&to=2000-12-31").json().size());
        clock.advance(Duration.ofDays(4)); // serious: 3 days to rectify
        assertEquals(1, fixture.admin.get("/api/cases?overdue=true").json().size());
        for (String[] bad : new String[][]{{"state", "nonsense"}, {"category", "smoke"}, {"grid", "nowhere"},
                {"from", "soon"}, {"overdue", "maybe"}}) {
            var answer = fixture.admin.get("/api/cases?" + bad[0] + "=" + bad[1]);
            assertEquals(400, answer.status(), bad[0]);
            assertEquals("?" + bad[0], answer.json().get("errors").get(0).get("pointer").asText(), bad[0]);
        }
    }
}
