package com.envgrid.api.inspection;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.envgrid.api.inspection.InspectionFixture.SOURCE;
import static com.envgrid.api.inspection.InspectionFixture.SOURCE_LAT;
import static com.envgrid.api.inspection.InspectionFixture.SOURCE_LON;
import static com.envgrid.api.inspection.InspectionFixture.newId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kind of source has its own checklist — an enterprise its permits and facilities, a construction site the
 * dust-control "six hundred percents" (围挡, 裸土覆盖, 车辆冲洗 …), any other source its fumes and wastewater —, asked
 * for as {@code GET /api/checklists?kind=source&source_kind=…}; a record answering that list is stored with its
 * answers, and one answering another kind's list is refused.
 */
@MicronautTest(transactional = false)
class SourceChecklistsTest extends ApiTestBase {
    private static final String SITE = "JZ-0001";
    private static final String CANTEEN = "QT-0001";

    private ApiClient supervisor;

    /** Besides the fixture's enterprise, a construction site and another source at the same place in A1. */
    @BeforeEach
    void aSourceOfEachKind() {
        InspectionFixture fixture = new InspectionFixture(http, emptyLayer);
        var imported = fixture.admin.exchange(HttpRequest.POST("/api/sources/import", ("编码,类型,名称,经度,纬度,信用等级\n"
                + SITE + ",construction_site,云溪花园二期工地," + SOURCE_LON + "," + SOURCE_LAT + ",C\n"
                + CANTEEN + ",other,云溪食堂," + SOURCE_LON + "," + SOURCE_LAT + ",B\n").getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv"));
        assertEquals(201, imported.status(), String.valueOf(imported.json()));
        supervisor = fixture.staff.as("supervisor");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "enterprise,        SOURCE,  permit_valid,  排污许可证在有效期内",
            "construction_site, SITE,    hoarding,      施工现场周边围挡完整",
            "other,             CANTEEN, fume_purifier, 油烟、废气净化设施正常运行"})
    void each_kind_of_source_gets_its_own_checklist_and_a_record_answering_it_is_stored(String kind, String which,
                                                                                       String key, String zh) {
        String code = code(which);
        var answer = supervisor.get("/api/checklists?kind=source&source_kind=" + kind);
        assertEquals(200, answer.status(), String.valueOf(answer.json()));
        List<String> keys = keys(answer.json());
        assertTrue(keys.contains(key), kind + "'s checklist has " + key + ": " + keys);
        assertTrue(answer.json().toString().contains(zh), "with its Chinese text: " + answer.json());
        for (String other : List.of("enterprise", "construction_site", "other")) {
            if (!other.equals(kind)) {
                List<String> theirs = keys(supervisor.get("/api/checklists?kind=source&source_kind=" + other).json());
                assertFalse(theirs.contains(key), key + " belongs to " + kind + " only, not to " + other + ": " + theirs);
            }
        }

        // every item answered yes but the kind's own one, which is a no
        Map<String, Boolean> answers = new TreeMap<>();
        keys.forEach(k -> answers.put(k, !k.equals(key)));
        String id = newId();
        var stored = put(id, record(code, answers));
        assertEquals(201, stored.status(), String.valueOf(stored.json()));
        JsonNode checklist = supervisor.get("/api/inspections/" + id).json().get("checklist");
        Map<String, Boolean> read = new TreeMap<>();
        checklist.fields().forEachRemaining(e -> read.put(e.getKey(), e.getValue().asBoolean()));
        assertEquals(answers, read, "the record carries the answers to " + kind + "'s checklist");
    }

    @Test
    void a_construction_site_answered_with_an_enterprises_checklist_is_refused_and_nothing_is_stored() {
        var refused = put(newId(), record(SITE, Map.of("hoarding", true, "permit_valid", true)));
        assertEquals(400, refused.status(), String.valueOf(refused.json()));
        assertEquals("/checklist/permit_valid", refused.json().get("errors").get(0).get("pointer").asText());
        assertEquals(0, sql.count("SELECT count(*) FROM inspection"));
    }

    @Test
    void a_source_checklist_names_the_kind_of_source() {
        for (String query : List.of("kind=source", "kind=source&source_kind=quarry", "kind=source&sourceKind=enterprise")) {
            var refused = supervisor.get("/api/checklists?" + query);
            assertEquals(400, refused.status(), query + ": " + refused.json());
            assertEquals("?source_kind", refused.json().get("errors").get(0).get("pointer").asText(), query);
        }
        assertEquals(200, supervisor.get("/api/checklists?kind=source&source_kind=%E5%B7%A5%E5%9C%B0").status(),
                "工地 is a construction site in Chinese");
        assertEquals(200, supervisor.get("/api/checklists?kind=grid_patrol").status(), "a patrol needs no source kind");
    }

    private static String code(String which) {
        return switch (which) {
            case "SOURCE" -> SOURCE;
            case "SITE" -> SITE;
            default -> CANTEEN;
        };
    }

    private static List<String> keys(JsonNode checklist) {
        List<String> keys = new ArrayList<>();
        checklist.forEach(item -> keys.add(item.get("key").asText()));
        return keys;
    }

    private static String record(String code, Map<String, Boolean> checklist) {
        StringBuilder answers = new StringBuilder();
        checklist.forEach((k, v) -> answers.append(answers.isEmpty() ? "" : ",").append('"').append(k).append("\":").append(v));
        return "{\"target\":{\"kind\":\"source\",\"code\":\"" + code + "\"},\"inspected_at\":\"2026-11-20T10:15:00+08:00\","
                + "\"fix\":{\"lon\":" + SOURCE_LON + ",\"lat\":" + SOURCE_LAT + ",\"accuracy_m\":10},\"checklist\":{"
                + answers + "},\"findings\":[]}";
    }

    private ApiClient.Answer put(String id, String body) {
        return supervisor.exchange(HttpRequest.PUT("/api/inspections/" + id, body).contentType(MediaType.APPLICATION_JSON_TYPE));
    }
}
