package com.envgrid.api.people;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.TestPhotos;
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
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static com.envgrid.api.people.TwoDistricts.EAST;
import static com.envgrid.api.people.TwoDistricts.EAST_NAME;
import static com.envgrid.api.people.TwoDistricts.WEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A city of two districts: the administrator of the east district reaches the west's records no more than a grid
 * chief reaches another grid's today — 403 for a grid or a source, 404 for a record (an inspection, case, complaint,
 * photo or person) —, and lists only the east; the east's viewer reads the east only; the city's administrator and
 * API keys follow the binding of their person.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistrictScopeTest extends ApiTestBase {
    static final String SOURCE_WEST = CreditCode.withCheckCharacter("91320214MA1F00091");
    static final String SOURCE_EAST = CreditCode.withCheckCharacter("91320215MA1F00092");
    static final Set<String> EAST_GRIDS = Set.of(EAST, "C", "E", "C1", "C2");

    @Inject
    Clock clock;

    TwoDistricts city;
    ApiClient eastAdmin;
    String month;
    String inspectionWest;
    String photoWest;
    long caseWest;
    long complaintWest;
    long chiefWest;

    @BeforeAll
    void twoDistrictsWithRecordsInEach() {
        ApiClient root = ApiClient.asAdmin(http);
        emptyLayer.startOver(root, TwoDistricts.layer());
        city = new TwoDistricts(http);
        eastAdmin = city.as("admin-" + EAST);
        month = YearMonth.from(clock.instant().atOffset(ZoneOffset.ofHours(8))).toString();
        assertEquals(201, root.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n"
                + SOURCE_WEST + ",化工厂,120.002,30.002,D\n" + SOURCE_EAST + ",印染厂,120.022,30.002,D\n")
                .getBytes(StandardCharsets.UTF_8)).contentType("text/csv")).status());
        assertEquals(200, root.post("/api/duties/generate?period=" + month, "").status());
        photoWest = upload(city.as("sup-a1"));
        inspectionWest = inspect(city.as("sup-a1"), SOURCE_WEST, 120.002, photoWest);
        inspect(city.as("sup-c1"), SOURCE_EAST, 120.022, upload(city.as("sup-c1")));
        caseWest = sql.count("SELECT min(id) FROM problem_case WHERE grid_code = 'A1'");
        var filed = ApiClient.anonymous(http).post("/api/public/complaints", "{\"channel\":\"web\",\"category\":"
                + "\"noise\",\"description\":\"夜间施工\",\"lon\":120.003,\"lat\":30.002}");
        assertEquals(201, filed.status(), String.valueOf(filed.json()));
        complaintWest = filed.json().get("id").asLong();
        chiefWest = sql.count("SELECT id FROM person WHERE username = 'chief-a'");
    }

    static String upload(ApiClient who) {
        byte[] jpeg = TestPhotos.image("jpg", 8, System.nanoTime() % 100_000);
        String hash = TestPhotos.sha256(jpeg);
        assertEquals(201, who.exchange(HttpRequest.PUT("/api/photos/" + hash, jpeg).contentType("image/jpeg")).status());
        return hash;
    }

    String inspect(ApiClient who, String source, double lon, String photo) {
        String id = UUID.randomUUID().toString();
        String at = OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofHours(1)), ZoneOffset.ofHours(8)).toString();
        var answer = who.exchange(HttpRequest.PUT("/api/inspections/" + id, "{\"target\":{\"kind\":\"source\",\"code\":\""
                + source + "\"},\"inspected_at\":\"" + at + "\",\"fix\":{\"lon\":" + lon + ",\"lat\":30.002,"
                + "\"accuracy_m\":10},\"checklist\":{},\"findings\":[{\"category\":\"wastewater\",\"severity\":"
                + "\"serious\",\"description\":\"排口发黑\"}],\"photos\":[\"" + photo + "\"]}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(201, answer.status(), String.valueOf(answer.json()));
        return id;
    }

    private static Set<String> values(JsonNode list, String field) {
        Set<String> values = new TreeSet<>();
        list.forEach(item -> values.add((item.has("properties") ? item.get("properties") : item).get(field).asText()));
        return values;
    }

    private static ApiClient.Answer put(ApiClient who, String uri, String body) {
        return who.exchange(HttpRequest.PUT(uri, body).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    @Test
    void the_east_administrator_gets_what_other_grids_staff_get_for_every_kind_of_west_object() {
        assertEquals(403, eastAdmin.get("/api/grids/A1").status());
        assertEquals(403, eastAdmin.get("/api/grids/" + WEST).status());
        assertEquals(403, eastAdmin.get("/api/grids/locate?lon=120.005&lat=30.002").status());
        assertEquals(403, eastAdmin.get("/api/grids/A1/staff").status());
        assertEquals(403, eastAdmin.get("/api/sources/" + SOURCE_WEST).status());
        assertEquals(403, eastAdmin.get("/api/sources/" + SOURCE_WEST + "/history").status());
        assertEquals(403, eastAdmin.exchange(HttpRequest.DELETE("/api/sources/" + SOURCE_WEST)).status());
        assertEquals(404, eastAdmin.get("/api/inspections/" + inspectionWest).status());
        assertEquals(404, eastAdmin.post("/api/inspections/" + inspectionWest + "/review",
                "{\"accept\":true,\"reason\":\"ok\"}").status());
        assertEquals(404, eastAdmin.get("/api/photos/" + photoWest).status());
        assertEquals(404, eastAdmin.get("/api/cases/" + caseWest).status());
        assertEquals(404, eastAdmin.get("/api/cases/" + caseWest + "/evidence").status());
        assertEquals(404, eastAdmin.post("/api/cases/" + caseWest + "/actions", "{\"action\":\"x\"}").status());
        assertEquals(404, eastAdmin.get("/api/complaints/" + complaintWest).status());
        assertEquals(404, eastAdmin.post("/api/complaints/" + complaintWest + "/actions", "{\"action\":\"x\"}").status());
        assertEquals(404, eastAdmin.get("/api/people/" + chiefWest).status());
        assertEquals(404, eastAdmin.post("/api/people/" + chiefWest + "/deactivate", "").status());
        assertEquals(404, eastAdmin.post("/api/people/" + chiefWest + "/password-reset", "").status());
        assertEquals(404, eastAdmin.post("/api/people/" + chiefWest + "/unlock", "").status());
        assertEquals(404, eastAdmin.get("/api/people/" + chiefWest + "/api-keys").status());
        assertEquals(404, put(eastAdmin, "/api/people/" + chiefWest + "/contact", "{\"phone\":\"13900000010\"}").status());
        assertEquals(404, eastAdmin.get("/api/coverage/trend?grid=A&period=" + month).status());
        assertEquals(404, eastAdmin.get("/api/coverage.csv?period=" + month + "&parent=A").status());
        assertEquals(403, eastAdmin.post("/api/people/" + city.person("sup-a9", "supervisor", WEST) + "/assignments",
                "{\"grid_code\":\"A2\",\"duty\":\"supervisor\"}").status());
        assertEquals(0, sql.count("SELECT count(*) FROM person WHERE active = false"), "nobody was deactivated");
    }

    @Test
    void the_east_administrator_lists_only_the_east() {
        assertEquals(EAST_GRIDS, values(eastAdmin.get("/api/grids").json().get("features"), "code"));
        assertEquals(Set.of(SOURCE_EAST), values(eastAdmin.get("/api/sources").json().get("features"), "code"));
        assertTrue(EAST_GRIDS.containsAll(values(eastAdmin.get("/api/duties?period=" + month).json(), "grid_code")));
        assertEquals(Set.of("C1"), values(eastAdmin.get("/api/inspections?from=2000-01-01T00:00:00Z"
                + "&to=2100-01-01T00:00:00Z").json(), "grid_code"));
        assertEquals(Set.of("C1"), values(eastAdmin.get("/api/cases").json(), "grid_code"));
        assertEquals(Set.of(), values(eastAdmin.get("/api/complaints").json(), "grid_code"));
        assertEquals(Set.of("C", "E"), values(eastAdmin.get("/api/coverage/rows?period=" + month + "&level=first")
                .json(), "code"));
        String csv = http.toBlocking().retrieve(HttpRequest.GET("/api/coverage.csv?period=" + month
                + "&level=first").bearerAuth(eastAdmin.token()), String.class);
        assertTrue(csv.contains("grid C") && !csv.contains("grid A") && !csv.contains("grid B"), csv);
        JsonNode people = eastAdmin.get("/api/people").json();
        assertTrue(values(people, "username").containsAll(Set.of("admin-" + EAST, "viewer-" + EAST, "chief-c", "sup-c1")));
        assertEquals(Set.of(EAST), values(people, "district"), "nobody of the west, nobody of the whole city");
        Set<String> actors = values(eastAdmin.get("/api/audit?limit=1000").json(), "actor");
        assertTrue(actors.stream().allMatch(a -> a.endsWith(EAST) || a.equals("chief-c") || a.equals("sup-c1")
                || a.startsWith("east-")) && actors.contains("sup-c1"), "what the east's people did: " + actors);
    }

    @Test
    void the_east_viewer_reads_the_east_only_and_changes_nothing() {
        ApiClient viewer = city.as("viewer-" + EAST);
        assertEquals(EAST_GRIDS, values(viewer.get("/api/grids").json().get("features"), "code"));
        assertEquals(403, viewer.get("/api/grids/B").status());
        assertEquals(404, viewer.get("/api/inspections/" + inspectionWest).status());
        assertEquals(Set.of(SOURCE_EAST), values(viewer.get("/api/sources").json().get("features"), "code"));
        assertEquals(403, viewer.post("/api/people", "{}").status());
        assertTrue(values(viewer.get("/api/people").json(), "username").stream().noneMatch(u -> u.endsWith(WEST)
                || u.equals("chief-a") || u.equals("sup-a1")));
    }

    @Test
    void me_tells_the_role_and_the_district() {
        JsonNode me = eastAdmin.get("/api/me").json();
        assertEquals("admin", me.get("role").asText());
        assertEquals(EAST, me.get("district").asText());
        assertEquals(EAST_NAME, me.get("district_name").asText());
        assertTrue(city.city.get("/api/me").json().path("district").isMissingNode()
                || city.city.get("/api/me").json().get("district").isNull(), "the city's administrator is bound to none");
    }

    @Test
    void a_district_administrator_binds_people_to_their_district_only() {
        var created = eastAdmin.post("/api/people", person("east-new", null));
        assertEquals(201, created.status(), String.valueOf(created.json()));
        assertEquals(EAST, created.json().get("district").asText(), "their own district when none is said");
        var byName = eastAdmin.post("/api/people", person("east-named", EAST_NAME));
        assertEquals(EAST, byName.json().get("district").asText(), "a district is named by its code or its name");

        var west = eastAdmin.post("/api/people", person("east-to-west", WEST));
        assertEquals(403, west.status());
        assertEquals("people.district_not_yours", west.json().get("code").asText());
        long id = created.json().get("id").asLong();
        assertEquals(403, put(eastAdmin, "/api/people/" + id + "/district", "{\"district\":null}").status(),
                "nobody is made city-wide by a district's administrator");
        var unknown = eastAdmin.post("/api/people", person("east-nowhere", "320299"));
        assertEquals(400, unknown.status());
        assertEquals("/district", unknown.json().get("errors").get(0).get("pointer").asText());
        assertEquals(400, city.city.post("/api/people", person("city-grid", "C")).status(), "a town is no district");
        assertEquals(0, sql.count("SELECT count(*) FROM person WHERE username IN ('east-to-west', 'east-nowhere')"));
    }

    private static String person(String username, String district) {
        return "{\"name\":\"n\",\"username\":\"" + username + "\",\"password\":\"Long-enough-1\",\"role\":\"supervisor\""
                + (district == null ? "" : ",\"district\":\"" + district + "\"") + "}";
    }

    @Test
    void binding_takes_effect_at_once_on_sign_ins_and_api_keys() {
        long id = city.person("moving-viewer", "viewer", WEST);
        ApiClient signedIn = city.as("moving-viewer");
        String key = signedIn.post("/api/me/api-keys", "{\"label\":\"QGIS\"}").json().get("key").asText();
        ApiClient withKey = ApiClient.withApiKey(http, key);
        assertEquals(403, withKey.get("/api/grids/C").status());

        assertEquals(200, put(city.city, "/api/people/" + id + "/district", "{\"district\":\"" + EAST + "\"}").status());
        assertEquals(200, signedIn.get("/api/grids/C").status());
        assertEquals(200, withKey.get("/api/grids/C").status());
        assertEquals(403, withKey.get("/api/grids/A").status());
        assertEquals(EAST_GRIDS, values(withKey.get("/api/grids").json().get("features"), "code"));
    }

    @Test
    void a_district_administrator_imports_their_district_only() {
        assertEquals(403, eastAdmin.post("/api/grids/import?dryRun=true", TwoDistricts.layer()).status());
        assertEquals(403, eastAdmin.post("/api/grids/import?dryRun=true&district=" + WEST, TwoDistricts.layer()).status());
        var sources = eastAdmin.exchange(HttpRequest.POST("/api/sources/import?dryRun=true", ("统一社会信用代码,名称,经度,纬度,"
                + "信用等级\n" + CreditCode.withCheckCharacter("91320214MA1F00093") + ",厂,120.003,30.003,B\n")
                .getBytes(StandardCharsets.UTF_8)).contentType("text/csv"));
        assertEquals(1, sources.json().get("bad").asInt(), "a source in the west lies outside the east's grids");
        var moved = eastAdmin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n"
                + SOURCE_WEST + ",化工厂,120.023,30.003,D\n").getBytes(StandardCharsets.UTF_8)).contentType("text/csv"));
        assertEquals(403, moved.status(), "a west source is not taken over by an east import");
        assertEquals("A1", sql.text("SELECT grid_code FROM source WHERE code = '" + SOURCE_WEST + "'"));
    }

    @Test
    void the_city_rules_are_the_city_administrators() {
        String rules = city.city.get("/api/rules").json().toString();
        assertEquals(403, put(eastAdmin, "/api/rules", rules).status());
        assertEquals(200, put(city.city, "/api/rules", rules).status());
        assertEquals(403, put(eastAdmin, "/api/calendars/2031", "{\"holidays\":[],\"make_up_workdays\":[]}").status());
    }

    @Test
    void a_roster_of_a_district_administrator_holds_people_of_their_district() {
        String roster = "姓名,用户名,角色,网格编码,所属区县\n东甲,east-a,supervisor,C2," + EAST_NAME + "\n东乙,east-b,supervisor,C2,\n"
                + "西丙,east-c,supervisor,A2," + WEST + "\n东丁,east-d,supervisor,A2,\n";
        var report = eastAdmin.exchange(HttpRequest.POST("/api/people/import?dryRun=true",
                roster.getBytes(StandardCharsets.UTF_8)).contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE)).json();
        assertEquals(2, report.get("bad").asInt(), String.valueOf(report));
        Set<String> problems = new TreeSet<>();
        report.get("problems").forEach(p -> problems.add(p.get("row").asInt() + " " + p.get("column").asText() + " "
                + p.get("code").asText()));
        assertEquals(Set.of("4 district people.district_not_yours", "5 grid_code people.grid_outside_district"),
                problems);

        var written = city.city.exchange(HttpRequest.POST("/api/people/import", ("姓名,用户名,角色,网格编码,区县\n"
                + "东甲,east-a,supervisor,C2," + EAST_NAME + "\n").getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE));
        assertEquals(201, written.status(), String.valueOf(written.json()));
        assertEquals(EAST, sql.text("SELECT district_code FROM person WHERE username = 'east-a'"));
        assertTrue(Base64.getDecoder().decode(written.json().get("passwords_sheet").get("base64").asText()).length > 0);
    }
}
