package com.envgrid.api.joint;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.TestPhotos;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.core.source.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Joint inspections in the small district (D; town A with communities A1 and A2; street B), the district's date
 * 2026-11-25: four operating sources — two in A1 (ratings D and A), one in A2 (B), one in B (C); the chiefs of A and
 * B, the supervisor of A1, a viewer, and two people on no grid who serve on teams: an eco inspector (生态环境) and a
 * housing inspector (住建).
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
class JointCampaignApiTest extends ApiTestBase {
    static final String A1_D = CreditCode.withCheckCharacter("91320214MA1J00001");
    static final String A1_A = CreditCode.withCheckCharacter("91320214MA1J00002");
    static final String A2_B = CreditCode.withCheckCharacter("91320214MA1J00003");
    static final String B_C = CreditCode.withCheckCharacter("91320214MA1J00004");

    @Inject
    MutableClock clock;

    ApiClient admin;
    StaffFixture staff;
    ApiClient chiefA;
    ApiClient chiefB;
    ApiClient supervisor;
    ApiClient viewer;
    long ecoId;
    long housingId;
    ApiClient eco;
    ApiClient housing;

    @BeforeEach
    void district() {
        clock.set(Instant.parse("2026-11-25T02:00:00Z"));
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        assertEquals(201, admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n"
                + A1_D + ",化工厂,120.002,30.002,D\n" + A1_A + ",电镀厂,120.004,30.003,A\n"
                + A2_B + ",印染厂,120.003,30.007,B\n" + B_C + ",搅拌站,120.015,30.003,C\n")
                .getBytes(StandardCharsets.UTF_8)).contentType("text/csv")).status());
        staff = new StaffFixture(http);
        chiefA = staff.as("chief");
        supervisor = staff.as("supervisor");
        viewer = staff.as("viewer");
        chiefB = ApiClient.signedIn(http, "chief-b", StaffFixture.PASSWORD);
        ecoId = staff.person("eco-inspector", "supervisor", "13900000021");
        housingId = staff.person("housing-inspector", "supervisor", "13900000022");
        eco = ApiClient.signedIn(http, "eco-inspector", StaffFixture.PASSWORD);
        housing = ApiClient.signedIn(http, "housing-inspector", StaffFixture.PASSWORD);
    }

    String campaign(UUID id, String grid, String title) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"theme\":\"扬尘\",\"grid\":\"" + grid + "\","
                + "\"period_from\":\"2026-11-01\",\"period_to\":\"2026-11-30\",\"members\":[{\"person_id\":" + ecoId
                + ",\"department\":\"eco\",\"leader\":true},{\"person_id\":" + housingId + ",\"department\":"
                + "\"housing\"}]}";
    }

    static String finding(UUID id, String kind, String code, String extra) {
        return "{\"id\":\"" + id + "\",\"target_kind\":\"" + kind + "\",\"target_code\":\"" + code + "\","
                + "\"category\":\"dust\",\"severity\":\"general\",\"description\":\"工地未覆盖\","
                + "\"found_on\":\"2026-11-20\"" + extra + "}";
    }

    /** A campaign set up by the administrator, its id. */
    UUID setUp(String grid, String title) {
        UUID id = UUID.randomUUID();
        expect(201, admin.post("/api/joint-campaigns", campaign(id, grid, title)));
        return id;
    }

    JsonNode choose(UUID campaign, String body) {
        var answer = admin.post("/api/joint-campaigns/" + campaign + "/targets", body);
        expect(200, answer);
        return answer.json();
    }

    private static void expect(int status, ApiClient.Answer answer) {
        expect(status, answer, "");
    }

    private static void expect(int status, ApiClient.Answer answer, String why) {
        assertEquals(status, answer.status(), why + " " + answer.json());
    }

    private static String pointer(ApiClient.Answer answer) {
        return answer.json().get("errors").get(0).get("pointer").asText();
    }

    private static Set<String> targets(JsonNode campaign, String chosenBy) {
        Set<String> codes = new TreeSet<>();
        campaign.get("targets").forEach(t -> {
            if (chosenBy == null || t.get("chosen_by").asText().equals(chosenBy)) {
                codes.add(t.get("code").asText());
            }
        });
        return codes;
    }

    @Test
    void a_campaign_is_set_up_once_under_its_client_id_with_a_team_of_several_departments() {
        UUID id = UUID.randomUUID();
        var created = admin.post("/api/joint-campaigns", campaign(id, "A", "A 镇扬尘联合督查"));
        expect(201, created);
        expect(200, admin.post("/api/joint-campaigns", campaign(id, "A", "A 镇扬尘联合督查")));
        expect(409, admin.post("/api/joint-campaigns", campaign(id, "A", "另一个标题")));
        assertEquals(1, admin.get("/api/joint-campaigns").json().size(), "a retried POST sets up one campaign");

        JsonNode view = admin.get("/api/joint-campaigns/" + id).json();
        assertEquals("open", view.get("state").asText());
        assertEquals(2, view.get("members").size());
        assertEquals("eco-inspector", view.get("members").get(0).get("name").asText(), "the leader first");
        assertTrue(view.get("members").get(0).get("leader").asBoolean());
        assertEquals("生态环境", view.get("members").get(0).get("department_name").asText());
        assertEquals("住建", view.get("members").get(1).get("department_name").asText());
        assertTrue(sql.count("SELECT count(*) FROM audit_log WHERE entity = 'joint_campaign' AND action = 'create'"
                + " AND entity_id = '" + id + "'") == 1);

        var community = admin.post("/api/joint-campaigns", campaign(UUID.randomUUID(), "A1", "t"));
        expect(400, community);
        assertEquals("/grid", pointer(community), "a campaign runs in a district or a first-level grid");
        var twoLeaders = admin.post("/api/joint-campaigns", campaign(UUID.randomUUID(), "A", "t")
                .replace("\"housing\"}", "\"housing\",\"leader\":true}"));
        assertEquals("/members", pointer(twoLeaders));
        var noSuchDepartment = admin.post("/api/joint-campaigns", campaign(UUID.randomUUID(), "A", "t")
                .replace("\"housing\"}", "\"forestry\"}"));
        assertEquals("/members/1/department", pointer(noSuchDepartment));
        var backwards = admin.post("/api/joint-campaigns", campaign(UUID.randomUUID(), "A", "t")
                .replace("\"2026-11-30\"", "\"2026-10-01\""));
        assertEquals("/period_to", pointer(backwards));
        expect(403, chiefA.post("/api/joint-campaigns", campaign(UUID.randomUUID(), "A", "t")));

        JsonNode team = admin.put("/api/joint-campaigns/" + id + "/team", "{\"members\":[{\"person_id\":" + housingId
                + ",\"department\":\"housing\",\"leader\":true}]}").json();
        assertEquals(1, team.get("members").size());
        JsonNode closed = admin.post("/api/joint-campaigns/" + id + "/close", "").json();
        assertEquals("closed", closed.get("state").asText());
        expect(409, admin.put("/api/joint-campaigns/" + id + "/team", "{\"members\":[{\"person_id\":" + ecoId
                + ",\"department\":\"eco\",\"leader\":true}]}"));
        assertEquals(1, admin.get("/api/joint-campaigns?state=closed").json().size());
        assertEquals(0, admin.get("/api/joint-campaigns?state=open").json().size());
        assertEquals(1, admin.get("/api/joint-campaigns?year=2026").json().size());
        assertEquals(0, admin.get("/api/joint-campaigns?year=2025").json().size());
        expect(400, admin.get("/api/joint-campaigns?state=later"));
    }

    @Test
    void administrators_keep_the_departments_and_a_retired_one_joins_no_new_team() {
        expect(201, admin.post("/api/departments", "{\"code\":\"forestry\",\"name\":\"林业\"}"));
        expect(200, admin.post("/api/departments", "{\"code\":\"forestry\",\"name\":\"林业\"}"));
        expect(409, admin.post("/api/departments", "{\"code\":\"forestry\",\"name\":\"园林\"}"));
        expect(409, admin.post("/api/departments", "{\"code\":\"trees\",\"name\":\"林业\"}"));
        assertEquals("/code", pointer(admin.post("/api/departments", "{\"code\":\"森林\",\"name\":\"森林\"}")));
        expect(403, chiefA.post("/api/departments", "{\"code\":\"x1\",\"name\":\"x\"}"));
        assertEquals("林业局", admin.put("/api/departments/forestry", "{\"name\":\"林业局\"}").json().get("name")
                .asText());

        UUID before = setUp("A", "退休前");
        admin.put("/api/joint-campaigns/" + before + "/team", "{\"members\":[{\"person_id\":" + ecoId
                + ",\"department\":\"forestry\",\"leader\":true}]}");
        assertTrue(admin.post("/api/departments/forestry/retire", "").json().get("retired").asBoolean());
        expect(200, admin.post("/api/departments/forestry/retire", ""));
        expect(404, admin.post("/api/departments/nothing/retire", ""));
        var retired = admin.post("/api/joint-campaigns", campaign(UUID.randomUUID(), "A", "t")
                .replace("\"housing\"}", "\"forestry\"}"));
        assertEquals("/members/1/department", pointer(retired));
        assertEquals("林业局", admin.get("/api/joint-campaigns/" + before).json().get("members").get(0)
                .get("department_name").asText(), "old campaigns keep the retired department's name");

        JsonNode list = supervisor.get("/api/departments").json();
        assertEquals(7, list.size(), "every member of staff reads the list, retired ones last");
        assertTrue(list.get(6).get("retired").asBoolean());
        assertEquals(3, sql.count("SELECT count(*) FROM audit_log WHERE entity = 'department'"));
    }

    @Test
    void chiefs_see_the_campaigns_touching_their_grids_and_members_their_own() {
        UUID inA = setUp("A", "A 镇");
        UUID inD = setUp("D", "全区");
        choose(inD, "{\"by\":\"grid\",\"grids\":[\"B\"],\"as\":\"grids\"}");
        assertEquals(2, admin.get("/api/joint-campaigns").json().size());
        assertEquals(2, viewer.get("/api/joint-campaigns").json().size());
        assertEquals(1, chiefA.get("/api/joint-campaigns").json().size());
        assertEquals(inA.toString(), chiefA.get("/api/joint-campaigns").json().get(0).get("id").asText());
        expect(404, chiefA.get("/api/joint-campaigns/" + inD));
        assertEquals(inD.toString(), chiefB.get("/api/joint-campaigns").json().get(0).get("id").asText(),
                "a target in B brings the district's campaign to B's chief");
        expect(404, chiefB.get("/api/joint-campaigns/" + inA));
        assertEquals(2, eco.get("/api/joint-campaigns").json().size(), "a member sees their campaigns");
        admin.put("/api/joint-campaigns/" + inA + "/team", "{\"members\":[{\"person_id\":" + housingId
                + ",\"department\":\"housing\",\"leader\":true}]}");
        assertEquals(1, eco.get("/api/joint-campaigns").json().size());
        expect(404, eco.get("/api/joint-campaigns/" + inA));
        expect(403, eco.post("/api/joint-campaigns/" + inD + "/close", ""));
        expect(403, chiefB.post("/api/joint-campaigns/" + inD + "/targets", "{\"by\":\"grid\",\"grids\":[\"B\"]}"));
    }

    @Test
    void targets_are_chosen_by_grid_by_the_draws_filter_or_by_a_draw_each_with_its_grid() {
        UUID id = setUp("A", "A 镇");
        JsonNode byGrid = choose(id, "{\"by\":\"grid\",\"grids\":[\"A1\"]}");
        assertEquals(new TreeSet<>(List.of(A1_A, A1_D)), targets(byGrid, "grid"), "the sources of A1");
        byGrid.get("targets").forEach(t -> assertEquals("A1", t.get("grid").asText()));
        JsonNode patrols = choose(id, "{\"by\":\"grid\",\"grids\":[\"A1\",\"A2\"],\"as\":\"grids\"}");
        assertEquals(4, patrols.get("targets").size());
        assertEquals("/grids/0", pointer(admin.post("/api/joint-campaigns/" + id + "/targets",
                "{\"by\":\"grid\",\"grids\":[\"B\"]}")), "B lies outside the campaign's town");

        UUID filtered = setUp("A", "按条件");
        JsonNode byFilter = choose(filtered, "{\"by\":\"filter\",\"filter\":{\"ratings\":[\"A\",\"B\",\"C\"]}}");
        assertEquals(new TreeSet<>(List.of(A1_A, A2_B)), targets(byFilter, null),
                "rated A to C inside A: not the C-rated source of B");
        assertEquals("/filter/grid", pointer(admin.post("/api/joint-campaigns/" + filtered + "/targets",
                "{\"by\":\"filter\",\"filter\":{\"grid\":\"B\"}}")));
        assertEquals("/filter/kind", pointer(admin.post("/api/joint-campaigns/" + filtered + "/targets",
                "{\"by\":\"filter\",\"filter\":{\"kind\":\"factory\"}}")), "a kind no source has chooses nothing");
        assertEquals(Set.of(), targets(choose(filtered, "{\"by\":\"filter\",\"filter\":{\"kind\":\"工地\"}}"),
                null).stream().filter(c -> !Set.of(A1_A, A2_B).contains(c)).collect(java.util.stream.Collectors.toSet()),
                "the sources are enterprises: no construction site is added");

        UUID drawn = setUp("A", "双随机");
        JsonNode byDraw = choose(drawn, "{\"by\":\"draw\",\"draw\":{\"period\":\"2026-Q4\",\"count\":2,"
                + "\"seed\":\"s1\"}}");
        assertEquals(2, byDraw.get("targets").size());
        long drawId = byDraw.get("targets").get(0).get("draw_id").asLong();
        JsonNode draw = admin.get("/api/draws/" + drawId).json();
        assertEquals("双随机", draw.get("title").asText(), "the draw is sealed under the campaign's title");
        Set<String> drawnCodes = new TreeSet<>();
        draw.get("items").forEach(i -> drawnCodes.add(i.get("object_code").asText()));
        assertEquals(drawnCodes, targets(byDraw, "draw"));
        assertFalse(drawnCodes.contains(B_C));

        var sealed = admin.post("/api/draws", "{\"title\":\"t\",\"period\":\"2026-Q4\",\"count\":1,"
                + "\"filter\":{\"grid\":\"A\"}}").json();
        UUID fromRun = setUp("A", "已有抽查");
        assertEquals("/draw_id", pointer(admin.post("/api/joint-campaigns/" + fromRun + "/targets",
                "{\"by\":\"draw\",\"draw_id\":" + sealed.get("id").asLong() + "}")), "a draw runs before it chooses");
        var run = admin.post("/api/draws/" + sealed.get("id").asLong() + "/run", "").json();
        JsonNode fromDraw = choose(fromRun, "{\"by\":\"draw\",\"draw_id\":" + sealed.get("id").asLong() + "}");
        assertEquals(Set.of(run.get("items").get(0).get("object_code").asText()), targets(fromDraw, "draw"));
        var wide = admin.post("/api/draws", "{\"title\":\"t\",\"period\":\"2026-Q4\",\"count\":4}").json();
        admin.post("/api/draws/" + wide.get("id").asLong() + "/run", "");
        assertEquals("/draw_id", pointer(admin.post("/api/joint-campaigns/" + fromRun + "/targets",
                "{\"by\":\"draw\",\"draw_id\":" + wide.get("id").asLong() + "}")), "B's source is outside A");
        assertEquals("/draw/period", pointer(admin.post("/api/joint-campaigns/" + fromRun + "/targets",
                "{\"by\":\"draw\",\"draw\":{\"period\":\"later\",\"count\":1}}")));
    }

    @Test
    void members_record_findings_under_their_department_and_others_are_refused() throws Exception {
        UUID id = setUp("A", "A 镇扬尘");
        choose(id, "{\"by\":\"grid\",\"grids\":[\"A1\"]}");
        choose(id, "{\"by\":\"grid\",\"grids\":[\"A2\"],\"as\":\"grids\"}");
        String path = "/api/joint-campaigns/" + id + "/findings";

        byte[] jpeg = TestPhotos.image("jpg", 8, 77);
        String photo = TestPhotos.sha256(jpeg);
        expect(201, housing.exchange(HttpRequest.PUT("/api/photos/" + photo, jpeg).contentType("image/jpeg")));
        UUID first = UUID.randomUUID();
        String body = finding(first, "source", A1_D, ",\"photos\":[\"" + photo + "\"]");
        var recorded = housing.post(path, body);
        expect(201, recorded);
        assertEquals("housing", recorded.json().get("department").asText(), "under the member's department");
        assertEquals("A1", recorded.json().get("grid").asText());
        expect(200, housing.post(path, body));
        expect(409, housing.post(path, body.replace("工地未覆盖", "另一件事")));
        expect(201, eco.post(path, finding(UUID.randomUUID(), "grid", "A2", ",\"severity\":\"严重\"")
                .replace("\"severity\":\"general\",", "")));
        var otherDepartment = eco.post(path, finding(UUID.randomUUID(), "source", A1_A, ",\"department\":\"urban\""));
        assertEquals("/department", pointer(otherDepartment), "a member records under their own department only");

        expect(403, supervisor.post(path, finding(UUID.randomUUID(), "source", A1_A, "")),
                "the supervisor of A1 sees the campaign but is not on the team");
        expect(403, chiefA.post(path, finding(UUID.randomUUID(), "source", A1_A, "")));
        expect(404, chiefB.post(path, finding(UUID.randomUUID(), "source", A1_A, "")));
        assertEquals("/department", pointer(admin.post(path, finding(UUID.randomUUID(), "source", A1_A, ""))),
                "an administrator off the team names the department");
        var byAdmin = admin.post(path, finding(UUID.randomUUID(), "source", A1_A, ",\"department\":\"water\""));
        expect(201, byAdmin);
        assertEquals("water", byAdmin.json().get("department").asText());

        assertEquals("/target_code", pointer(eco.post(path, finding(UUID.randomUUID(), "source", B_C, ""))));
        assertEquals("/category", pointer(eco.post(path, finding(UUID.randomUUID(), "source", A1_A, "")
                .replace("\"dust\"", "\"smell\""))));
        assertEquals("/found_on", pointer(eco.post(path, finding(UUID.randomUUID(), "source", A1_A, "")
                .replace("2026-11-20", "2026-11-26"))));
        assertEquals("/photos/0", pointer(eco.post(path, finding(UUID.randomUUID(), "source", A1_A,
                ",\"photos\":[\"" + photo + "\"]"))), "a photo the recorder did not upload");

        JsonNode view = eco.get("/api/joint-campaigns/" + id).json();
        assertEquals(3, view.get("findings").size());
        List<String> departments = new ArrayList<>();
        view.get("by_department").forEach(d -> departments.add(d.get("department").asText() + "="
                + d.get("findings").asInt()));
        assertEquals(List.of("eco=1", "housing=1", "water=1"), departments);
        assertTrue(view.get("may_record").asBoolean());
        assertFalse(view.get("may_manage").asBoolean());
        assertEquals("eco", view.get("own_department").asText());
        assertEquals(3, sql.count("SELECT count(*) FROM audit_log WHERE action = 'record_finding'"));

        byte[] file = http.toBlocking().retrieve(HttpRequest.GET("/api/joint-campaigns/" + id + "/findings.xlsx")
                .bearerAuth(chiefA.token()), byte[].class);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = book.getSheet("督查发现");
            var last = sheet.getRow(sheet.getLastRowNum());
            assertEquals("水利", last.getCell(0).getStringCellValue(), "by department: 生态环境, 住建, 水利");
            assertEquals("电镀厂", last.getCell(1).getStringCellValue());
        }
        expect(404, chiefB.get("/api/joint-campaigns/" + id + "/findings.xlsx"));

        admin.post("/api/joint-campaigns/" + id + "/close", "");
        expect(409, eco.post(path, finding(UUID.randomUUID(), "source", A1_A, "")));
        expect(200, housing.post(path, body), "a retry after closing still answers with what is stored");
    }
}
