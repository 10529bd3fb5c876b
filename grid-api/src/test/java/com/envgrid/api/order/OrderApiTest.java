package com.envgrid.api.order;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Supervision orders in the small district D (town A with communities A1 and A2, street B; the chief of A, the chief
 * of B, the supervisor of A1), from a campaign whose findings are written straight into the joint inspection
 * tables. The district's day is 2026-11-25.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
class OrderApiTest extends ApiTestBase {
    private static final String ORDERS = "/api/supervision-orders";

    @Inject
    MutableClock clock;

    StaffFixture staff;
    JointFixture joint;
    ApiClient admin;
    ApiClient chiefA;
    ApiClient chiefB;
    ApiClient supervisor;
    UUID campaign;

    @BeforeEach
    void district() throws Exception {
        clock.set(Instant.parse("2026-11-25T02:00:00Z"));
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        staff = new StaffFixture(http);
        joint = new JointFixture(sql);
        chiefA = staff.as("chief");
        supervisor = staff.as("supervisor");
        chiefB = ApiClient.signedIn(http, "chief-b", StaffFixture.PASSWORD);
        campaign = joint.campaign("春季扬尘联合督查");
    }

    static String order(UUID id, UUID campaign, String dueBy, String more, UUID... findings) {
        return "{\"id\":\"" + id + "\",\"campaign_id\":\"" + campaign + "\",\"finding_ids\":["
                + Stream.of(findings).map(f -> "\"" + f + "\"").collect(Collectors.joining(",")) + "],"
                + "\"requirement\":\"覆盖裸土，设置围挡\",\"due_by\":\"" + dueBy + "\"" + more + "}";
    }

    private static ApiClient.Answer expect(int status, ApiClient.Answer answer) {
        assertEquals(status, answer.status(), String.valueOf(answer.json()));
        return answer;
    }

    private static JsonNode act(ApiClient who, int status, JsonNode order, String action, String reason) {
        return expect(status, who.post(ORDERS + "/" + order.get("id").asText() + "/actions", "{\"action\":\""
                + action + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}")).json();
    }

    @Test
    void an_order_takes_the_next_number_of_the_year_once_however_often_it_is_sent() throws Exception {
        UUID first = joint.finding(campaign, "A1", "urban", "工地裸土未覆盖");
        UUID second = joint.finding(campaign, "A1", "housing", "围挡破损");
        UUID id = UUID.randomUUID();
        String body = order(id, campaign, "2026-12-10", "", first, second);

        JsonNode issued = expect(201, admin.post(ORDERS, body)).json();
        assertEquals("督办〔2026〕第 0001 号", issued.get("number").asText());
        assertEquals("A1", issued.get("grid_code").asText(), "the grid the findings share");
        assertEquals("issued", issued.get("state").asText());
        assertEquals("已下达", issued.get("state_name").asText());
        assertEquals(2, issued.get("findings").size());
        assertEquals("春季扬尘联合督查", issued.get("campaign_title").asText());
        assertEquals("issue", issued.get("events").get(0).get("action").asText());

        JsonNode again = expect(200, admin.post(ORDERS, body)).json();
        assertEquals(issued.get("number"), again.get("number"));
        expect(409, admin.post(ORDERS, order(id, campaign, "2026-12-31", "", first, second)));
        assertEquals(1, sql.count("SELECT count(*) FROM supervision_order"), "a retried POST issues one order");
        assertEquals(1, sql.count("SELECT count(*) FROM audit_log WHERE entity = 'supervision_order'"
                + " AND entity_id = '" + id + "' AND action = 'issue'"));

        UUID third = joint.finding(campaign, "B", "eco", "道路扬尘");
        JsonNode next = expect(201, admin.post(ORDERS, order(UUID.randomUUID(), campaign, "2026-12-10", "",
                third))).json();
        assertEquals("督办〔2026〕第 0002 号", next.get("number").asText());
    }

    @Test
    void a_finding_goes_into_one_order_and_bad_bodies_are_refused_naming_what_is_wrong() throws Exception {
        UUID dust = joint.finding(campaign, "A1", "urban", "工地裸土未覆盖");
        UUID wall = joint.finding(campaign, "A1", "housing", "围挡破损");
        UUID road = joint.finding(campaign, "B", "eco", "道路扬尘");
        UUID elsewhere = joint.finding(joint.campaign("河道督查"), "A1", "water", "排口");
        assertEquals(3, expect(200, admin.get(ORDERS + "/candidates?campaign=" + campaign)).json().size());
        expect(201, admin.post(ORDERS, order(UUID.randomUUID(), campaign, "2026-12-10", "", dust)));

        var twice = expect(409, admin.post(ORDERS, order(UUID.randomUUID(), campaign, "2026-12-10", "", wall,
                dust)));
        assertTrue(twice.json().get("detail").asText().contains(dust.toString()), twice.json().toString());
        assertTrue(twice.json().get("detail").asText().contains("督办〔2026〕第 0001 号"), twice.json().toString());
        JsonNode candidates = expect(200, admin.get(ORDERS + "/candidates?campaign=" + campaign)).json();
        assertEquals(List.of(wall.toString(), road.toString()),
                List.of(candidates.get(0).get("id").asText(), candidates.get(1).get("id").asText()));

        assertPointer("/finding_ids/0", admin.post(ORDERS, order(UUID.randomUUID(), campaign, "2026-12-10", "",
                elsewhere)));
        assertPointer("/grid_code", admin.post(ORDERS, order(UUID.randomUUID(), campaign, "2026-12-10", "", wall,
                road)));
        assertPointer("/grid_code", admin.post(ORDERS, order(UUID.randomUUID(), campaign, "2026-12-10",
                ",\"grid_code\":\"B\"", wall)));
        assertPointer("/due_by", admin.post(ORDERS, order(UUID.randomUUID(), campaign, "2026-11-24", "", wall)));
        assertPointer("/due_by", admin.post(ORDERS, order(UUID.randomUUID(), campaign, "明天", "", wall)));
        assertPointer("/finding_ids", admin.post(ORDERS, order(UUID.randomUUID(), campaign, "2026-12-10", "")));
        assertPointer("/department_code", admin.post(ORDERS, order(UUID.randomUUID(), campaign, "2026-12-10",
                ",\"department_code\":\"police\"", wall)));
        assertPointer("/campaign_id", admin.post(ORDERS, order(UUID.randomUUID(), UUID.randomUUID(), "2026-12-10",
                "", wall)));
        assertEquals(1, sql.count("SELECT count(*) FROM supervision_order"), "nothing half written");

        // findings in two grids go to the town above both when it is named, or to a department
        JsonNode town = expect(201, admin.post(ORDERS, order(UUID.randomUUID(), campaign, "2026-12-10",
                ",\"department_code\":\"housing\"", wall, road))).json();
        assertEquals("D", town.get("grid_code").asText(), "a department's order over several grids: the district");
        assertEquals("住建", town.get("department_name").asText());
        assertEquals(0, expect(200, admin.get(ORDERS + "/candidates?campaign=" + campaign)).json().size());
    }

    private static void assertPointer(String pointer, ApiClient.Answer answer) {
        assertEquals(400, answer.status(), String.valueOf(answer.json()));
        assertEquals("application/problem+json", answer.contentType());
        assertTrue(answer.json().toString().contains(pointer), pointer + " in " + answer.json());
    }

    @Test
    void the_grid_rectifies_an_administrator_verifies_and_whoever_reported_it_may_not() throws Exception {
        UUID finding = joint.finding(campaign, "A1", "urban", "工地裸土未覆盖");
        JsonNode o = expect(201, admin.post(ORDERS, order(UUID.randomUUID(), campaign, "2026-12-10", "", finding)))
                .json();
        String path = ORDERS + "/" + o.get("id").asText();
        assertEquals("[\"accept\"]", chiefA.get(path).json().get("actions").toString());

        act(supervisor, 409, o, "start_rectification", null);
        assertEquals("accepted", act(chiefA, 200, o, "accept", null).get("state").asText());
        act(supervisor, 200, o, "start_rectification", null);
        JsonNode reported = act(supervisor, 200, o, "report_done", "已覆盖防尘网");
        assertEquals("reported", reported.get("state").asText());
        assertEquals("[]", reported.get("actions").toString(), "the grid does not verify its own work");
        act(chiefA, 403, o, "verify", null);
        act(admin, 400, o, "send_back", " ");
        act(admin, 200, o, "send_back", "东侧仍有裸土");
        act(supervisor, 200, o, "report_done", null);

        // an administrator who reports it done may not verify it as well; another administrator does
        act(admin, 200, o, "send_back", "照片不清");
        act(admin, 200, o, "report_done", null);
        assertEquals("[\"send_back\"]", admin.get(path).json().get("actions").toString());
        var refused = expect(403, admin.post(path + "/actions", "{\"action\":\"verify\"}"));
        assertTrue(refused.json().get("detail").asText().contains("reported"), refused.json().toString());
        JsonNode closed = act(staff.as("district-admin"), 200, o, "verify", null);
        assertEquals("closed", closed.get("state").asText());
        assertFalse(closed.get("closed_at").isNull());

        List<String> steps = new ArrayList<>();
        closed.get("events").forEach(e -> steps.add(e.get("action").asText() + "→" + e.get("to_state").asText()));
        assertEquals(List.of("issue→issued", "accept→accepted", "start_rectification→rectifying",
                "report_done→reported", "send_back→rectifying", "report_done→reported", "send_back→rectifying",
                "report_done→reported", "verify→closed"), steps);
        assertEquals("东侧仍有裸土", closed.get("events").get(4).get("reason").asText());
        assertEquals(8, sql.count("SELECT count(*) FROM audit_log WHERE entity = 'supervision_order'"
                + " AND entity_id = '" + o.get("id").asText() + "' AND action <> 'issue'"));
        assertPointer("/action", admin.post(path + "/actions", "{\"action\":\"close\"}"));
    }

    @Test
    void another_grid_sees_nothing_of_an_order_and_a_department_order_is_the_department_members_to_act_on()
            throws Exception {
        UUID inA1 = joint.finding(campaign, "A1", "urban", "工地裸土未覆盖");
        UUID housing = joint.finding(campaign, "A2", "housing", "围挡破损");
        JsonNode gridOrder = expect(201, admin.post(ORDERS, order(UUID.randomUUID(), campaign, "2026-12-10", "",
                inA1))).json();
        String path = ORDERS + "/" + gridOrder.get("id").asText();

        expect(404, chiefB.get(path));
        expect(404, chiefB.post(path + "/actions", "{\"action\":\"accept\"}"));
        assertEquals(0, expect(200, chiefB.get(ORDERS)).json().size());
        assertEquals(1, expect(200, supervisor.get(ORDERS)).json().size());
        assertEquals(1, expect(200, staff.as("viewer").get(ORDERS)).json().size());
        expect(403, staff.as("viewer").post(path + "/actions", "{\"action\":\"accept\"}"));
        expect(403, chiefB.post(ORDERS, order(UUID.randomUUID(), campaign, "2026-12-10", "", housing)));
        expect(403, chiefB.get(ORDERS + "/candidates?campaign=" + campaign));

        // a team member of the housing department, who supervises no grid; chief B leads the campaign
        long member = staff.freshPerson("supervisor");
        String username = sql.text("SELECT username FROM person WHERE id = " + member);
        ApiClient housingMember = ApiClient.signedIn(http, username, StaffFixture.PASSWORD);
        joint.member(campaign, member, "housing", false);
        joint.member(campaign, staff.chiefBId, "eco", true);
        assertEquals(1, expect(200, chiefB.get(ORDERS + "/campaigns")).json().size());
        JsonNode deptOrder = expect(201, chiefB.post(ORDERS, order(UUID.randomUUID(), campaign, "2026-12-10",
                ",\"department_code\":\"housing\"", housing))).json();
        assertEquals("A2", deptOrder.get("grid_code").asText());
        assertEquals(2, expect(200, chiefB.get(ORDERS)).json().size(), "the team reads the campaign's orders");

        act(chiefA, 403, deptOrder, "accept", null);
        act(housingMember, 200, deptOrder, "accept", null);
        act(housingMember, 403, gridOrder, "accept", null);
        assertEquals("[\"start_rectification\"]", housingMember.get(ORDERS + "/" + deptOrder.get("id").asText())
                .json().get("actions").toString());
    }

    @Test
    void concurrent_issues_number_the_year_without_a_gap() throws Exception {
        int n = 8;
        List<UUID> findings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            findings.add(joint.finding(campaign, i % 2 == 0 ? "A1" : "B", "eco", "问题" + i));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            var issues = IntStream.range(0, n).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                // the same finding twice as well: exactly one of each pair wins it
                return admin.post(ORDERS, order(UUID.randomUUID(), campaign, "2026-12-10", "", findings.get(i)))
                        .status() + admin.post(ORDERS, order(UUID.randomUUID(), campaign, "2026-12-10", "",
                        findings.get((i + 1) % n))).status();
            }, pool)).toList();
            start.countDown();
            issues.forEach(CompletableFuture::join);
        } finally {
            pool.shutdown();
        }
        var numbers = new TreeSet<String>();
        expect(200, admin.get(ORDERS)).json().forEach(o -> numbers.add(o.get("number").asText()));
        assertEquals(IntStream.rangeClosed(1, n).mapToObj(i -> String.format("督办〔2026〕第 %04d 号", i))
                .collect(Collectors.toCollection(TreeSet::new)), numbers);
        assertEquals(n, sql.count("SELECT count(*) FROM supervision_order_finding"));
    }

    @Test
    void the_list_filters_by_state_overdue_campaign_and_year_and_downloads_as_a_sheet() throws Exception {
        UUID river = joint.campaign("河道督查");
        JsonNode due = expect(201, admin.post(ORDERS, order(UUID.randomUUID(), campaign, "2026-11-30", "",
                joint.finding(campaign, "A1", "urban", "工地裸土未覆盖")))).json();
        expect(201, admin.post(ORDERS, order(UUID.randomUUID(), river, "2027-01-31", "",
                joint.finding(river, "B", "water", "排口"))));
        act(chiefA, 200, due, "accept", null);

        assertEquals(1, admin.get(ORDERS + "?state=accepted").json().size());
        assertEquals(1, admin.get(ORDERS + "?campaign=" + river).json().size());
        assertEquals(2, admin.get(ORDERS + "?year=2026").json().size());
        assertEquals(0, admin.get(ORDERS + "?year=2027").json().size());
        assertEquals(0, admin.get(ORDERS + "?overdue=true").json().size());
        assertEquals(1, admin.get(ORDERS + "?grid=A").json().size());
        assertPointer("state", admin.get(ORDERS + "?state=open"));
        assertPointer("overdue", admin.get(ORDERS + "?overdue=yes"));
        assertPointer("grid", admin.get(ORDERS + "?grid=Z9"));
        expect(400, admin.get(ORDERS + "?campaign=not-a-uuid"));
        expect(400, admin.get(ORDERS + "/candidates"));
        expect(404, admin.get(ORDERS + "/candidates?campaign=" + UUID.randomUUID()));

        clock.advance(Duration.ofDays(6)); // 2026-12-01: a day past 11-30, up to the chief (0 days by default)
        JsonNode overdue = expect(200, admin.get(ORDERS + "?overdue=true")).json();
        assertEquals(1, overdue.size());
        assertTrue(overdue.get(0).get("overdue").asBoolean());
        assertEquals("chief", overdue.get(0).get("escalated_to").asText());

        byte[] file = http.toBlocking().retrieve(HttpRequest.GET(ORDERS + ".xlsx?overdue=true")
                .bearerAuth(admin.token()), byte[].class);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = book.getSheet("督办单");
            var last = sheet.getRow(sheet.getLastRowNum());
            assertEquals("督办〔2026〕第 0001 号", last.getCell(0).getStringCellValue());
            assertEquals("已签收", last.getCell(8).getStringCellValue());
            assertEquals("网格长", last.getCell(10).getStringCellValue());
        }
    }
}
