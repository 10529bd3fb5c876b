package com.envgrid.api.onboarding;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.core.source.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.envgrid.api.grid.GridFiles.file;
import static com.envgrid.api.grid.GridFiles.smallDistrict;
import static com.envgrid.api.grid.GridFiles.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The onboarding checklist through the API, on the district's 20 November 2026: an empty install has every step to
 * do and says to start with the grids; each step done through the API — grids, sources, a river, people, rules,
 * the month's duties — turns done, and what is half done is said with what to fix (a layer without its district,
 * a source in a gap, grids nobody walks, the next year's holiday calendar, duties nobody has).
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
@Property(name = "test.clock-start", value = "2026-11-20T02:00:00Z")
class OnboardingApiTest extends ApiTestBase {
    static final String IN_A1 = CreditCode.withCheckCharacter("91320214MA1E00001");
    static final String IN_B = CreditCode.withCheckCharacter("91320214MA1E00002");

    @Inject
    MutableClock clock;

    ApiClient admin;

    @Test
    void a_fresh_install_becomes_a_working_district_step_by_step() throws Exception {
        admin = ApiClient.asAdmin(http);
        sql.clearRecords();
        sql.execute("DELETE FROM inspection_rules; DELETE FROM protection_zone; DELETE FROM holiday_calendar");
        emptyLayer.reset();

        JsonNode empty = checklist();
        assertEquals(List.of("grids", "directory", "rivers_zones", "people", "rules", "duties"), keys(empty));
        assertEquals(List.of("todo", "todo", "todo", "todo", "todo", "todo"), states(empty));
        assertFalse(empty.get("complete").asBoolean());
        assertEquals("grids.import", step("grids").get("next").get("code").asText());
        assertEquals("grids-import.html", step("grids").get("next").get("page").asText());
        for (String waiting : List.of("directory", "rivers_zones", "people", "duties")) {
            assertEquals("grids", step(waiting).get("waits_for").asText(), waiting + " needs the grids first");
        }

        // 1 grids: first a layer whose towns have no district above them, then the district with a gap where B lies
        importGrids(file().grid("A", "town", null, square(0, 0, 10, 10)).json(), "replace");
        assertEquals("attention", step("grids").get("state").asText());
        assertEquals("grids.no_district", step("grids").get("next").get("code").asText());
        importGrids(file().grid("D", "district", null, square(0, 0, 20, 10))
                .grid("A", "town", "D", square(0, 0, 10, 10))
                .grid("A1", "community", "A", square(0, 0, 10, 5))
                .grid("A2", "community", "A", square(0, 5, 10, 10)).json(), "replace");
        JsonNode grids = step("grids");
        assertEquals("done", grids.get("state").asText());
        assertEquals("[\"grid D\"]", grids.get("found").get("districts").toString());
        assertEquals("{\"district\":1,\"town\":1,\"community\":2}", grids.get("found").get("by_level").toString());
        assertEquals(admin.get("/api/grids/validation").json().get("features").size(),
                grids.get("found").get("warnings").asInt(), "the validation report's findings, all warnings");
        assertTrue(grids.get("found").get("warnings").asInt() > 0, "the gap where B is missing");
        assertEquals("grids.warnings", grids.get("next").get("code").asText());
        assertEquals("index.html", grids.get("next").get("page").asText(), "the map shows the findings");
        assertTrue(step("directory").path("waits_for").isMissingNode(), "the grids are in");

        // 2 directory: a source in the gap is in no grid until B comes
        var imported = admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n"
                + IN_A1 + ",甲厂,120.002,30.002,D\n" + IN_B + ",乙厂,120.015,30.005,B\n")
                .getBytes(StandardCharsets.UTF_8)).contentType("text/csv"));
        assertEquals(201, imported.status(), String.valueOf(imported.json()));
        JsonNode directory = step("directory");
        assertEquals("attention", directory.get("state").asText());
        assertEquals(2, directory.get("found").get("sources").asInt());
        assertEquals(1, directory.get("found").get("in_no_grid").asInt());
        assertEquals("{\"count\":1}", directory.get("next").get("params").toString());
        importGrids(smallDistrict().json(), "merge");
        assertEquals("done", step("directory").get("state").asText());
        assertEquals("done", step("grids").get("state").asText());
        assertTrue(step("grids").path("next").isMissingNode(), "no finding left");

        // 3 rivers and zones
        assertEquals(201, admin.post("/api/rivers/import", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":"
                + "\"Feature\",\"properties\":{\"编码\":\"R1\",\"河流名称\":\"望虞河\",\"河长\":\"刘河长\"},\"geometry\":"
                + "{\"type\":\"LineString\",\"coordinates\":[[120.005,30.002],[120.005,30.008]]}}]}").status());
        JsonNode rivers = step("rivers_zones");
        assertEquals("done", rivers.get("state").asText());
        assertEquals(1, rivers.get("found").get("rivers").asInt());
        assertEquals(0, rivers.get("found").get("zones").asInt());

        // 4 people: the fixture's chiefs of A and B and supervisor of A1 leave A2 and B unwalked
        StaffFixture staff = new StaffFixture(http);
        JsonNode people = step("people");
        assertEquals("attention", people.get("state").asText());
        assertEquals("people.unstaffed", people.get("next").get("code").asText());
        assertEquals(admin.get("/api/grids/unstaffed").json().size(), people.get("found").get("unstaffed").asInt());
        List<String> unwalked = new ArrayList<>();
        people.get("found").get("unstaffed_grids").forEach(name -> unwalked.add(name.asText()));
        assertEquals(List.of("grid A2", "grid B"), unwalked.stream().sorted().toList());
        assertEquals(0, people.get("found").get("without_chief").asInt());
        assertEquals(1, people.get("found").get("supervisors").asInt());
        assertEquals(2, people.get("found").get("chiefs").asInt());

        // 6 first duties, generated while A2 and B have nobody: theirs have no supervisor
        JsonNode duties = step("duties");
        assertEquals("todo", duties.get("state").asText());
        assertEquals("{\"period\":\"2026-11\"}", duties.get("next").get("params").toString());
        assertEquals("duties.html?period=2026-11", duties.get("next").get("page").asText());
        assertEquals(200, admin.post("/api/duties/generate?period=2026-11", "").status());
        duties = step("duties");
        assertEquals("attention", duties.get("state").asText());
        assertEquals(admin.get("/api/duties?period=2026-11").json().size(), duties.get("found").get("duties").asInt());
        assertTrue(duties.get("found").get("unassigned").asInt() > 0);
        staff.assign(staff.freshPerson("supervisor"), "A2", "supervisor");
        staff.assign(staff.freshPerson("supervisor"), "B", "supervisor");
        assertEquals("done", step("people").get("state").asText());
        assertEquals(200, admin.post("/api/duties/generate?period=2026-11", "").status());
        assertEquals("done", step("duties").get("state").asText(), "generating again gives them to the new supervisors");

        // 5 rules: the defaults until saved; in December the next year's holidays are wanted
        assertEquals("rules.defaults", step("rules").get("next").get("code").asText());
        assertEquals(200, admin.exchange(HttpRequest.PUT("/api/rules", admin.get("/api/rules").json().toString())
                .contentType(MediaType.APPLICATION_JSON_TYPE)).status());
        assertEquals("done", step("rules").get("state").asText());
        assertTrue(checklist().get("complete").asBoolean(), String.valueOf(checklist()));

        clock.set(Instant.parse("2026-12-15T02:00:00Z"));
        try {
            JsonNode rules = step("rules");
            assertEquals("attention", rules.get("state").asText());
            assertEquals("[2027]", rules.get("found").get("calendar_missing").toString());
            assertEquals("{\"years\":\"2027\"}", rules.get("next").get("params").toString());
            assertEquals("2026-12", step("duties").get("found").get("period").asText());
            assertEquals("todo", step("duties").get("state").asText(), "December's duties are not generated yet");
        } finally {
            clock.set(Instant.parse("2026-11-20T02:00:00Z"));
        }
    }

    private void importGrids(String file, String mode) {
        var answer = admin.post("/api/grids/import?mode=" + mode, file);
        assertEquals(201, answer.status(), String.valueOf(answer.json()));
    }

    private JsonNode checklist() {
        var answer = admin.get("/api/onboarding");
        assertEquals(200, answer.status(), String.valueOf(answer.json()));
        return answer.json();
    }

    private JsonNode step(String key) {
        for (JsonNode step : checklist().get("steps")) {
            if (step.get("key").asText().equals(key)) {
                return step;
            }
        }
        throw new AssertionError("no step " + key);
    }

    private static List<String> keys(JsonNode checklist) {
        List<String> keys = new ArrayList<>();
        checklist.get("steps").forEach(s -> keys.add(s.get("key").asText()));
        return keys;
    }

    private static List<String> states(JsonNode checklist) {
        List<String> states = new ArrayList<>();
        checklist.get("steps").forEach(s -> states.add(s.get("state").asText()));
        return states;
    }
}
