package com.envgrid.api.coverage;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.grid.GridFiles;
import com.envgrid.core.source.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static com.envgrid.api.grid.GridFiles.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coverage a node keeps in memory: a second view of a period — as rows, as the map, at another level, as a
 * table — counts nothing again; a new inspection recounts its own period and leaves another period's figures kept.
 * What is counted is observed through {@link CoverageCache#counted()}, not through time. A district with one town,
 * one community and one source; November 2026, the clock on 25 November.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
class CoverageCacheTest extends ApiTestBase {
    static final String DISTRICT = "320214";
    static final String TOWN = "320214001";
    static final String COMMUNITY = "320214001001";
    static final String SOURCE = CreditCode.withCheckCharacter("91320214MA1E00009");

    @Inject
    MutableClock clock;

    @Inject
    CoverageCache cache;

    @Inject
    CoverageChanges changes;

    ApiClient admin;
    ApiClient supervisor;
    long duty;

    @BeforeEach
    void aDistrictWithADutyInNovember() {
        clock.set(Instant.parse("2026-11-25T02:00:00Z"));
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin, GridFiles.file()
                .grid(DISTRICT, "district", null, square(0, 0, 20, 10))
                .grid(TOWN, "town", DISTRICT, square(0, 0, 10, 10))
                .grid(COMMUNITY, "community", TOWN, square(0, 0, 10, 10))
                .json());
        expect(201, admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n"
                + SOURCE + ",化工厂,120.002,30.002,D\n").getBytes(StandardCharsets.UTF_8)).contentType("text/csv")));
        var person = admin.post("/api/people", "{\"name\":\"网格员乙\",\"username\":\"sup-cache\",\"password\":\""
                + "Staff-pass-2026\",\"phone\":\"13900000019\",\"role\":\"supervisor\"}");
        expect(201, person);
        expect(201, admin.post("/api/people/" + person.json().get("id").asLong() + "/assignments",
                "{\"grid_code\":\"" + COMMUNITY + "\",\"duty\":\"supervisor\"}"));
        supervisor = ApiClient.signedIn(http, "sup-cache", "Staff-pass-2026");
        expect(200, admin.post("/api/duties/generate?period=2026-11", ""));
        duty = Long.parseLong(sql.text("SELECT id FROM duty WHERE target_kind = 'source'"));
    }

    @Test
    void a_second_view_comes_from_memory_and_a_new_inspection_recounts_its_own_period_only() {
        JsonNode november = community("2026-11");
        assertEquals(0, november.get("inspections").asInt());
        assertEquals(0, november.get("objects_inspected").asInt());
        long counted = cache.counted();

        // the same period again: as rows at another level, as the map, as a town's table — nothing counted
        expect(200, admin.get("/api/coverage/rows?period=2026-11&level=first"));
        expect(200, admin.get("/api/coverage?period=2026-11&level=second"));
        expect(200, admin.get("/api/coverage.csv?period=2026-11&parent=" + TOWN));
        assertEquals(november, community("2026-11"));
        assertEquals(counted, cache.counted(), "the second views of November came from memory");

        // October counted once, then kept too
        community("2026-10");
        community("2026-10");
        assertEquals(counted + 1, cache.counted());

        expect(201, supervisor.exchange(HttpRequest.PUT("/api/inspections/" + UUID.randomUUID(), "{\"duty_id\":" + duty
                + ",\"inspected_at\":\"2026-11-20T10:00:00+08:00\",\"fix\":{\"lon\":120.002,\"lat\":30.002,"
                + "\"accuracy_m\":5},\"checklist\":{},\"findings\":[]}").contentType(MediaType.APPLICATION_JSON_TYPE)));

        JsonNode after = community("2026-11");
        assertEquals(1, after.get("inspections").asInt(), "November counted again, with the new inspection");
        assertEquals(1, after.get("objects_inspected").asInt());
        assertEquals(1, after.get("duties_done").asInt());
        assertEquals(counted + 2, cache.counted());
        community("2026-10");
        assertEquals(counted + 2, cache.counted(), "October's figures were kept: the inspection is November's");
    }

    /**
     * Connections the pool has since renewed left rows of their own for November's days and for October's; gathered
     * into one per day, the sum each period is versioned by stays, so November's figures kept are still taken, and
     * a new inspection still counts November again.
     */
    @Test
    void the_change_rows_of_each_day_are_gathered_into_one_and_the_figures_kept_stay_kept() throws Exception {
        sql.execute("INSERT INTO coverage_change (open, day, backend, version) VALUES"
                + " (false, '2026-11-20', 2147483001, nextval('coverage_change_version')),"
                + " (false, '2026-11-20', 2147483002, nextval('coverage_change_version')),"
                + " (false, '2026-11-21', 2147483002, nextval('coverage_change_version')),"
                + " (false, '2026-10-02', 2147483003, nextval('coverage_change_version'))");
        String versions = "SELECT string_agg(day || ':' || total, ',' ORDER BY day) FROM (SELECT day, sum(version) AS total"
                + " FROM coverage_change GROUP BY open, day) AS per_day";
        String before = sql.text(versions);
        JsonNode november = community("2026-11");
        long counted = cache.counted();

        assertTrue(changes.compact() >= 3, "November 20 and 21 and October 2 had rows of other connections");
        assertEquals(0, sql.count("SELECT count(*) FROM coverage_change WHERE backend <> 0"));
        assertEquals(0, sql.count("SELECT count(*) FROM (SELECT 1 FROM coverage_change GROUP BY open, day"
                + " HAVING count(*) > 1) AS more"), "one row per day and kind");
        assertEquals(before, sql.text(versions), "each day's sum is what it was");
        assertEquals(november, community("2026-11"));
        assertEquals(counted, cache.counted(), "November's figures kept were taken, not counted again");

        expect(201, supervisor.exchange(HttpRequest.PUT("/api/inspections/" + UUID.randomUUID(), "{\"duty_id\":" + duty
                + ",\"inspected_at\":\"2026-11-20T10:00:00+08:00\",\"fix\":{\"lon\":120.002,\"lat\":30.002,"
                + "\"accuracy_m\":5},\"checklist\":{},\"findings\":[]}").contentType(MediaType.APPLICATION_JSON_TYPE)));
        assertEquals(1, community("2026-11").get("inspections").asInt(), "a change after the gathering still counts");
        assertEquals(counted + 1, cache.counted());
        assertTrue(changes.compact() >= 1, "the new inspection's row is gathered in turn");
    }

    @Test
    void figures_move_with_today_while_the_period_runs() {
        JsonNode on25th = community("2026-11");
        int due = on25th.get("duties_due").asInt();
        assertTrue(on25th.get("duties_overdue").asInt() < due, "the source's duty is not overdue on 25 November");
        clock.set(Instant.parse("2026-12-02T02:00:00Z"));
        assertEquals(due, community("2026-11").get("duties_overdue").asInt(),
                "every duty of November is overdue once November is over, though nothing was recorded");
    }

    private JsonNode community(String period) {
        var answer = admin.get("/api/coverage/rows?period=" + period + "&level=second");
        expect(200, answer);
        for (JsonNode row : answer.json()) {
            if (row.get("code").asText().equals(COMMUNITY)) {
                return row;
            }
        }
        throw new AssertionError("no row of " + COMMUNITY + " in " + answer.json());
    }

    private static void expect(int status, ApiClient.Answer answer) {
        assertEquals(status, answer.status(), String.valueOf(answer.json()));
    }
}
