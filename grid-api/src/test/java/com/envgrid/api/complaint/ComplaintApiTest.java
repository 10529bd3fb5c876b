package com.envgrid.api.complaint;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.TestPhotos;
import com.envgrid.api.people.StaffFixture;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Complaints from the public and the hotline: routed by location, due in working days, rated, kept private. */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
@Property(name = "envgrid.complaints.max-per-hour", value = "3")
@Property(name = "envgrid.complaints.max-photos-per-hour", value = "3")
class ComplaintApiTest extends ApiTestBase {
    @Inject
    MutableClock clock;

    ApiClient admin;
    ApiClient anonymous;
    StaffFixture staff;

    @BeforeEach
    void smallDistrictWithStaff() throws Exception {
        clock.set(Instant.parse("2026-11-27T02:00:00Z")); // Friday 10:00 in China
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        staff = new StaffFixture(http);
        anonymous = ApiClient.anonymous(http);
    }

    private ApiClient.Answer file(double lon, double lat, String category) {
        return anonymous.post("/api/public/complaints", String.format(Locale.ROOT, "{\"category\":\"%s\",\"description\":"
                + "\"晚上十点后工地还在施工\",\"lon\":%s,\"lat\":%s,\"name\":\"王女士\",\"contact\":\"13912345678\"}",
                category, lon, lat));
    }

    @Test
    void a_complaint_lands_in_the_grid_that_contains_it_and_is_due_in_working_days() {
        var receipt = file(120.003, 30.002, "noise");
        assertEquals(201, receipt.status(), String.valueOf(receipt.json()));
        assertEquals("2026-11-30", receipt.json().get("accept_by").asText(), "Friday + 1 working day = Monday");
        assertEquals("2026-12-04", receipt.json().get("close_by").asText(), "noise: 5 working days");
        assertEquals("A1", sql.text("SELECT grid_code FROM complaint"));
        assertEquals(1, staff.as("supervisor").get("/api/complaints").json().size(), "in the supervisor's queue");
        assertEquals(1, staff.as("chief").get("/api/complaints").json().size(), "and the chief's");
    }

    @Test
    void deadlines_skip_national_day_and_count_its_make_up_saturday() {
        clock.set(Instant.parse("2026-09-30T02:00:00Z"));
        var receipt = file(120.003, 30.002, "dust");
        assertEquals("2026-10-08", receipt.json().get("accept_by").asText());
        assertEquals("2026-10-20", receipt.json().get("close_by").asText(), "10 working days, Saturday 10 October among them");
    }

    @Test
    void a_complaint_near_a_boundary_is_shown_to_both_sides_until_one_accepts_it() {
        var receipt = file(120.0099, 30.002, "noise"); // about 10 m west of the A/B edge
        long id = receipt.json().get("id").asLong();
        var chiefB = ApiClient.signedIn(http, "chief-b", StaffFixture.PASSWORD);
        var seen = chiefB.get("/api/complaints/" + id);
        assertEquals(200, seen.status());
        assertTrue(seen.json().get("near_boundary").asBoolean());
        assertEquals(200, chiefB.post("/api/complaints/" + id + "/actions", "{\"action\":\"accept\"}").status());
        assertEquals("B", sql.text("SELECT grid_code FROM complaint"));
        assertEquals(404, staff.as("chief").get("/api/complaints/" + id).status(), "once accepted, the other side no longer sees it");
    }

    @Test
    void a_complaint_on_a_river_running_from_a1_into_b_is_shown_to_b_as_well() {
        var river = admin.post("/api/rivers/import", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":"
                + "\"Feature\",\"properties\":{\"code\":\"R1\",\"river\":\"清水河\",\"chief\":\"陈河长\"},\"geometry\":{\"type\":\"LineString\","
                + "\"coordinates\":[[120.001,30.0025],[120.019,30.0025]]}}]}");
        assertEquals(201, river.status(), String.valueOf(river.json()));
        var onTheRiver = file(120.004, 30.0026, "water_pollution").json(); // 11 m from the river, 660 m from B
        var seen = admin.get("/api/complaints/" + onTheRiver.get("id").asLong()).json();
        assertEquals("A1", seen.get("grid_code").asText());
        assertTrue(seen.get("near_boundary").asBoolean());
        assertEquals("[\"B\"]", seen.get("also_shown_to").toString());
        var chiefB = ApiClient.signedIn(http, "chief-b", StaffFixture.PASSWORD);
        assertEquals(200, chiefB.get("/api/complaints/" + onTheRiver.get("id").asLong()).status());
    }

    @Test
    void a_location_outside_the_district_is_refused_with_a_clear_message_and_nothing_stored() {
        var answer = file(121.5, 31.0, "noise");
        assertEquals(400, answer.status());
        assertTrue(answer.json().get("errors").get(0).get("message").asText().contains("outside the district"));
        assertEquals(0, sql.count("SELECT count(*) FROM complaint"));
    }

    @Test
    void personal_data_is_absent_from_public_and_open311_answers_and_from_staff_outside_the_case() {
        long id = file(120.003, 30.002, "noise").json().get("id").asLong();
        for (JsonNode answer : new JsonNode[]{anonymous.get("/api/public/complaints/" + id).json(),
                anonymous.get("/api/public/complaints").json(), anonymous.get("/open311/v2/requests/" + id + ".json").json(),
                anonymous.get("/open311/v2/requests.json").json()}) {
            String text = answer.toString();
            assertFalse(text.contains("王女士") || text.contains("13912345678") || text.contains("施工"), text);
        }
        var viewer = staff.as("viewer").get("/api/complaints/" + id).json();
        assertFalse(viewer.has("complainant_name") || viewer.has("complainant_contact"), viewer.toString());
        assertEquals(404, ApiClient.signedIn(http, "chief-b", StaffFixture.PASSWORD).get("/api/complaints/" + id).status());
        assertEquals("13912345678", staff.as("chief").get("/api/complaints/" + id).json().get("complainant_contact").asText());
        assertEquals("13912345678", admin.get("/api/complaints/" + id).json().get("complainant_contact").asText());
    }

    @Test
    void the_public_location_is_coarsened_to_the_grid() {
        long id = file(120.0031, 30.0012, "noise").json().get("id").asLong();
        var shown = anonymous.get("/api/public/complaints/" + id).json();
        assertFalse(shown.get("lon").asDouble() == 120.0031 && shown.get("lat").asDouble() == 30.0012);
        assertEquals("A1", shown.get("grid_code").asText());
    }

    @Test
    void the_public_intake_is_rate_limited_per_client() {
        for (int i = 0; i < 3; i++) {
            assertEquals(201, file(120.003, 30.002, "noise").status());
        }
        var fourth = file(120.003, 30.002, "noise");
        assertEquals(429, fourth.status());
        assertEquals("application/problem+json", fourth.contentType());
        assertEquals(3, sql.count("SELECT count(*) FROM complaint"));
    }

    @Test
    void an_unsatisfied_rating_reopens_a_complaint_once() {
        var receipt = file(120.003, 30.002, "noise").json();
        long id = receipt.get("id").asLong();
        String token = receipt.get("rating_url").asText().replaceAll(".*rate=", "");
        var early = anonymous.post("/api/public/ratings/" + token, "{\"satisfaction\":\"满意\"}");
        assertEquals(409, early.status());
        assertEquals("workflow.wrong_state", early.json().get("code").asText(), "the rating page says it from the code");
        assertEquals("received", early.json().get("params").get("state").asText());
        assertEquals("rate", early.json().get("params").get("action").asText());
        var chief = staff.as("chief");
        for (String step : new String[]{"{\"action\":\"accept\"}", "{\"action\":\"investigate\"}",
                "{\"action\":\"reply\",\"text\":\"已责令工地夜间停工\"}", "{\"action\":\"close\"}"}) {
            assertEquals(200, chief.post("/api/complaints/" + id + "/actions", step).status(), step);
        }
        var first = anonymous.post("/api/public/ratings/" + token, "{\"satisfaction\":\"不满意\"}");
        assertEquals(200, first.status(), String.valueOf(first.json()));
        assertEquals("investigating", first.json().get("state").asText(), "reopened");
        clock.advance(java.time.Duration.ofDays(1));
        chief.post("/api/complaints/" + id + "/actions", "{\"action\":\"reply\",\"text\":\"已复查\"}");
        chief.post("/api/complaints/" + id + "/actions", "{\"action\":\"close\"}");
        var second = anonymous.post("/api/public/ratings/" + token, "{\"satisfaction\":\"unsatisfied\"}");
        assertEquals(200, second.status(), String.valueOf(second.json()));
        assertEquals("closed", second.json().get("state").asText(), "only once");
        var third = anonymous.post("/api/public/ratings/" + token, "{\"satisfaction\":\"满意\"}");
        assertEquals(409, third.status());
        assertEquals("complaint.rated_already", third.json().get("code").asText());
        assertEquals(404, anonymous.post("/api/public/ratings/not-a-token", "{\"satisfaction\":\"满意\"}").status());
        var figures = admin.get("/api/complaints/figures?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z").json().get(0);
        assertEquals(1, figures.get("closed_on_time").asInt());
        assertEquals(0.0, figures.get("satisfaction_rate").asDouble());
    }

    @Test
    void an_investigation_opens_one_problem_case_in_the_complaints_grid() {
        long id = file(120.003, 30.002, "noise").json().get("id").asLong();
        var supervisor = staff.as("supervisor");
        String path = "/api/complaints/" + id + "/actions";
        supervisor.post(path, "{\"action\":\"accept\"}");
        supervisor.post(path, "{\"action\":\"investigate\"}");
        assertTrue(supervisor.get("/api/complaints/" + id).json().get("actions").toString().contains("open_case"));
        var incomplete = supervisor.post(path, "{\"action\":\"open_case\",\"text\":\"夜间违规施工\",\"severity\":\"grave\"}");
        assertEquals(400, incomplete.status());
        assertEquals("/category", incomplete.json().get("errors").get(0).get("pointer").asText());
        assertEquals("/severity", incomplete.json().get("errors").get(1).get("pointer").asText());
        assertEquals(0, sql.count("SELECT count(*) FROM problem_case"), "nothing opened");

        var opened = supervisor.post(path, "{\"action\":\"open_case\",\"text\":\"夜间违规施工\","
                + "\"category\":\"noise\",\"severity\":\"general\"}");
        assertEquals(200, opened.status(), String.valueOf(opened.json()));
        assertEquals("investigating", opened.json().get("state").asText(), "the complaint is still to be replied to");
        assertFalse(opened.json().get("actions").toString().contains("open_case"), "one case per complaint");
        long caseId = opened.json().get("problem_case_id").asLong();
        var problem = supervisor.get("/api/cases/" + caseId).json();
        assertEquals(id, problem.get("complaint_id").asLong());
        assertTrue(problem.get("inspection_id") == null || problem.get("inspection_id").isNull());
        assertEquals("A1", problem.get("grid_code").asText());
        assertEquals("grid_patrol", problem.get("target_kind").asText(), "no source named: the grid is re-inspected");
        assertEquals("2026-12-04", problem.get("due_by").asText(), "general: 7 days");
        String casePath = "/api/cases/" + caseId + "/actions";
        var chief = staff.as("chief");
        assertEquals(200, chief.post(casePath, "{\"action\":\"assign\",\"assignee_id\":" + staff.supervisorA1Id + "}").status());
        assertEquals(200, supervisor.post(casePath, "{\"action\":\"start_rectification\"}").status());
        var done = supervisor.post(casePath, "{\"action\":\"report_done\"}");
        assertEquals(200, done.status(), String.valueOf(done.json()));
        long duty = done.json().get("reinspection_duty_id").asLong();
        assertEquals("grid_patrol A1 reinspection", sql.text("SELECT target_kind || ' ' || target_code || ' ' || purpose"
                + " FROM duty WHERE id = " + duty), "the grid is patrolled again to verify");
        assertEquals(409, supervisor.post(path, "{\"action\":\"open_case\",\"text\":\"again\","
                + "\"category\":\"noise\",\"severity\":\"general\"}").status());
        assertEquals(1, sql.count("SELECT count(*) FROM problem_case"));
    }

    @Test
    void a_source_a_complaint_pointed_at_is_inspected_one_step_more_often() {
        String source = com.envgrid.core.source.CreditCode.withCheckCharacter("91320214MA1G00009");
        admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n" + source
                + ",印染厂,120.002,30.002,C\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)).contentType("text/csv"));
        long id = file(120.0021, 30.0021, "water_pollution").json().get("id").asLong();
        var chief = staff.as("chief");
        String path = "/api/complaints/" + id + "/actions";
        chief.post(path, "{\"action\":\"accept\"}");
        chief.post(path, "{\"action\":\"investigate\"}");
        var elsewhere = chief.post(path, "{\"action\":\"open_case\",\"text\":\"偷排\",\"category\":\"wastewater\","
                + "\"severity\":\"serious\",\"source_code\":\"" + source.replace('9', '8') + "\"}");
        assertEquals(400, elsewhere.status(), "a source that is not in the directory");
        assertEquals("/source_code", elsewhere.json().get("errors").get(0).get("pointer").asText());
        assertEquals(200, chief.post(path, "{\"action\":\"open_case\",\"text\":\"偷排\",\"category\":\"wastewater\","
                + "\"severity\":\"serious\",\"source_code\":\"" + source + "\"}").status());

        admin.post("/api/duties/generate?period=2027-Q1", ""); // within 90 days of the complaint
        admin.post("/api/duties/generate?period=2027-Q2", ""); // long after it
        String count = "SELECT count(*) FROM duty WHERE target_code = '" + source + "' AND due_from >= '%s' AND due_from < '%s'";
        assertEquals(3, sql.count(String.format(count, "2027-01-01", "2027-04-01")), "C every 2 months, a step up: monthly");
        assertTrue(sql.count(String.format(count, "2027-04-01", "2027-07-01")) < 3, "every 2 months again");
    }

    @Test
    void an_overdue_complaint_escalates_to_the_chief_then_to_the_district() {
        long id = file(120.003, 30.002, "noise").json().get("id").asLong(); // Friday; to accept by Monday 30 November
        var chief = staff.as("chief");
        assertEquals("supervisor", chief.get("/api/complaints/" + id).json().get("escalated_to").asText());
        assertEquals(0, chief.get("/api/complaints?escalated=true").json().size());
        assertEquals(1, chief.get("/api/complaints?state=received").json().size());
        assertEquals(0, chief.get("/api/complaints?state=closed").json().size());
        clock.set(Instant.parse("2026-12-01T02:00:00Z")); // Tuesday: not accepted a day late
        var late = chief.get("/api/complaints/" + id).json();
        assertTrue(late.get("overdue").asBoolean());
        assertEquals("chief", late.get("escalated_to").asText());
        assertEquals(1, chief.get("/api/complaints?escalated=true").json().size());
        clock.set(Instant.parse("2026-12-04T02:00:00Z")); // four days late
        assertEquals("district", admin.get("/api/complaints/" + id).json().get("escalated_to").asText());
        chief.post("/api/complaints/" + id + "/actions", "{\"action\":\"accept\"}");
        var accepted = chief.get("/api/complaints/" + id).json();
        assertEquals("supervisor", accepted.get("escalated_to").asText(), "now it waits on closing, due today");
        assertEquals(0, admin.get("/api/complaints?escalated=true").json().size());
    }

    @Test
    void photos_sent_with_a_public_complaint_are_seen_by_the_staff_handling_it_and_not_by_the_public() {
        byte[] jpeg = TestPhotos.image("jpg", 48, 7);
        String hash = TestPhotos.sha256(jpeg);
        var upload = anonymous.exchange(HttpRequest.PUT("/api/public/photos/" + hash, jpeg).contentType("image/jpeg"));
        assertEquals(201, upload.status(), String.valueOf(upload.json()));
        assertEquals("image/jpeg", upload.json().get("media_type").asText());
        assertEquals(201, anonymous.exchange(HttpRequest.PUT("/api/public/photos/" + hash, jpeg)
                .contentType("image/jpeg")).status(), "a resent photo is the same photo");
        String unknown = "0".repeat(64);
        var refused = anonymous.post("/api/public/complaints", "{\"category\":\"dumping\",\"description\":\"河边倾倒建筑垃圾\","
                + "\"lon\":120.003,\"lat\":30.002,\"photos\":[\"" + hash + "\",\"" + unknown + "\"]}");
        assertEquals(400, refused.status());
        assertEquals("/photos/1", refused.json().get("errors").get(0).get("pointer").asText());
        assertEquals(0, sql.count("SELECT count(*) FROM complaint"), "nothing stored");

        var filed = anonymous.post("/api/public/complaints", "{\"category\":\"dumping\",\"description\":\"河边倾倒建筑垃圾\","
                + "\"lon\":120.003,\"lat\":30.002,\"photos\":[\"" + hash + "\"]}");
        assertEquals(201, filed.status(), String.valueOf(filed.json()));
        long id = filed.json().get("id").asLong();
        var supervisor = staff.as("supervisor");
        assertEquals(hash, supervisor.get("/api/complaints/" + id).json().get("photos").get(0).asText());
        byte[] shown = http.toBlocking().retrieve(HttpRequest.GET("/api/photos/" + hash).bearerAuth(supervisor.token())
                .accept("image/*"), byte[].class);
        assertEquals(hash, TestPhotos.sha256(shown), "the staff get the photo's bytes back");
        assertFalse(anonymous.get("/api/public/complaints/" + id).json().has("photos"), "the public sees no photos");
        assertEquals(401, anonymous.get("/api/photos/" + hash).status());

        byte[] png = TestPhotos.image("png", 8, 8);
        assertEquals(201, anonymous.exchange(HttpRequest.PUT("/api/public/photos/" + TestPhotos.sha256(png), png)
                .contentType("image/png")).status());
        byte[] third = TestPhotos.image("png", 8, 9);
        assertEquals(201, anonymous.exchange(HttpRequest.PUT("/api/public/photos/" + TestPhotos.sha256(third), third)
                .contentType("image/png")).status());
        byte[] fourth = TestPhotos.image("png", 8, 10);
        assertEquals(429, anonymous.exchange(HttpRequest.PUT("/api/public/photos/" + TestPhotos.sha256(fourth), fourth)
                .contentType("image/png")).status(), "three photos an hour in this test");
        assertEquals(3, sql.count("SELECT count(*) FROM photo"));
    }

    @Test
    void a_hotline_complaint_is_entered_by_staff_with_its_channel() {
        var entered = staff.as("supervisor").post("/api/complaints", "{\"channel\":\"12369\",\"category\":\"烟尘\","
                + "\"description\":\"x\",\"lon\":120.003,\"lat\":30.002}");
        assertEquals(400, entered.status(), "an unknown category");
        var ok = staff.as("supervisor").post("/api/complaints", "{\"channel\":\"12369\",\"category\":\"油烟\","
                + "\"description\":\"饭店油烟直排\",\"lon\":120.003,\"lat\":30.002}");
        assertEquals(201, ok.status(), String.valueOf(ok.json()));
        assertEquals("hotline_12369", sql.text("SELECT channel FROM complaint"));
    }

    @Test
    void open311_clients_find_services_create_requests_and_query_them_by_the_specification() {
        var services = anonymous.get("/open311/v2/services.json").json();
        assertEquals("noise", services.findValues("service_code").stream().map(JsonNode::asText)
                .filter("noise"::equals).findFirst().orElseThrow());
        JsonNode first = services.get(0);
        for (String field : new String[]{"service_code", "service_name", "description", "metadata", "type", "keywords", "group"}) {
            assertTrue(first.has(field), field);
        }
        var created = anonymous.exchange(HttpRequest.POST("/open311/v2/requests.json",
                        "service_code=noise&lat=30.002&long=120.003&description=%E5%99%AA%E5%A3%B0&email=a%40b.cn"
                                + "&media_url=https%3A%2F%2Fimg.example.cn%2Fp%2F1.jpg")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        assertEquals(201, created.status(), String.valueOf(created.json()));
        String id = created.json().get(0).get("service_request_id").asText();
        var one = anonymous.get("/open311/v2/requests/" + id + ".json").json().get(0);
        assertTrue(one.has("long"), one.toString());
        assertEquals("open", one.get("status").asText());
        assertEquals("noise", one.get("service_code").asText());
        assertTrue(one.get("requested_datetime").asText().endsWith("+08:00"));
        for (String field : new String[]{"service_request_id", "status", "service_name", "service_code", "agency_responsible",
                "requested_datetime", "updated_datetime", "expected_datetime", "lat", "long"}) {
            assertTrue(one.has(field), field);
        }
        assertFalse(one.has("media_url"), "the link the complainant sent is for the staff, like the rest of what they sent");
        assertEquals("https://img.example.cn/p/1.jpg", admin.get("/api/complaints/" + id).json().get("media_url").asText());
        assertEquals(1, anonymous.get("/open311/v2/requests.json?service_code=noise&status=open").json().size());
        assertEquals(0, anonymous.get("/open311/v2/requests.json?status=closed").json().size());
        assertEquals(0, anonymous.get("/open311/v2/requests.json?start_date=2026-12-01T00:00:00%2B08:00").json().size());
        var bad = anonymous.exchange(HttpRequest.POST("/open311/v2/requests.json", "service_code=nope&lat=30.002&long=120.003")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        assertEquals(400, bad.status());
        assertEquals(400, bad.json().get(0).get("code").asInt());
        assertTrue(bad.json().get(0).get("description").asText().startsWith("service_code: "), "named as the specification names it");
        var notALink = anonymous.exchange(HttpRequest.POST("/open311/v2/requests.json", "service_code=noise&lat=30.002"
                + "&long=120.003&description=x&media_url=file%3A%2F%2F%2Fetc%2Fpasswd").contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        assertEquals(400, notALink.status());
        assertTrue(notALink.json().get(0).get("description").asText().startsWith("media_url: "));
        var missing = anonymous.get("/open311/v2/requests/999999.json");
        assertEquals(404, missing.status());
        assertEquals(404, missing.json().get(0).get("code").asInt());
    }
}
