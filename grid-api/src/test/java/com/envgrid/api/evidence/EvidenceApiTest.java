package com.envgrid.api.evidence;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.TestPhotos;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.core.source.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Evidence travels with the work: a case shows the inspection or complaint it came from with its photos and places;
 * a reviewer lists the flagged inspections of their grids and decides on them; a grid shows who answers for it
 * (phones only to those who may see personal data); a source shows its recent inspections, duties and cases. Each in
 * the caller's grids only. The small district: towns A (communities A1, A2) and B.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceApiTest extends ApiTestBase {
    static final String SOURCE_A1 = CreditCode.withCheckCharacter("91320214MA1F00021");
    static final String SOURCE_B = CreditCode.withCheckCharacter("91320214MA1F00022");

    @Inject
    Clock clock;

    StaffFixture staff;
    ApiClient supervisor;
    ApiClient chief;
    ApiClient chiefB;
    String photo;
    String inspected;
    long inspectedCase;
    long complaintCase;
    long complaint;
    long caseB;

    @BeforeAll
    void districtWithRecords() {
        ApiClient admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        staff = new StaffFixture(http);
        supervisor = staff.as("supervisor");
        chief = staff.as("chief");
        chiefB = ApiClient.signedIn(http, "chief-b", StaffFixture.PASSWORD);
        assertEquals(201, admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n"
                + SOURCE_A1 + ",化工厂,120.002,30.002,D\n" + SOURCE_B + ",印染厂,120.015,30.003,C\n")
                .getBytes(StandardCharsets.UTF_8)).contentType("text/csv")).status());
        String month = YearMonth.from(clock.instant().atOffset(ZoneOffset.ofHours(8))).toString();
        assertEquals(200, admin.post("/api/duties/generate?period=" + month, "").status());

        byte[] jpeg = TestPhotos.image("jpg", 8, 4242);
        photo = TestPhotos.sha256(jpeg);
        assertEquals(201, supervisor.exchange(HttpRequest.PUT("/api/photos/" + photo, jpeg).contentType("image/jpeg")).status());
        inspected = UUID.randomUUID().toString();
        var recorded = put(supervisor, inspected, sourceRecord(SOURCE_A1, 120.002, 30.002,
                ",\"findings\":[{\"category\":\"wastewater\",\"severity\":\"serious\",\"description\":\"排口发黑\"}],"
                        + "\"photos\":[\"" + photo + "\"]"));
        assertEquals(201, recorded.status(), String.valueOf(recorded.json()));
        inspectedCase = recorded.json().get("cases").get(0).asLong();

        var filed = ApiClient.anonymous(http).post("/api/public/complaints", "{\"category\":\"noise\",\"description\":"
                + "\"夜间施工\",\"lon\":120.003,\"lat\":30.003}");
        assertEquals(201, filed.status(), String.valueOf(filed.json()));
        complaint = filed.json().get("id").asLong();
        String path = "/api/complaints/" + complaint + "/actions";
        chief.post(path, "{\"action\":\"accept\"}");
        chief.post(path, "{\"action\":\"investigate\"}");
        var opened = chief.post(path, "{\"action\":\"open_case\",\"text\":\"夜间违规施工\",\"category\":\"noise\","
                + "\"severity\":\"general\"}");
        assertEquals(200, opened.status(), String.valueOf(opened.json()));
        complaintCase = opened.json().get("problem_case_id").asLong();

        var inB = put(chiefB, UUID.randomUUID().toString(), sourceRecord(SOURCE_B, 120.015, 30.003,
                ",\"findings\":[{\"category\":\"dust\",\"severity\":\"general\",\"description\":\"未覆盖\"}]"));
        assertEquals(201, inB.status(), String.valueOf(inB.json()));
        caseB = inB.json().get("cases").get(0).asLong();
    }

    static ApiClient.Answer put(ApiClient who, String id, String record) {
        return who.exchange(HttpRequest.PUT("/api/inspections/" + id, record).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    String sourceRecord(String source, double lon, double lat, String extra) {
        String at = OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofHours(1)), ZoneOffset.ofHours(8)).toString();
        return String.format(Locale.ROOT, "{\"target\":{\"kind\":\"source\",\"code\":\"%s\"},\"inspected_at\":\"%s\","
                + "\"fix\":{\"lon\":%s,\"lat\":%s,\"accuracy_m\":10},\"checklist\":{}%s}", source, at, lon, lat, extra);
    }

    private static List<String> roles(JsonNode places) {
        List<String> roles = new ArrayList<>();
        places.get("features").forEach(f -> roles.add(f.get("properties").get("role").asText()));
        return roles;
    }

    private static JsonNode place(JsonNode places, String role) {
        for (JsonNode f : places.get("features")) {
            if (f.get("properties").get("role").asText().equals(role)) {
                return f;
            }
        }
        throw new AssertionError("no " + role + " in " + places);
    }

    @Test
    void a_case_from_an_inspection_carries_its_photos_the_fix_the_target_and_the_grid() {
        var evidence = supervisor.get("/api/cases/" + inspectedCase + "/evidence");
        assertEquals(200, evidence.status(), String.valueOf(evidence.json()));
        JsonNode body = evidence.json();
        assertEquals("inspection", body.get("origin").get("kind").asText());
        assertEquals(inspected, body.get("origin").get("id").asText());
        assertEquals("sup-a1", body.get("origin").get("inspector_name").asText());
        assertEquals(photo, body.get("photos").get(0).asText());
        assertEquals(List.of("grid", "target", "fix"), roles(body.get("places")));
        assertEquals("A1", place(body.get("places"), "grid").get("properties").get("code").asText());
        assertTrue(place(body.get("places"), "grid").get("geometry").get("type").asText().endsWith("Polygon"));
        assertEquals("化工厂", place(body.get("places"), "target").get("properties").get("name").asText());
        JsonNode fix = place(body.get("places"), "fix");
        assertEquals(120.002, fix.get("geometry").get("coordinates").get(0).asDouble(), 1e-9);
        assertEquals(10, fix.get("properties").get("accuracy_m").asDouble());
    }

    @Test
    void a_case_from_a_complaint_carries_the_complaints_pin_and_no_personal_data() {
        JsonNode body = staff.as("viewer").get("/api/cases/" + complaintCase + "/evidence").json();
        assertEquals("complaint", body.get("origin").get("kind").asText());
        assertEquals(complaint, body.get("origin").get("id").asLong());
        assertEquals(List.of("grid", "complaint"), roles(body.get("places")));
        assertEquals(30.003, place(body.get("places"), "complaint").get("geometry").get("coordinates").get(1).asDouble(), 1e-9);
        assertFalse(body.toString().contains("contact"), body.toString());
    }

    @Test
    void another_grids_case_shows_no_evidence() {
        assertEquals(404, chief.get("/api/cases/" + caseB + "/evidence").status());
        assertEquals(404, supervisor.get("/api/cases/" + caseB + "/evidence").status());
        assertEquals(200, chiefB.get("/api/cases/" + caseB + "/evidence").status());
        assertEquals(404, staff.as("admin").get("/api/cases/999999/evidence").status());
    }

    @Test
    void a_reviewer_lists_the_flagged_records_of_their_grids_and_a_rejected_one_leaves_the_list_with_its_verdict() {
        String flagged = UUID.randomUUID().toString();
        var far = put(supervisor, flagged, sourceRecord(SOURCE_A1, 120.0045, 30.0045, ""));
        assertTrue(far.json().get("location").get("flagged_for_review").asBoolean(), far.json().toString());

        JsonNode pending = chief.get("/api/inspections/flagged").json();
        JsonNode item = find(pending, flagged);
        assertEquals("A1", item.get("inspection").get("grid_code").asText());
        assertEquals("化工厂", item.get("target_name").asText());
        assertEquals("sup-a1", item.get("inspector_name").asText());
        assertTrue(item.get("review").isNull());
        assertEquals(List.of("grid", "target", "fix"), roles(item.get("places")));
        assertTrue(place(item.get("places"), "fix").get("properties").get("distance_m").asDouble() > 200);
        assertFalse(pending.toString().contains(inspected), "a plausible record is not listed");
        assertTrue(staff.as("admin").get("/api/inspections/flagged").json().toString().contains(flagged));
        assertFalse(chiefB.get("/api/inspections/flagged").json().toString().contains(flagged), "not B's to review");
        assertEquals(403, supervisor.get("/api/inspections/flagged").status());
        assertEquals(403, staff.as("viewer").get("/api/inspections/flagged").status());

        assertEquals(200, chief.post("/api/inspections/" + flagged + "/review",
                "{\"accept\":false,\"reason\":\"定位在厂区外 250 米\"}").status());
        assertFalse(chief.get("/api/inspections/flagged?state=pending").json().toString().contains(flagged));
        JsonNode decided = find(chief.get("/api/inspections/flagged?state=reviewed").json(), flagged);
        assertFalse(decided.get("review").get("accepted").asBoolean());
        assertEquals("定位在厂区外 250 米", decided.get("review").get("reason").asText());
        assertEquals("chief-a", decided.get("review").get("reviewer_name").asText());
    }

    @Test
    void a_list_state_that_is_neither_pending_nor_reviewed_is_a_400_naming_it() {
        var answer = chief.get("/api/inspections/flagged?state=maybe");
        assertEquals(400, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertTrue(answer.json().toString().contains("state"), answer.json().toString());
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode item : list) {
            if (item.get("inspection").get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " not in " + list);
    }

    @Test
    void a_grid_shows_its_supervisors_and_the_chief_above_with_phones_only_for_those_who_may_see_them() {
        JsonNode asAdmin = staff.as("admin").get("/api/grids/A1/staff").json();
        assertEquals(2, asAdmin.size(), asAdmin.toString());
        JsonNode own = byName(asAdmin, "sup-a1");
        assertEquals("supervisor", own.get("post").asText());
        assertTrue(own.get("own").asBoolean());
        assertEquals("13900000004", own.get("phone").asText());
        JsonNode above = byName(asAdmin, "chief-a");
        assertEquals("chief", above.get("post").asText());
        assertEquals("A", above.get("grid_code").asText());
        assertFalse(above.get("own").asBoolean());
        assertEquals("13900000002", above.get("phone").asText());

        JsonNode asChief = chief.get("/api/grids/A1/staff").json();
        assertEquals("13900000004", byName(asChief, "sup-a1").get("phone").asText());

        JsonNode asViewer = staff.as("viewer").get("/api/grids/A1/staff").json();
        asViewer.forEach(p -> assertFalse(p.has("phone") && !p.get("phone").isNull(), "no personal data: " + p));

        JsonNode asSupervisor = supervisor.get("/api/grids/A1/staff").json();
        assertEquals("13900000004", byName(asSupervisor, "sup-a1").get("phone").asText(), "their own");
        assertFalse(byName(asSupervisor, "chief-a").has("phone"), "not the chief's");

        assertEquals("chief-b", byName(staff.as("viewer").get("/api/grids/B/staff").json(), "chief-b").get("name").asText());
        assertEquals(403, chief.get("/api/grids/B/staff").status());
        assertEquals(403, supervisor.get("/api/grids/A2/staff").status());
        assertEquals(404, staff.as("admin").get("/api/grids/NOPE/staff").status());
    }

    private static JsonNode byName(JsonNode people, String name) {
        for (JsonNode p : people) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError(name + " not in " + people);
    }

    @Test
    void a_source_shows_its_recent_inspections_duties_and_cases_in_the_callers_grids() {
        JsonNode history = supervisor.get("/api/sources/" + SOURCE_A1 + "/history").json();
        assertEquals("化工厂", history.get("name").asText());
        assertEquals("A1", history.get("grid_code").asText());
        assertTrue(history.get("inspections").toString().contains(inspected), history.toString());
        JsonNode first = history.get("inspections").get(history.get("inspections").size() - 1);
        assertEquals("sup-a1", first.get("inspector_name").asText());
        assertFalse(history.get("duties").isEmpty(), "this month's duty");
        assertEquals(SOURCE_A1, history.get("duties").get(0).get("target_code").asText());
        assertTrue(history.get("duties").get(0).has("status"));
        assertEquals(inspectedCase, history.get("cases").get(0).get("id").asLong());
        assertEquals("open", history.get("cases").get(0).get("state").asText());

        assertEquals(403, chief.get("/api/sources/" + SOURCE_B + "/history").status());
        assertEquals(200, staff.as("viewer").get("/api/sources/" + SOURCE_B + "/history").status());
        assertEquals(404, chief.get("/api/sources/" + CreditCode.withCheckCharacter("91320214MA1F00099") + "/history").status());
    }
}
