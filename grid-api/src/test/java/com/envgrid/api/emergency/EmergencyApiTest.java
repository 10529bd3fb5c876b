package com.envgrid.api.emergency;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.grid.GridFiles;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.core.geo.LocalProjection;
import com.envgrid.core.source.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An emergency on known geometry, laid out in metres around the point (120.02°E, 30.02°N) in community A1 of a
 * district 19 km × 11 km: a first-class zone 1 km east; a river whose segment S0 passes 500 m north of the point,
 * with U upstream of it, D1–D3 downstream and a tributary T joining at D1's end; an enterprise 2 km east and one
 * 8 km east.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
class EmergencyApiTest extends ApiTestBase {
    static final double LON = 120.02;
    static final double LAT = 30.02;
    static final LocalProjection PLANE = LocalProjection.centredOn(LON, LAT);
    static final String NEAR = CreditCode.withCheckCharacter("91320214MA1E00001");
    static final String FAR = CreditCode.withCheckCharacter("91320214MA1E00002");

    @Inject
    MutableClock clock;

    ApiClient admin;
    ApiClient supervisor;
    ApiClient chiefA;
    ApiClient chiefB;
    StaffFixture staff;
    long districtAdminId;

    @BeforeEach
    void district() {
        clock.set(Instant.parse("2026-11-25T02:00:00Z"));
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin, GridFiles.file().grid("D", "district", null, GridFiles.square(0, 0, 200, 100))
                .grid("A", "town", "D", GridFiles.square(0, 0, 100, 100))
                .grid("B", "street", "D", GridFiles.square(100, 0, 200, 100))
                .grid("A1", "community", "A", GridFiles.square(0, 0, 100, 50))
                .grid("A2", "community", "A", GridFiles.square(0, 50, 100, 100)).json());
        staff = new StaffFixture(http);
        supervisor = staff.as("supervisor");
        chiefA = staff.as("chief");
        chiefB = ApiClient.signedIn(http, "chief-b", StaffFixture.PASSWORD);
        districtAdminId = staff.person("admin-d", "admin", "13900000009", "D");
        Coordinate near = lonLat(2000, 0);
        Coordinate far = lonLat(8000, 0);
        expect(201, admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n"
                + NEAR + ",化工厂," + near.x + "," + near.y + ",C\n" + FAR + ",印染厂," + far.x + "," + far.y + ",B\n")
                .getBytes(StandardCharsets.UTF_8)).contentType("text/csv")));
        expect(201, admin.post("/api/rivers/import", "{\"type\":\"FeatureCollection\",\"features\":["
                + river("U", -3000, 500, -1000, 500) + "," + river("S0", -1000, 500, 1000, 500) + ","
                + river("D1", 1000, 500, 3000, 500) + "," + river("D2", 3000, 500, 4000, 0, 5000, -500) + ","
                + river("D3", 5000, -500, 7000, -500) + "," + river("T", 3000, 3000, 3000, 500) + "]}"));
        expect(201, admin.post("/api/zones/import", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":"
                + "\"Feature\",\"properties\":{\"code\":\"Z1\",\"name\":\"水源地\",\"level\":\"一级\"},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[" + ring(1000, -500, 2000, -500, 2000, 500, 1000, 500,
                1000, -500) + "]}}]}"));
    }

    private static Coordinate lonLat(double x, double y) {
        return PLANE.toLonLat(new org.locationtech.jts.geom.GeometryFactory().createPoint(new Coordinate(x, y)))
                .getCoordinate();
    }

    private static String ring(double... xy) {
        List<String> points = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            Coordinate c = lonLat(xy[i], xy[i + 1]);
            points.add(String.format(Locale.ROOT, "[%.9f,%.9f]", c.x, c.y));
        }
        return "[" + String.join(",", points) + "]";
    }

    private static String river(String code, double... xy) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"river\":\"河" + code
                + "\",\"chief\":\"刘河长\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":" + ring(xy) + "}}";
    }

    private static String report(UUID id, String description) {
        return "{\"id\":\"" + id + "\",\"type\":\"water\",\"level\":\"larger\",\"lon\":" + LON + ",\"lat\":" + LAT
                + ",\"occurredAt\":\"2026-11-25T01:30:00Z\",\"description\":\"" + description + "\"}";
    }

    private static void expect(int status, ApiClient.Answer answer) {
        assertEquals(status, answer.status(), String.valueOf(answer.json()));
    }

    private static List<String> codes(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
    }

    @Test
    void openingListsWhatIsNearOnKnownGeometryAndTellsTheDistrictOnce() {
        UUID id = UUID.randomUUID();
        var opened = supervisor.post("/api/emergencies", report(id, "河道发现大量死鱼"));

        expect(201, opened);
        JsonNode near = opened.json().get("nearby");
        assertEquals(List.of("Z1"), codes(near.get("zones"), "code"));
        assertEquals(1000, near.get("zones").get(0).get("metres").asLong(), 2);
        assertEquals(List.of("S0", "D1", "D2", "D3"), codes(near.get("downstream"), "code"));
        assertEquals(500, near.get("downstream").get(0).get("metres").asLong(), 2);
        assertEquals(List.of(NEAR), codes(near.get("sources"), "code"));
        assertEquals(2000, near.get("sources").get(0).get("metres").asLong(), 2);
        assertEquals(List.of("A1", "A", "D"), codes(near.get("grids"), "gridCode"));
        assertEquals(List.of(staff.chiefAId), StreamSupport.stream(near.get("grids").get(0).get("chiefs")
                .spliterator(), false).map(p -> p.get("id").asLong()).toList());
        assertEquals(List.of(staff.supervisorA1Id), StreamSupport.stream(near.get("grids").get(0)
                .get("supervisors").spliterator(), false).map(p -> p.get("id").asLong()).toList());
        var wider = supervisor.get("/api/emergencies/" + id + "?sourceMetres=10000");
        assertEquals(List.of(NEAR, FAR), codes(wider.json().get("nearby").get("sources"), "code"));

        String told = "SELECT count(*) FROM notification WHERE cause = 'emergency:" + id + ":opened'";
        long notices = sql.count(told);
        assertEquals(1, sql.count(told + " AND recipient_id = " + staff.chiefAId));
        assertEquals(1, sql.count(told + " AND recipient_id = " + districtAdminId));
        assertEquals(0, sql.count(told + " AND recipient_id = " + staff.chiefBId));

        expect(201, supervisor.post("/api/emergencies", report(id, "河道发现大量死鱼")));
        assertEquals(1, sql.count("SELECT count(*) FROM emergency"));
        assertEquals(notices, sql.count(told));
        expect(409, supervisor.post("/api/emergencies", report(id, "另一件事")));
    }

    @Test
    void actionsAreAppendedOnceUntilAnAdministratorClosesIt() {
        UUID id = UUID.randomUUID();
        expect(201, supervisor.post("/api/emergencies", report(id, "化工厂泄漏")));
        UUID action = UUID.randomUUID();
        String body = "{\"id\":\"" + action + "\",\"text\":\"关闭雨水排口，布设围堰\"}";

        expect(200, chiefA.post("/api/emergencies/" + id + "/actions", body));
        var again = chiefA.post("/api/emergencies/" + id + "/actions", body);

        expect(200, again);
        assertEquals(List.of("关闭雨水排口，布设围堰"), codes(again.json().get("actions"), "text"));
        assertEquals(staff.chiefAId, again.json().get("actions").get(0).get("actorId").asLong());
        String closure = "{\"summary\":\"泄漏已封堵\",\"consequences\":\"无人员伤亡，约 2 吨废水进入河道\"}";
        expect(403, supervisor.post("/api/emergencies/" + id + "/closure", closure));
        var closed = admin.post("/api/emergencies/" + id + "/closure", closure);
        expect(200, closed);
        assertEquals("泄漏已封堵", closed.json().get("closure").get("summary").asText());
        expect(409, admin.post("/api/emergencies/" + id + "/closure", closure));
        expect(409, chiefA.post("/api/emergencies/" + id + "/actions",
                "{\"id\":\"" + UUID.randomUUID() + "\",\"text\":\"复查\"}"));
        assertEquals(List.of(id.toString()), codes(admin.get("/api/emergencies?year=2026&state=closed").json(), "id"));
        assertEquals(List.of(), codes(admin.get("/api/emergencies?year=2026&state=open").json(), "id"));
        assertEquals(2, sql.count("SELECT count(*) FROM audit_log WHERE entity = 'emergency' AND entity_id = '"
                + id + "' AND action IN ('report', 'close')"));
    }

    @Test
    void eachGridSeesItsOwnEmergenciesOnly() {
        UUID id = UUID.randomUUID();
        expect(201, supervisor.post("/api/emergencies", report(id, "异味")));

        expect(404, chiefB.get("/api/emergencies/" + id));
        expect(404, chiefB.post("/api/emergencies/" + id + "/actions",
                "{\"id\":\"" + UUID.randomUUID() + "\",\"text\":\"到场\"}"));
        assertEquals(List.of(), codes(chiefB.get("/api/emergencies?year=2026").json(), "id"));
        assertEquals(List.of(id.toString()), codes(chiefA.get("/api/emergencies?year=2026").json(), "id"));
        Coordinate inB = lonLat(9000, 0);
        expect(403, supervisor.post("/api/emergencies", "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"air\","
                + "\"level\":\"general\",\"lon\":" + inB.x + ",\"lat\":" + inB.y + ",\"occurredAt\":"
                + "\"2026-11-25T01:00:00Z\",\"description\":\"烟雾\"}"));
        expect(400, supervisor.post("/api/emergencies", report(UUID.randomUUID(), "x").replace("water", "fire")));
        assertTrue(chiefA.get("/api/emergencies.xlsx?year=2026").status() == 200);
    }

    private static String member(Long personId, String phone, String speciality, String from, String to) {
        return "{\"district\":\"D\"," + (personId == null ? "" : "\"personId\":" + personId + ",")
                + (phone == null ? "" : "\"phone\":\"" + phone + "\",") + "\"name\":\"队员\",\"unit\":\"区生态环境局\","
                + "\"speciality\":\"" + speciality + "\",\"duties\":[{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}]}";
    }

    @Test
    void theTeamOnDutyTheDayItIsOpenedIsToldOnceAndShownOnTheEmergency() {
        long person = staff.person("team-monitor", "viewer", "13900000021", "D");
        UUID inPerson = UUID.randomUUID();
        UUID outside = UUID.randomUUID();
        UUID offDuty = UUID.randomUUID();
        expect(200, admin.put("/api/emergency-team/" + inPerson, member(person, null, "monitoring", "2026-11-20",
                "2026-11-26")));
        expect(200, admin.put("/api/emergency-team/" + outside, member(null, "13800000031", "expert", "2026-11-25",
                "2026-11-25")));
        expect(200, admin.put("/api/emergency-team/" + offDuty, member(null, "13800000032", "disposal", "2026-11-26",
                "2026-11-30")));
        expect(403, supervisor.put("/api/emergency-team/" + UUID.randomUUID(), member(null, "13800000033", "expert",
                "2026-11-25", "2026-11-25")));
        assertEquals(3, supervisor.get("/api/emergency-team").json().size());

        UUID id = UUID.randomUUID();
        var opened = supervisor.post("/api/emergencies", report(id, "化工品泄漏"));
        supervisor.post("/api/emergencies", report(id, "化工品泄漏"));

        expect(201, opened);
        assertEquals(List.of(outside.toString(), inPerson.toString()).stream().sorted().toList(),
                codes(opened.json().get("teamTold"), "id").stream().sorted().toList());
        String told = "SELECT count(*) FROM notification WHERE cause = 'emergency:" + id + ":opened'";
        assertEquals(1, sql.count(told + " AND recipient_id = " + person));
        assertEquals(1, sql.count(told + " AND address = '13800000031' AND recipient_id IS NULL"));
        assertEquals(0, sql.count(told + " AND address = '13800000032'"));

        var bad = admin.put("/api/emergency-team/" + UUID.randomUUID(), member(null, "13800000034", "cook",
                "2026-11-25", "2026-11-24"));
        expect(400, bad);
        assertTrue(bad.json().toString().contains("/speciality"), String.valueOf(bad.json()));
        var backwards = admin.put("/api/emergency-team/" + UUID.randomUUID(), member(null, "13800000034", "expert",
                "2026-11-25", "2026-11-24"));
        expect(400, backwards);
        assertTrue(backwards.json().toString().contains("/duties/0/to"), String.valueOf(backwards.json()));
        expect(204, admin.exchange(HttpRequest.DELETE("/api/emergency-team/" + outside)));
        assertEquals(codes(opened.json().get("teamTold"), "id"),
                codes(admin.get("/api/emergencies/" + id).json().get("teamTold"), "id"));
    }

    @Test
    void theCoverageMapGetsThePeriodsEmergenciesInOnesGridsAsMarkers() {
        UUID id = UUID.randomUUID();
        expect(201, supervisor.post("/api/emergencies", report(id, "异味")));

        var points = chiefA.get("/api/emergencies/points?period=2026-11");

        expect(200, points);
        assertEquals(List.of(id.toString()), codes(points.json(), "id"));
        assertEquals("larger", points.json().get(0).get("level").asText());
        assertTrue(points.json().get(0).get("open").asBoolean());
        assertEquals(List.of(), codes(chiefB.get("/api/emergencies/points?period=2026-11").json(), "id"));
        assertEquals(List.of(), codes(chiefA.get("/api/emergencies/points?period=2026-10").json(), "id"));
        var bad = chiefA.get("/api/emergencies/points?period=2026-13");
        expect(400, bad);
        assertTrue(bad.json().toString().contains("?period"), String.valueOf(bad.json()));
    }
}
