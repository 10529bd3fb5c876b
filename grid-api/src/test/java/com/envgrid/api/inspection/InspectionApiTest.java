package com.envgrid.api.inspection;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.core.inspection.Gcj02;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.envgrid.api.inspection.InspectionFixture.SOURCE_LAT;
import static com.envgrid.api.inspection.InspectionFixture.SOURCE_LON;
import static com.envgrid.api.inspection.InspectionFixture.newId;
import static com.envgrid.api.inspection.InspectionFixture.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recording inspections: never lost, never doubled, checked for where they were made. */
@MicronautTest(transactional = false)
class InspectionApiTest extends ApiTestBase {
    InspectionFixture fixture;
    ApiClient supervisor;

    @BeforeEach
    void districtSourceAndSupervisor() {
        fixture = new InspectionFixture(http, emptyLayer);
        supervisor = fixture.staff.as("supervisor");
    }

    private ApiClient.Answer put(ApiClient who, String id, String body) {
        return who.exchange(HttpRequest.PUT("/api/inspections/" + id, body).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    @Test
    void the_same_record_sent_fifty_times_at_once_is_stored_once_and_answered_fifty_times_alike() throws Exception {
        String id = newId();
        String body = record(SOURCE_LON, SOURCE_LAT, 10, "wgs84", "");
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Callable<ApiClient.Answer>> sends = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                sends.add(() -> put(supervisor, id, body));
            }
            Set<String> answers = new HashSet<>();
            for (Future<ApiClient.Answer> f : pool.invokeAll(sends)) {
                var answer = f.get();
                assertEquals(201, answer.status(), String.valueOf(answer.json()));
                answers.add(answer.json().toString());
            }
            assertEquals(1, answers.size(), "fifty identical answers");
        } finally {
            pool.shutdown();
        }
        assertEquals(1, sql.count("SELECT count(*) FROM inspection"));
        assertEquals(1, sql.count("SELECT count(*) FROM audit_log WHERE entity = 'inspection' AND entity_id = '" + id + "'"));
    }

    @Test
    void a_retry_a_day_later_gets_the_original_and_the_same_id_with_other_content_is_a_conflict() {
        String id = newId();
        var first = put(supervisor, id, record(SOURCE_LON, SOURCE_LAT, 10, "wgs84", ""));
        var again = put(supervisor, id, record(SOURCE_LON, SOURCE_LAT, 10, "wgs84", ""));
        assertEquals(first.json(), again.json());
        var other = put(supervisor, id, record(SOURCE_LON, SOURCE_LAT, 99, "wgs84", ""));
        assertEquals(409, other.status());
        assertEquals(1, sql.count("SELECT count(*) FROM inspection"));
    }

    @Test
    void the_same_id_sent_again_dated_in_another_month_is_a_conflict_not_a_second_record() {
        sql.text("SELECT month_partition('inspection', DATE '2026-06-01', 'Asia/Shanghai'),"
                + " month_partition('inspection', DATE '2026-07-01', 'Asia/Shanghai')");
        String id = newId();
        String june = record(SOURCE_LON, SOURCE_LAT, 10, "wgs84", "").replace("2026-11-20T", "2026-06-20T");
        assertEquals(201, put(supervisor, id, june).status());
        assertEquals(409, put(supervisor, id, june.replace("2026-06-20T", "2026-07-20T")).status(),
                "July's partition has no such id, the key table has");
        assertEquals("inspection_2026_06", sql.text("SELECT string_agg(tableoid::regclass::text, ',') FROM inspection"));
    }

    @Test
    void a_fix_at_the_source_is_plausible() {
        var answer = put(supervisor, newId(), record(SOURCE_LON, SOURCE_LAT, 10, "wgs84", ""));
        assertTrue(answer.json().get("location").get("plausible").asBoolean());
        assertEquals("A1", answer.json().get("grid_code").asText());
    }

    @Test
    void a_fix_just_outside_the_grid_within_its_accuracy_is_plausible() {
        // A1 ends at lat 30.005; 30.0053 is about 33 m north of it, inside both the 50 m tolerance and 200 m of the source? no:
        // the source is 370 m away, so check the grid rule alone on a patrol of A1
        String patrol = "{\"target\":{\"kind\":\"grid_patrol\",\"code\":\"A1\"},\"inspected_at\":\"2026-11-20T10:15:00+08:00\","
                + "\"fix\":{\"lon\":120.003,\"lat\":30.0053,\"accuracy_m\":40},\"checklist\":{},\"findings\":[]}";
        var answer = put(supervisor, newId(), patrol);
        assertEquals(201, answer.status(), String.valueOf(answer.json()));
        assertTrue(answer.json().get("location").get("plausible").asBoolean(), answer.json().toString());
    }

    @Test
    void a_fix_far_from_the_target_is_stored_but_flagged_with_its_distance() {
        var answer = put(supervisor, newId(), record(120.0045, 30.0045, 10, "wgs84", ""));
        assertEquals(201, answer.status());
        var location = answer.json().get("location");
        assertFalse(location.get("plausible").asBoolean());
        assertTrue(location.get("flagged_for_review").asBoolean());
        assertTrue(location.get("distance_m").asDouble() > 200, location.toString());
        assertEquals("location.far_from_source", location.get("code").asText(), "the field page says it from the code");
        assertEquals(210, location.get("params").get("limit_m").asInt(), "200 m allowed plus the fix's 10 m accuracy");
        assertEquals(1, sql.count("SELECT count(*) FROM inspection WHERE NOT location_plausible"));
    }

    @Test
    void a_gcj02_fix_from_a_chinese_phone_map_is_converted_before_it_is_checked() {
        double[] gcj = Gcj02.fromWgs84(SOURCE_LON, SOURCE_LAT);
        assertTrue(Math.abs(gcj[0] - SOURCE_LON) > 0.002, "GCJ-02 is hundreds of metres off here");
        var answer = put(supervisor, newId(), record(gcj[0], gcj[1], 10, "gcj02", ""));
        var fix = answer.json().get("fix");
        assertEquals(SOURCE_LON, fix.get("lon").asDouble(), 1e-6);
        assertEquals(SOURCE_LAT, fix.get("lat").asDouble(), 1e-6);
        assertTrue(answer.json().get("location").get("plausible").asBoolean());
        var unconverted = put(supervisor, newId(), record(gcj[0], gcj[1], 10, "wgs84", ""));
        assertFalse(unconverted.json().get("location").get("plausible").asBoolean(), "the same numbers as WGS84 are far off");
    }

    @Test
    void a_river_patrol_near_the_segment_is_plausible_and_one_far_from_it_is_flagged() {
        String near = "{\"target\":{\"kind\":\"river_patrol\",\"code\":\"R1\",\"grid\":\"A1\"},\"inspected_at\":"
                + "\"2026-11-20T10:15:00+08:00\",\"fix\":{\"lon\":120.0055,\"lat\":30.003,\"accuracy_m\":10},"
                + "\"checklist\":{},\"findings\":[]}";
        assertTrue(put(supervisor, newId(), near).json().get("location").get("plausible").asBoolean());
        var far = put(supervisor, newId(), near.replace("120.0055", "120.0095"));
        assertFalse(far.json().get("location").get("plausible").asBoolean());
    }

    @Test
    void a_supervisor_cannot_record_an_inspection_outside_their_grids() {
        String inB = "{\"target\":{\"kind\":\"grid_patrol\",\"code\":\"B\"},\"inspected_at\":\"2026-11-20T10:15:00+08:00\","
                + "\"fix\":{\"lon\":120.015,\"lat\":30.005,\"accuracy_m\":10},\"checklist\":{},\"findings\":[]}";
        assertEquals(403, put(supervisor, newId(), inB).status());
        assertEquals(403, put(fixture.staff.as("viewer"), newId(), inB).status());
        assertEquals(0, sql.count("SELECT count(*) FROM inspection"));
    }

    @Test
    void a_plausible_inspection_against_a_duty_makes_it_done_and_a_flagged_one_does_not() {
        fixture.admin.post("/api/duties/generate?period=2026-11", "");
        long duty = Long.parseLong(sql.text("SELECT id FROM duty WHERE target_kind = 'source' ORDER BY id LIMIT 1"));
        String flagged = record(120.0045, 30.0045, 10, "wgs84", "").replace("\"target\":{\"kind\":\"source\",\"code\":\""
                + InspectionFixture.SOURCE + "\"}", "\"duty_id\":" + duty);
        put(supervisor, newId(), flagged);
        assertEquals(0, sql.count("SELECT count(*) FROM duty WHERE id = " + duty + " AND done_at IS NOT NULL"));
        var good = put(supervisor, newId(), flagged.replace("120.004500000", "120.002000000").replace("30.004500000", "30.002000000"));
        assertEquals(201, good.status(), String.valueOf(good.json()));
        assertTrue(good.json().get("location").get("plausible").asBoolean(), good.json().toString());
        assertEquals(1, sql.count("SELECT count(*) FROM duty WHERE id = " + duty + " AND done_at IS NOT NULL"));
    }

    @Test
    void a_correction_is_a_new_record_and_both_stay_readable() {
        String original = newId();
        put(supervisor, original, record(SOURCE_LON, SOURCE_LAT, 10, "wgs84", ",\"notes\":\"排口正常\""));
        String correction = newId();
        var corrected = put(supervisor, correction, record(SOURCE_LON, SOURCE_LAT, 10, "wgs84",
                ",\"notes\":\"排口有异味\",\"corrects\":\"" + original + "\""));
        assertEquals(original, corrected.json().get("corrects").asText());
        assertEquals("排口正常", supervisor.get("/api/inspections/" + original).json().get("notes").asText());
        assertEquals("排口有异味", supervisor.get("/api/inspections/" + correction).json().get("notes").asText());
    }

    @Test
    void bad_records_are_a_400_naming_each_field_and_nothing_is_stored() {
        String bad = "{\"target\":{\"kind\":\"source\",\"code\":\"NOPE\"},\"fix\":{\"lon\":120.0,\"lat\":30.0,"
                + "\"accuracy_m\":-3,\"crs\":\"bd09\"},\"findings\":[{\"category\":\"smell\",\"severity\":\"huge\"}]}";
        var answer = put(supervisor, newId(), bad);
        assertEquals(400, answer.status());
        List<String> pointers = new ArrayList<>();
        answer.json().get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
        assertTrue(pointers.containsAll(List.of("/target/code", "/inspected_at", "/fix/accuracy_m", "/fix/crs",
                "/findings/0/category", "/findings/0/severity")), pointers.toString());
        assertEquals(400, put(supervisor, "not-a-uuid", record(SOURCE_LON, SOURCE_LAT, 10, "wgs84", "")).status());
        assertEquals(0, sql.count("SELECT count(*) FROM inspection"));
    }

    @Test
    void findings_open_problem_cases() {
        var answer = put(supervisor, newId(), record(SOURCE_LON, SOURCE_LAT, 10, "wgs84", "").replace("\"findings\":[]",
                "\"findings\":[{\"category\":\"废水\",\"severity\":\"serious\",\"description\":\"雨水口有黄色废水\"}]"));
        assertEquals(1, answer.json().get("cases").size());
        assertEquals("open", sql.text("SELECT state FROM problem_case"));
    }

    @Test
    void a_chief_who_accepts_a_flagged_location_completes_the_duty_and_the_flag_rate_counts_it() {
        fixture.admin.post("/api/duties/generate?period=2026-11", "");
        long duty = Long.parseLong(sql.text("SELECT id FROM duty WHERE target_kind = 'source' ORDER BY id LIMIT 1"));
        String id = newId();
        put(supervisor, id, record(120.0045, 30.0045, 10, "wgs84", "").replace("\"target\":{\"kind\":\"source\",\"code\":\""
                + InspectionFixture.SOURCE + "\"}", "\"duty_id\":" + duty));
        var chief = fixture.staff.as("chief");
        assertEquals(400, chief.post("/api/inspections/" + id + "/review", "{\"accept\":true}").status(), "a reason is needed");
        assertEquals(200, chief.post("/api/inspections/" + id + "/review", "{\"accept\":true,\"reason\":\"厂区大门在北侧\"}").status());
        assertEquals(1, sql.count("SELECT count(*) FROM duty WHERE id = " + duty + " AND done_at IS NOT NULL"));
        assertEquals(409, chief.post("/api/inspections/" + id + "/review", "{\"accept\":false,\"reason\":\"x\"}").status());
        var rates = fixture.admin.get("/api/inspections/flag-rates?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z").json();
        assertEquals(1, rates.get(0).get("flagged").asInt());
        assertEquals(fixture.staff.supervisorA1Id, rates.get(0).get("inspector_id").asLong());
    }

    @Test
    void twenty_records_of_one_duty_sent_at_once_are_all_stored_and_the_duty_is_done() throws Exception {
        fixture.admin.post("/api/duties/generate?period=2026-11", "");
        long duty = Long.parseLong(sql.text("SELECT id FROM duty WHERE target_kind = 'source' ORDER BY id LIMIT 1"));
        String body = record(SOURCE_LON, SOURCE_LAT, 10, "wgs84", "").replace("\"target\":{\"kind\":\"source\","
                + "\"code\":\"" + InspectionFixture.SOURCE + "\"}", "\"duty_id\":" + duty);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<ApiClient.Answer>> sends = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                sends.add(() -> put(supervisor, newId(), body));
            }
            for (Future<ApiClient.Answer> f : pool.invokeAll(sends)) {
                assertEquals(201, f.get().status(), String.valueOf(f.get().json()));
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(20, sql.count("SELECT count(*) FROM inspection WHERE duty_id = " + duty));
        assertEquals(1, sql.count("SELECT count(*) FROM duty WHERE id = " + duty + " AND done_at IS NOT NULL"));
    }
}
