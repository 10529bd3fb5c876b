package com.envgrid.api.plan;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.core.problem.Escalation;
import com.envgrid.core.source.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 一厂一策 end to end: an administrator makes a plan of measures for an enterprise in A1, each measure gets a duty of
 * its own, an inspection on that duty verifies it, an overdue one escalates, the coverage map counts the measures per
 * grid — and who may do what, bad input, retries.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
class PlanApiTest extends ApiTestBase {
    private static final String WORKS = CreditCode.withCheckCharacter("91320214MA1F00001");
    private static final String DYEWORKS = CreditCode.withCheckCharacter("91320214MA1F00002");
    /** Monday 1 June 2026, 10:00 in the district. */
    private static final Instant MONDAY = Instant.parse("2026-06-01T02:00:00Z");

    @Inject
    MutableClock clock;
    @Inject
    Plans plans;

    ApiClient admin;
    StaffFixture staff;

    @BeforeEach
    void aWorksInA1AndADyeworksInB() {
        clock.set(MONDAY);
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        assertEquals(201, admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n"
                + WORKS + ",化工厂,120.002,30.002,D\n" + DYEWORKS + ",印染厂,120.015,30.003,C\n")
                .getBytes(StandardCharsets.UTF_8)).contentType("text/csv")).status());
        staff = new StaffFixture(http);
    }

    private static String measure(String action, String deadline) {
        return "{\"action\":\"" + action + "\",\"deadline\":\"" + deadline + "\",\"responsible_name\":\"王厂长\","
                + "\"responsible_phone\":\"0510-12345678\"}";
    }

    private static String plan(String title, String... measures) {
        return "{\"title\":\"" + title + "\",\"period\":\"2026\",\"measures\":[" + String.join(",", measures) + "]}";
    }

    private ApiClient.Answer create(ApiClient who, String code, String body) {
        return who.post("/api/enterprises/" + code + "/plans", body);
    }

    private JsonNode planOf(ApiClient who, String code) {
        var answer = who.get("/api/enterprises/" + code + "/plans");
        assertEquals(200, answer.status(), String.valueOf(answer.json()));
        return answer.json().get(0);
    }

    private ApiClient.Answer act(ApiClient who, JsonNode plan, int measure, String body) {
        return who.post("/api/enterprises/" + plan.get("source_code").asText() + "/plans/" + plan.get("id").asLong()
                + "/measures/" + plan.get("measures").get(measure).get("id").asLong() + "/actions", body);
    }

    /** An inspection of the works at its place, an hour ago, on the duty given (null: ad hoc); its id. */
    private String inspect(Long dutyId, String findings, String checklist) {
        String id = UUID.randomUUID().toString();
        String at = OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofHours(1)), ZoneOffset.ofHours(8)).toString();
        String what = dutyId == null ? "\"target\":{\"kind\":\"source\",\"code\":\"" + WORKS + "\"}"
                : "\"duty_id\":" + dutyId;
        var recorded = staff.as("supervisor").exchange(HttpRequest.PUT("/api/inspections/" + id, "{" + what
                + ",\"inspected_at\":\"" + at + "\",\"fix\":{\"lon\":120.002,\"lat\":30.002,\"accuracy_m\":10},"
                + "\"checklist\":" + checklist + ",\"findings\":" + findings + "}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(201, recorded.status(), String.valueOf(recorded.json()));
        return id;
    }

    private Map<String, JsonNode> coverageRows(String level) {
        Map<String, JsonNode> rows = new HashMap<>();
        admin.get("/api/coverage/rows?period=2026-06&level=" + level).json().forEach(r -> rows.put(r.get("code").asText(), r));
        return rows;
    }

    @Test
    void a_plan_of_measures_shows_its_progress_and_each_measure_gets_a_duty_of_its_own() {
        var created = create(admin, WORKS, plan("VOCs 治理", measure("安装VOCs在线监测", "2026-06-30"),
                measure("更换活性炭吸附装置", "2026-07-31")));
        assertEquals(201, created.status(), String.valueOf(created.json()));

        var plan = planOf(staff.as("chief"), WORKS);
        assertEquals("VOCs 治理", plan.get("title").asText());
        assertEquals(2, plan.get("progress").get("measures").asInt());
        assertEquals(0, plan.get("progress").get("verified").asInt());
        var first = plan.get("measures").get(0);
        assertEquals("安装VOCs在线监测", first.get("action").asText());
        assertEquals("王厂长", first.get("responsible_name").asText());
        assertEquals("planned", first.get("state").asText());
        assertFalse(first.get("overdue").asBoolean());
        long firstDuty = first.get("duty_id").asLong();
        long secondDuty = plan.get("measures").get(1).get("duty_id").asLong();
        assertNotEquals(firstDuty, secondDuty, "one enterprise, one day: a duty each");
        assertEquals("measure", sql.text("SELECT purpose FROM duty WHERE id = " + firstDuty));
        assertEquals("2026-06-01 2026-06-30 A1 " + staff.supervisorA1Id, sql.text("SELECT due_from || ' ' || due_by"
                + " || ' ' || grid_code || ' ' || supervisor_id FROM duty WHERE id = " + firstDuty),
                "from the day it was saved to its deadline, for the grid's supervisor");
        assertEquals(1, sql.count("SELECT count(*) FROM audit_log WHERE entity = 'remediation_plan'"));
        assertEquals(2, sql.count("SELECT count(*) FROM audit_log WHERE entity = 'plan_measure'"));
    }

    @Test
    void an_inspection_on_the_measures_duty_that_finds_nothing_verifies_it_and_the_coverage_map_counts_it() {
        create(admin, WORKS, plan("废水整改", measure("封堵雨水管暗接口", "2026-06-20")));
        create(admin, DYEWORKS, plan("废水整改", measure("建设初期雨水收集池", "2026-06-25")));
        long duty = planOf(admin, WORKS).get("measures").get(0).get("duty_id").asLong();

        inspect(duty, "[{\"category\":\"wastewater\",\"severity\":\"general\",\"description\":\"暗管仍在\"}]", "{}");
        inspect(duty, "[]", "{\"no_bypass\":false}");
        assertEquals("planned", planOf(admin, WORKS).get("measures").get(0).get("state").asText(),
                "a finding, or an item answered no, verifies nothing");
        String passing = inspect(duty, "[]", "{\"no_bypass\":true}");

        var plan = planOf(admin, WORKS);
        var verified = plan.get("measures").get(0);
        assertEquals("verified", verified.get("state").asText());
        assertEquals(passing, verified.get("verified_by").asText());
        assertEquals(1, plan.get("progress").get("verified").asInt());
        assertEquals(1.0, plan.get("progress").get("share").asDouble());
        assertTrue(verified.get("actions").isEmpty(), "a verified measure takes no further step");

        // the map: A1 and A have the works' measure verified, B the dyeworks' not; the district is their sum
        var second = coverageRows("second");
        assertEquals(1, second.get("A1").get("measures_due").asInt());
        assertEquals(1.0, second.get("A1").get("plan_progress").asDouble());
        var first = coverageRows("first");
        assertEquals(1, first.get("A").get("measures_verified").asInt());
        assertEquals(0.0, first.get("B").get("plan_progress").asDouble());
        var district = coverageRows("district").get("D");
        assertEquals(2, district.get("measures_due").asInt(), "each measure once, in its enterprise's grid");
        assertEquals(1, district.get("measures_verified").asInt());
        assertEquals(0.5, district.get("plan_progress").asDouble());
    }

    @Test
    void the_chief_verifies_a_measure_by_naming_a_passing_inspection_of_the_enterprise() {
        create(admin, WORKS, plan("扬尘整改", measure("料场全封闭", "2026-06-30")));
        var plan = planOf(admin, WORKS);
        var chief = staff.as("chief");
        assertEquals(200, act(chief, plan, 0, "{\"action\":\"report\"}").status());
        assertEquals("reported", planOf(chief, WORKS).get("measures").get(0).get("state").asText());

        String adHoc = inspect(null, "[]", "{}");
        var verified = act(chief, plan, 0, "{\"action\":\"verify\",\"inspection_id\":\"" + adHoc + "\"}");
        assertEquals(200, verified.status(), String.valueOf(verified.json()));
        assertEquals(adHoc, verified.json().get("measures").get(0).get("verified_by").asText());
        assertEquals(409, act(chief, plan, 0, "{\"action\":\"report\"}").status(), "verified is final");
    }

    @Test
    void an_overdue_measure_escalates_like_a_case_on_a_pinned_date() {
        create(admin, WORKS, plan("噪声整改", measure("加装隔声罩", "2026-06-10")));
        assertTrue(plans.escalatedOn(LocalDate.of(2026, 6, 10)).isEmpty(), "due today is not overdue");

        clock.set(Instant.parse("2026-06-11T02:00:00Z")); // the day after the deadline: the chief
        var measure = planOf(admin, WORKS).get("measures").get(0);
        assertTrue(measure.get("overdue").asBoolean());
        assertEquals("chief", measure.get("escalation").asText());
        assertEquals(1, planOf(admin, WORKS).get("progress").get("overdue").asInt());
        assertEquals(1, admin.get("/api/plans?overdue=true").json().size());

        clock.set(Instant.parse("2026-06-15T02:00:00Z")); // overdue by more than three days: the district
        assertEquals("district", planOf(admin, WORKS).get("measures").get(0).get("escalation").asText());
        var escalated = plans.escalatedOn(LocalDate.of(2026, 6, 15));
        assertEquals(1, escalated.size());
        assertEquals(Escalation.Level.DISTRICT, escalated.get(0).level());
        assertEquals("A1", escalated.get(0).gridCode());
        assertTrue(escalated.get(0).summary().contains("加装隔声罩"), escalated.get(0).summary());
    }

    @Test
    void administrators_make_plans_the_chief_reports_and_others_are_refused_by_grid_and_role() {
        assertEquals(403, create(staff.as("chief"), WORKS, plan("废气", measure("a", "2026-06-30"))).status());
        assertEquals(403, create(staff.as("viewer"), WORKS, plan("废气", measure("a", "2026-06-30"))).status());
        assertEquals(201, create(admin, WORKS, plan("废气", measure("a", "2026-06-30"))).status());
        var plan = planOf(admin, WORKS);
        var chiefB = ApiClient.signedIn(http, "chief-b", StaffFixture.PASSWORD);

        assertEquals(403, chiefB.get("/api/enterprises/" + WORKS + "/plans").status(), "another town's enterprise");
        assertEquals(403, act(chiefB, plan, 0, "{\"action\":\"report\"}").status());
        assertEquals(403, act(staff.as("supervisor"), plan, 0, "{\"action\":\"report\"}").status(),
                "a supervisor verifies by inspecting, not by a click");
        assertEquals(403, act(staff.as("chief"), plan, 0, "{\"action\":\"cancel\",\"reason\":\"x\"}").status());
        assertEquals(0, chiefB.get("/api/plans").json().size(), "the list is scoped too");
        assertEquals(1, staff.as("viewer").get("/api/plans").json().size());

        assertEquals(400, act(admin, plan, 0, "{\"action\":\"cancel\"}").status(), "cancelling needs a reason");
        var cancelled = act(admin, plan, 0, "{\"action\":\"cancel\",\"reason\":\"企业已停产\"}");
        assertEquals(200, cancelled.status(), String.valueOf(cancelled.json()));
        assertEquals(0, sql.count("SELECT count(*) FROM duty WHERE purpose = 'measure'"), "its duty is taken back");
        assertEquals(0, cancelled.json().get("progress").get("measures").asInt());
    }

    @Test
    void bad_input_is_a_400_naming_the_field_and_stores_nothing() {
        var noTitle = create(admin, WORKS, "{\"period\":\"2026\",\"measures\":[]}");
        assertEquals(400, noTitle.status());
        assertEquals("/title", noTitle.json().get("errors").get(0).get("pointer").asText());
        var badPeriod = create(admin, WORKS, "{\"title\":\"t\",\"period\":\"明年\",\"measures\":[]}");
        assertEquals("/period", badPeriod.json().get("errors").get(0).get("pointer").asText());
        var past = create(admin, WORKS, plan("t", measure("a", "2026-05-31")));
        assertEquals(400, past.status());
        assertEquals("/measures/0/deadline", past.json().get("errors").get(0).get("pointer").asText());
        var phone = create(admin, WORKS, plan("t", measure("a", "2026-06-30").replace("0510-12345678", "无")));
        assertEquals("/measures/0/responsible_phone", phone.json().get("errors").get(0).get("pointer").asText());
        assertEquals(0, sql.count("SELECT count(*) FROM remediation_plan"), "nothing of a refused plan is kept");

        create(admin, WORKS, plan("t", measure("a", "2026-06-30")));
        var plan = planOf(admin, WORKS);
        var unknown = act(admin, plan, 0, "{\"action\":\"finish\"}");
        assertEquals(400, unknown.status());
        assertEquals("/action", unknown.json().get("errors").get(0).get("pointer").asText());
        var elsewhere = act(admin, plan, 0, "{\"action\":\"verify\",\"inspection_id\":\"" + UUID.randomUUID() + "\"}");
        assertEquals(400, elsewhere.status());
        assertEquals("/inspection_id", elsewhere.json().get("errors").get(0).get("pointer").asText());
        assertEquals(400, admin.get("/api/plans?period=2026%E5%B9%B4").status());
        assertEquals(404, admin.post("/api/enterprises/" + DYEWORKS + "/plans/" + plan.get("id").asLong() + "/measures",
                measure("b", "2026-06-30")).status(), "the plan is another enterprise's");
    }

    @Test
    void a_retried_request_adds_nothing() {
        String body = plan("VOCs 治理", measure("安装VOCs在线监测", "2026-06-30"), measure("更换活性炭", "2026-07-31"));
        var first = create(admin, WORKS, body);
        var again = create(admin, WORKS, body);
        assertEquals(201, first.status());
        assertEquals(200, again.status(), "the plan the first request made");
        assertEquals(first.json().get("id").asLong(), again.json().get("id").asLong());
        String add = "/api/enterprises/" + WORKS + "/plans/" + first.json().get("id").asLong() + "/measures";
        assertEquals(200, admin.post(add, measure("设置废气排放口标识", "2026-08-31")).status());
        assertEquals(200, admin.post(add, measure("设置废气排放口标识", "2026-08-31")).status());

        assertEquals(1, sql.count("SELECT count(*) FROM remediation_plan"));
        assertEquals(3, sql.count("SELECT count(*) FROM plan_measure"));
        assertEquals(3, sql.count("SELECT count(*) FROM duty WHERE purpose = 'measure'"));
    }

    @Test
    void the_district_list_and_its_export_show_each_measure() throws Exception {
        create(admin, WORKS, plan("VOCs 治理", measure("安装VOCs在线监测", "2026-06-30")));
        create(admin, DYEWORKS, plan("废水整改", measure("建设初期雨水收集池", "2026-06-25")));
        var listed = admin.get("/api/plans?grid=A").json();
        assertEquals(1, listed.size());
        assertEquals("化工厂", listed.get(0).get("source_name").asText());
        assertEquals("2026-06-30", listed.get(0).get("next_deadline").asText());
        byte[] bytes = http.toBlocking().retrieve(HttpRequest.GET("/api/plans.xlsx").bearerAuth(admin.token()),
                byte[].class);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = book.getSheetAt(0);
            var cells = new java.util.ArrayList<String>();
            sheet.forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
            assertTrue(cells.contains("安装VOCs在线监测") && cells.contains("建设初期雨水收集池"), cells.toString());
            assertTrue(cells.contains("0510-12345678"), "the responsible person's phone");
        }
    }
}
