package com.envgrid.api.publicity;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.api.shared.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Publicity events and volunteers in the small district (D over A and B; A over A1 and A2): totals rolled up to the
 * parents, each event once; scope by grid; retried POSTs; a volunteer's complaint; their phone shown like staff's.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
class PublicityApiTest extends ApiTestBase {
    @Inject
    MutableClock clock;

    ApiClient admin;
    ApiClient viewer;
    ApiClient chiefA;
    ApiClient chiefB;
    ApiClient supervisor;

    @BeforeEach
    void district() {
        clock.set(Instant.parse("2026-06-10T02:00:00Z"));
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        StaffFixture staff = new StaffFixture(http);
        viewer = staff.as("viewer");
        chiefA = staff.as("chief");
        supervisor = staff.as("supervisor");
        chiefB = ApiClient.signedIn(http, "chief-b", StaffFixture.PASSWORD);
    }

    static String event(UUID id, String grid, String heldOn, int attendance) {
        return "{\"id\":\"" + id + "\",\"grid\":\"" + grid + "\",\"title\":\"环境日宣传\",\"heldOn\":\"" + heldOn
                + "\",\"kind\":\"environment_day\",\"place\":\"社区广场\",\"attendance\":" + attendance
                + ",\"organiser\":\"街道环保办\"}";
    }

    static String volunteer(UUID id, String grid) {
        return "{\"id\":\"" + id + "\",\"grid\":\"" + grid + "\",\"name\":\"王芳\",\"phone\":\"13812345678\","
                + "\"registeredOn\":\"2026-05-01\"}";
    }

    private static void expect(int status, ApiClient.Answer answer) {
        assertEquals(status, answer.status(), String.valueOf(answer.json()));
    }

    /** grid → [events, attendance] of the totals. */
    private static Map<String, List<Long>> totals(JsonNode list) {
        Map<String, List<Long>> totals = new HashMap<>();
        list.get("totals").forEach(t -> totals.put(t.get("grid").asText(),
                List.of(t.get("events").asLong(), t.get("attendance").asLong())));
        return totals;
    }

    private static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("id").asText()).toList();
    }

    @Test
    void totalsRollUpToTheParentsCountingEachEventOnce() {
        expect(201, supervisor.post("/api/publicity/events", event(UUID.randomUUID(), "A1", "2026-06-05", 30)));
        expect(201, chiefA.post("/api/publicity/events", event(UUID.randomUUID(), "A2", "2026-06-05", 20)));
        expect(201, chiefA.post("/api/publicity/events", event(UUID.randomUUID(), "A", "2026-06-06", 10)));
        expect(201, chiefB.post("/api/publicity/events", event(UUID.randomUUID(), "B", "2026-06-05", 50)));
        expect(201, admin.post("/api/publicity/events", event(UUID.randomUUID(), "D", "2026-06-01", 5)));
        expect(201, admin.post("/api/publicity/events", event(UUID.randomUUID(), "A1", "2026-04-22", 100)));

        JsonNode all = admin.get("/api/publicity/events?period=2026-06").json();
        assertEquals(5, all.get("events").size());
        assertEquals(Map.of("A1", List.of(1L, 30L), "A2", List.of(1L, 20L), "A", List.of(3L, 60L),
                "B", List.of(1L, 50L), "D", List.of(5L, 115L)), totals(all));

        JsonNode ofA = chiefA.get("/api/publicity/events?period=2026-06").json();
        assertEquals(3, ofA.get("events").size(), "chief A sees A and below, not B nor D");
        assertEquals(Map.of("A1", List.of(1L, 30L), "A2", List.of(1L, 20L), "A", List.of(3L, 60L)), totals(ofA));

        JsonNode quarter = admin.get("/api/publicity/events?grid=A1&period=2026-Q2").json();
        assertEquals(Map.of("A1", List.of(2L, 130L)), totals(quarter));
    }

    @Test
    void aRetriedPostStoresNothingMoreAndOtherContentUnderTheSameIdIsAConflict() {
        UUID id = UUID.randomUUID();
        expect(201, chiefA.post("/api/publicity/events", event(id, "A1", "2026-06-05", 30)));
        expect(201, chiefA.post("/api/publicity/events", event(id, "A1", "2026-06-05", 30)));
        expect(409, chiefA.post("/api/publicity/events", event(id, "A1", "2026-06-05", 31)));
        assertEquals(1, admin.get("/api/publicity/events?period=2026-06").json().get("events").size());

        UUID v = UUID.randomUUID();
        expect(201, chiefA.post("/api/volunteers", volunteer(v, "A1")));
        expect(201, chiefA.post("/api/volunteers", volunteer(v, "A1")));
        assertEquals(1, admin.get("/api/volunteers").json().size());
    }

    @Test
    void eachGridsStaffManageTheirGridsOnly() {
        UUID inA2 = UUID.randomUUID();
        UUID inB = UUID.randomUUID();
        expect(201, chiefA.post("/api/publicity/events", event(inA2, "A2", "2026-06-05", 20)));
        expect(201, chiefB.post("/api/publicity/events", event(inB, "B", "2026-06-05", 50)));
        expect(403, chiefA.post("/api/publicity/events", event(UUID.randomUUID(), "B", "2026-06-05", 1)));
        expect(403, supervisor.post("/api/publicity/events", event(UUID.randomUUID(), "A2", "2026-06-05", 1)));
        expect(403, viewer.post("/api/publicity/events", event(UUID.randomUUID(), "A1", "2026-06-05", 1)));
        expect(403, chiefA.put("/api/publicity/events/" + inA2, event(inA2, "B", "2026-06-05", 20)));
        expect(404, chiefA.put("/api/publicity/events/" + inB, event(inB, "B", "2026-06-05", 51)));
        expect(404, chiefA.exchange(HttpRequest.DELETE("/api/publicity/events/" + inB)));
        expect(200, chiefA.put("/api/publicity/events/" + inA2, event(inA2, "A1", "2026-06-05", 25)));
        expect(404, chiefB.get("/api/publicity/events?grid=A"));
        expect(403, chiefA.post("/api/volunteers", volunteer(UUID.randomUUID(), "B")));

        assertEquals(Map.of("A1", List.of(1L, 25L), "A", List.of(1L, 25L), "B", List.of(1L, 50L),
                "D", List.of(2L, 75L)), totals(admin.get("/api/publicity/events?period=2026-06").json()));
        expect(204, chiefA.exchange(HttpRequest.DELETE("/api/publicity/events/" + inA2)));
        assertEquals(List.of(inB.toString()),
                ids(admin.get("/api/publicity/events?period=2026-06").json().get("events")));
    }

    @Test
    void aVolunteersComplaintNamesThemAndIsCountedOnTheirRecord() {
        UUID v = UUID.randomUUID();
        expect(201, admin.post("/api/volunteers", volunteer(v, "A1")));
        var entered = supervisor.post("/api/complaints", "{\"channel\":\"hotline_12369\",\"category\":\"油烟\","
                + "\"description\":\"饭店油烟直排\",\"lon\":120.002,\"lat\":30.002,\"reporter_volunteer_id\":\"" + v
                + "\"}");
        expect(201, entered);
        JsonNode complaint = supervisor.get("/api/complaints/" + entered.json().get("id").asLong()).json();
        assertEquals("王芳", complaint.get("reporter_volunteer").get("name").asText(), complaint.toString());
        JsonNode listed = supervisor.get("/api/volunteers?grid=A1").json();
        assertEquals(1, listed.get(0).get("complaints").asLong());

        var unknown = supervisor.post("/api/complaints", "{\"channel\":\"hotline_12369\",\"category\":\"油烟\","
                + "\"description\":\"饭店油烟直排\",\"lon\":120.002,\"lat\":30.002,\"reporter_volunteer_id\":\""
                + UUID.randomUUID() + "\"}");
        expect(400, unknown);
        assertEquals(1, admin.get("/api/complaints").json().size(), "the refused complaint is not stored");
    }

    @Test
    void aVolunteersPhoneIsSeenByThoseWhoManageTheGridOnly() {
        expect(201, supervisor.post("/api/volunteers", volunteer(UUID.randomUUID(), "A1")));
        assertEquals("13812345678", admin.get("/api/volunteers").json().get(0).get("phone").asText());
        assertEquals("13812345678", chiefA.get("/api/volunteers").json().get(0).get("phone").asText());
        assertEquals("13812345678", supervisor.get("/api/volunteers").json().get(0).get("phone").asText());
        JsonNode seenByViewer = viewer.get("/api/volunteers").json().get(0);
        assertEquals("王芳", seenByViewer.get("name").asText());
        assertTrue(seenByViewer.path("phone").isMissingNode() || seenByViewer.get("phone").isNull(),
                seenByViewer.toString());
        assertEquals(0, chiefB.get("/api/volunteers").json().size());
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() {
        String photo = "a".repeat(64);
        Map<String, String> bad = Map.of(
                "title", event(UUID.randomUUID(), "A1", "2026-06-05", 1).replace("环境日宣传", " "),
                "kind", event(UUID.randomUUID(), "A1", "2026-06-05", 1).replace("environment_day", "party"),
                "attendance", event(UUID.randomUUID(), "A1", "2026-06-05", -1),
                "heldOn", event(UUID.randomUUID(), "A1", "2026-06-31", 1),
                "grid", event(UUID.randomUUID(), "Z9", "2026-06-05", 1),
                "photos", event(UUID.randomUUID(), "A1", "2026-06-05", 1).replace("}", ",\"photos\":[\"" + photo
                        + "\"]}"));
        bad.forEach((field, body) -> {
            var answer = chiefA.post("/api/publicity/events", body);
            assertEquals(400, answer.status(), field + ": " + answer.json());
            assertEquals(Problem.MEDIA_TYPE, answer.contentType());
            assertTrue(answer.json().toString().contains(field), field + ": " + answer.json());
        });
        var phone = chiefA.post("/api/volunteers", volunteer(UUID.randomUUID(), "A1").replace("13812345678", "12"));
        assertEquals(400, phone.status());
        assertTrue(phone.json().toString().contains("phone"), String.valueOf(phone.json()));
        expect(400, admin.get("/api/publicity/events?period=2026-13"));
        assertEquals(0, admin.get("/api/publicity/events?period=2026-Q2").json().get("events").size());
        assertEquals(0, admin.get("/api/volunteers").json().size());
    }

    @Test
    void theExportHoldsTheEventsAndTheTotals() {
        expect(201, chiefA.post("/api/publicity/events", event(UUID.randomUUID(), "A1", "2026-06-05", 30)));
        var sheet = admin.exchange(HttpRequest.GET("/api/publicity/events.xlsx?period=2026-06"));
        expect(200, sheet);
        assertTrue(sheet.contentType().startsWith("application/vnd.openxmlformats"), sheet.contentType());
    }
}
