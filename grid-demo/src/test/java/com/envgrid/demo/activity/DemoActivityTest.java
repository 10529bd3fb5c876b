package com.envgrid.demo.activity;

import com.envgrid.api.ApiClient;
import com.envgrid.api.Sql;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.core.duty.Period;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo city after its first start: in both districts a year of staff, duties, inspections, cases and complaints, as a
 * district evaluator would look at it through the API — and a second start on the same database that adds nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoActivityTest {
    private static final Map<String, Object> DEMO = Map.of("envgrid.demo.enabled", true, "envgrid.demo.activity", true);
    private static final List<String> RECORDS = List.of("person", "assignment", "duty", "inspection", "problem_case",
            "case_event", "complaint", "complaint_event", "remediation_plan", "plan_measure", "audit_log");

    EmbeddedServer server;
    HttpClient http;
    ApiClient admin;
    String lastQuarter;

    @BeforeAll
    void firstStart() {
        server = ApplicationContext.run(EmbeddedServer.class, DEMO, "test");
        http = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
        admin = ApiClient.asAdmin(http);
        LocalDate today = server.getApplicationContext().getBean(DistrictTime.class).today();
        lastQuarter = Period.quarter(today.getYear(), (today.getMonthValue() + 2) / 3).previous().label();
    }

    @AfterAll
    void stop() {
        http.close();
        server.close();
    }

    @Test
    void mostGridsHaveASupervisorAndSomeNone() {
        var grids = rows("second");
        long staffed = grids.stream().filter(g -> g.get("staffed").asBoolean()).count();
        assertTrue(staffed >= grids.size() - 3, staffed + " of " + grids.size() + " second-level grids staffed");
        assertFalse(admin.get("/api/grids/unstaffed").json().isEmpty(), "a grid is left unstaffed for the map to show");
        long supervisors = StreamSupport.stream(admin.get("/api/people").json().spliterator(), false)
                .filter(p -> p.get("role").asText().equals("supervisor")).count();
        assertTrue(supervisors >= grids.size() - 3, supervisors + " supervisors");
    }

    @Test
    void lastQuartersCoverageHasDutiesDoneAndUndoneInEveryFirstLevelGrid() {
        var grids = rows("first");
        assertEquals(16, grids.size(), "eight in each of the city's two districts");
        for (JsonNode grid : grids) {
            assertTrue(grid.get("duties_due").asInt() > 0 && grid.get("duties_done").asInt() > 0, grid.toString());
        }
        long partlyCovered = grids.stream().filter(g -> g.get("coverage").isNumber())
                .filter(g -> g.get("coverage").asDouble() > 0 && g.get("coverage").asDouble() < 1).count();
        assertTrue(partlyCovered >= 5, partlyCovered + " of 16 first-level grids inspected some but not all sources: "
                + grids);
    }

    @Test
    void lastQuartersReviewRanksEveryFirstLevelGridOnEveryComponent() {
        // each district's review ranks its own towns, streets and parks: eight in each of the city's two districts
        for (String district : List.of("320214", "320215")) {
            var ranking = admin.get("/api/review?district=" + district + "&quarter=" + lastQuarter).json().get("ranking");
            assertEquals(8, ranking.size(), district + ": " + ranking);
            for (JsonNode grid : ranking) {
                JsonNode components = grid.get("components");
                assertEquals(5, components.size(), components.toString());
                components.forEach(c -> assertTrue(c.isNumber(), grid.get("name").asText() + ": " + components));
            }
        }
    }

    @Test
    void someCasesAndComplaintsAreClosedAndSomeStillOpen() {
        for (String queue : List.of("/api/cases", "/api/complaints")) {
            List<String> states = new ArrayList<>();
            admin.get(queue).json().forEach(c -> states.add(c.get("state").asText()));
            assertTrue(states.contains("closed"), queue + ": " + states);
            assertTrue(states.stream().anyMatch(s -> !s.equals("closed") && !s.equals("rejected")),
                    queue + ": " + states);
        }
    }

    @Test
    void aSecondStartAddsNothing() {
        Map<String, Long> before = counts(server);
        Map<String, Object> again = new HashMap<>(DEMO);
        again.put("flyway.datasources.default.clean-schema", false);
        try (EmbeddedServer restarted = ApplicationContext.run(EmbeddedServer.class, again, "test")) {
            assertEquals(before, counts(restarted));
        }
    }

    private List<JsonNode> rows(String level) {
        List<JsonNode> rows = new ArrayList<>();
        admin.get("/api/coverage/rows?period=" + lastQuarter + "&level=" + level).json().forEach(rows::add);
        return rows;
    }

    private static Map<String, Long> counts(EmbeddedServer server) {
        Sql sql = server.getApplicationContext().getBean(Sql.class);
        Map<String, Long> counts = new LinkedHashMap<>();
        RECORDS.forEach(table -> counts.put(table, sql.count("SELECT count(*) FROM " + table)));
        return counts;
    }
}
