package com.envgrid.api.duty;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.core.source.CreditCode;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Duty generation through the API on the small district: sources in A1 (rated D and A) and B (rated B), patrols of
 * A1 and A2. The rules decide how many duties, re-running changes nothing, the workload is balanced, and open
 * duties follow a change of supervisor while done ones stay.
 */
@MicronautTest(transactional = false)
class DutyApiTest extends ApiTestBase {
    static final String D_IN_A1 = CreditCode.withCheckCharacter("91320214MA1D00001");
    static final String A_IN_A1 = CreditCode.withCheckCharacter("91320214MA1D00002");
    static final String B_IN_B = CreditCode.withCheckCharacter("91320214MA1D00003");

    ApiClient admin;
    StaffFixture staff;

    @BeforeEach
    void districtWithSourcesAndStaff() throws Exception {
        sql.execute("DELETE FROM rule_setting");
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        String csv = "统一社会信用代码,名称,经度,纬度,信用等级\n" + D_IN_A1 + ",甲厂,120.002,30.002,D\n"
                + A_IN_A1 + ",乙厂,120.008,30.004,A\n" + B_IN_B + ",丙厂,120.015,30.005,B\n";
        admin.exchange(HttpRequest.POST("/api/sources/import", csv.getBytes(StandardCharsets.UTF_8)).contentType("text/csv"));
        staff = new StaffFixture(http);
    }

    private Map<String, Integer> countsByTarget(String period) {
        Map<String, Integer> counts = new HashMap<>();
        admin.get("/api/duties?period=" + period).json()
                .forEach(d -> counts.merge(d.get("target_kind").asText() + ":" + d.get("target_code").asText(), 1, Integer::sum));
        return counts;
    }

    @Test
    void a_quarter_gets_duties_by_rating_and_patrols_by_the_default_rules() {
        var report = admin.post("/api/duties/generate?period=2026-Q4", "");
        assertEquals(200, report.status(), String.valueOf(report.json()));
        Map<String, Integer> counts = countsByTarget("2026-Q4");
        assertEquals(3, counts.get("source:" + D_IN_A1), "D: every month");
        assertEquals(1, counts.get("source:" + B_IN_B), "B: every three months");
        assertEquals(1, counts.get("source:" + A_IN_A1), "A: every six months, Jul–Dec overlaps Q4");
        assertEquals(12, counts.get("grid_patrol:A1"), "four patrols a month");
        assertEquals(5 + 24, report.json().get("planned").asInt());
    }

    @Test
    void generating_a_period_twice_creates_nothing_new() {
        int first = admin.post("/api/duties/generate?period=2026-11", "").json().get("created").asInt();
        var second = admin.post("/api/duties/generate?period=2026-11", "").json();
        assertTrue(first > 0);
        assertEquals(0, second.get("created").asInt());
        assertEquals(first, sql.count("SELECT count(*) FROM duty"));
    }

    @Test
    void duties_of_a_grid_are_shared_out_evenly_among_its_supervisors() {
        long second = staff.freshPerson("supervisor");
        staff.assign(second, "A1", "supervisor");
        admin.post("/api/duties/generate?period=2026-Q4", "");
        Map<Long, Integer> load = new HashMap<>();
        admin.get("/api/duties?period=2026-Q4&grid=A1").json().forEach(d -> load.merge(d.get("supervisor_id").asLong(), 1, Integer::sum));
        assertEquals(2, load.size());
        int n = load.values().stream().mapToInt(Integer::intValue).sum();
        int bound = (n + 1) / 2 + 1;
        load.values().forEach(count -> assertTrue(count <= bound, load + " exceeds " + bound));
    }

    @Test
    void when_a_supervisor_leaves_their_open_duties_move_and_done_ones_stay() throws Exception {
        long second = staff.freshPerson("supervisor");
        long assignment = staff.assign(second, "A1", "supervisor");
        admin.post("/api/duties/generate?period=2026-Q4", "");
        sql.execute("UPDATE duty SET done_at = now() WHERE id = (SELECT min(id) FROM duty WHERE supervisor_id = " + second + ")");
        admin.post("/api/assignments/" + assignment + "/release", "{}");
        var again = admin.post("/api/duties/generate?period=2026-Q4", "").json();
        assertTrue(again.get("reassigned").asInt() > 0);
        assertEquals(1, sql.count("SELECT count(*) FROM duty WHERE supervisor_id = " + second));
        assertEquals(1, sql.count("SELECT count(*) FROM duty WHERE supervisor_id = " + second + " AND done_at IS NOT NULL"));
    }

    @Test
    void the_list_is_filtered_by_target_kind_grid_and_due_day_and_names_a_bad_parameter() {
        admin.post("/api/duties/generate?period=2026-Q4", "");
        int all = admin.get("/api/duties?period=2026-Q4").json().size();
        assertEquals(5, admin.get("/api/duties?period=2026-Q4&category=source").json().size());
        var inA = admin.get("/api/duties?period=2026-Q4&grid=A").json();
        inA.forEach(d -> assertTrue(d.get("grid_code").asText().startsWith("A"), d.toString()));
        assertTrue(inA.size() > 0 && inA.size() < all, "town A with its communities, not street B");
        var october = admin.get("/api/duties?period=2026-Q4&from=2026-10-01&to=2026-10-31").json();
        october.forEach(d -> assertTrue(d.get("due_by").asText().startsWith("2026-10"), d.toString()));
        assertTrue(october.size() > 0 && october.size() < all);
        assertEquals(admin.get("/api/duties?period=2026-Q4&status=overdue").json().size(),
                admin.get("/api/duties?period=2026-Q4&overdue=true").json().size());
        for (String[] bad : new String[][]{{"category", "factory"}, {"grid", "Z9"}, {"from", "soon"},
                {"overdue", "maybe"}}) {
            var answer = admin.get("/api/duties?period=2026-Q4&" + bad[0] + "=" + bad[1]);
            assertEquals(400, answer.status(), bad[0]);
            assertEquals("?" + bad[0], answer.json().get("errors").get(0).get("pointer").asText(), bad[0]);
        }
    }

    @Test
    void a_supervisor_sees_their_own_duties_and_past_due_ones_are_overdue() {
        admin.post("/api/duties/generate?period=2026-01", "");
        var mine = staff.as("supervisor").get("/api/duties?period=2026-01&mine=true").json();
        assertTrue(mine.size() > 0);
        mine.forEach(d -> {
            assertEquals(staff.supervisorA1Id, d.get("supervisor_id").asLong());
            assertEquals("overdue", d.get("status").asText(), "January 2026 is past and nothing was done");
        });
        assertEquals(0, staff.as("supervisor").get("/api/duties?period=2026-01&grid=B").json().size());
    }

    @Test
    void the_rules_are_configurable_and_checked() {
        String stricter = "{\"ratingA\":{\"everyMonths\":3},\"ratingB\":{\"everyMonths\":3},\"ratingC\":{\"everyMonths\":2},"
                + "\"ratingD\":{\"everyMonths\":1},\"keyDischarger\":{\"everyMonths\":1},\"stricterInProtectionZone\":true,"
                + "\"stricterAfterComplaint\":true,\"gridPatrol\":{\"timesPerMonth\":2},\"riverPatrol\":{\"timesPerMonth\":2}}";
        var saved = admin.exchange(HttpRequest.PUT("/api/rules", stricter).contentType("application/json"));
        assertEquals(200, saved.status(), String.valueOf(saved.json()));
        admin.post("/api/duties/generate?period=2026-Q4", "");
        assertEquals(6, countsByTarget("2026-Q4").get("grid_patrol:A1"));
        var bad = admin.exchange(HttpRequest.PUT("/api/rules", stricter.replace("\"ratingD\":{\"everyMonths\":1}",
                "\"ratingD\":{\"everyMonths\":12}")).contentType("application/json"));
        assertEquals(400, bad.status());
        assertEquals(403, staff.as("viewer").exchange(HttpRequest.PUT("/api/rules", stricter).contentType("application/json")).status());
        assertEquals(400, admin.post("/api/duties/generate?period=2026-13", "").status());
    }
}
