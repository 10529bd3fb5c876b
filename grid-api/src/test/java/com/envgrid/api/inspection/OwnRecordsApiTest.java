package com.envgrid.api.inspection;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static com.envgrid.api.inspection.InspectionFixture.SOURCE_LAT;
import static com.envgrid.api.inspection.InspectionFixture.SOURCE_LON;
import static com.envgrid.api.inspection.InspectionFixture.newId;
import static com.envgrid.api.inspection.InspectionFixture.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A supervisor's own recent records and what became of each — the location verdict, a chief's review with its reason,
 * the cases the findings opened, the record that corrects it —, for the history on the field page.
 */
@MicronautTest(transactional = false)
class OwnRecordsApiTest extends ApiTestBase {
    InspectionFixture fixture;
    ApiClient supervisor;

    @BeforeEach
    void districtSourceAndSupervisor() {
        fixture = new InspectionFixture(http, emptyLayer);
        supervisor = fixture.staff.as("supervisor");
    }

    private void put(String id, String body) {
        var answer = supervisor.exchange(HttpRequest.PUT("/api/inspections/" + id, body).contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(201, answer.status(), String.valueOf(answer.json()));
    }

    @Test
    void each_own_record_shows_its_verdict_its_cases_and_its_correction() {
        String plausible = newId();
        put(plausible, record(SOURCE_LON, SOURCE_LAT, 10, "wgs84", "").replace("\"findings\":[]",
                "\"findings\":[{\"category\":\"dust\",\"severity\":\"serious\",\"description\":\"裸土未覆盖\"}]"));
        String flagged = newId();
        put(flagged, record(120.0045, 30.0045, 10, "wgs84", ""));
        assertEquals(200, fixture.staff.as("chief").post("/api/inspections/" + flagged + "/review",
                "{\"accept\":false,\"reason\":\"不在厂区\"}").status());
        String correction = newId();
        put(correction, record(SOURCE_LON, SOURCE_LAT, 10, "wgs84", ",\"corrects\":\"" + flagged + "\""));

        var answer = supervisor.get("/api/inspections/mine");
        assertEquals(200, answer.status(), String.valueOf(answer.json()));
        Map<String, JsonNode> mine = new HashMap<>();
        answer.json().forEach(own -> mine.put(own.get("inspection").get("id").asText(), own));
        assertEquals(3, mine.size(), "the supervisor's three records: " + answer.json());

        assertEquals("plausible", mine.get(plausible).get("verdict").asText());
        assertEquals(1, mine.get(plausible).get("inspection").get("cases").size(), "its finding opened a case");
        assertFalse(mine.get(plausible).hasNonNull("corrected_by"), "nothing corrects it");

        JsonNode rejected = mine.get(flagged);
        assertEquals("rejected", rejected.get("verdict").asText());
        assertEquals("不在厂区", rejected.get("review_reason").asText());
        assertEquals(correction, rejected.get("corrected_by").asText(), "it names the record correcting it");

        assertEquals(flagged, mine.get(correction).get("inspection").get("corrects").asText());
        assertEquals(0, fixture.staff.as("chief").get("/api/inspections/mine").json().size(),
                "the chief sees their own records here, not the supervisor's");
    }

    @Test
    void a_record_awaiting_review_is_flagged() {
        String flagged = newId();
        put(flagged, record(120.0045, 30.0045, 10, "wgs84", ""));
        assertEquals("flagged", supervisor.get("/api/inspections/mine?days=1").json().get(0).get("verdict").asText());
    }

    @Test
    void days_outside_one_to_ninety_are_refused_saying_so() {
        for (String days : new String[] {"0", "91", "abc", "-1", "1e9"}) {
            var answer = supervisor.get("/api/inspections/mine?days=" + days);
            assertEquals(400, answer.status(), days);
            assertTrue(answer.json().toString().contains("days"), answer.json().toString());
        }
    }
}
