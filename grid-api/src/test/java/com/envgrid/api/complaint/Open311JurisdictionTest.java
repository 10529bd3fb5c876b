package com.envgrid.api.complaint;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.grid.GridFiles;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.envgrid.api.grid.GridFiles.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenario: a city of two districts, 320214 in the west and 320215 in the east, takes complaints through Open311;
 * a client names the district it sends to, or the city (320200), with {@code jurisdiction_id}.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
class Open311JurisdictionTest extends ApiTestBase {
    /** West: district 320214 (0..20 × 0..10); east: district 320215 (30..50 × 0..10). */
    static final String CITY = GridFiles.file()
            .grid("320214", "清源区", "district", null, square(0, 0, 20, 10))
            .grid("320214001", "云溪街道", "street", "320214", square(0, 0, 10, 10))
            .grid("320214002", "柳塘街道", "street", "320214", square(10, 0, 20, 10))
            .grid("320215", "东澜区", "district", null, square(30, 0, 50, 10))
            .grid("320215001", "观澜街道", "street", "320215", square(30, 0, 40, 10))
            .grid("320215002", "望江街道", "street", "320215", square(40, 0, 50, 10))
            .json();
    private static final String WEST = "lat=30.005&long=120.005";
    private static final String EAST = "lat=30.005&long=120.035";

    @Inject
    MutableClock clock;

    ApiClient anonymous;

    @BeforeEach
    void aCityOfTwoDistricts() {
        clock.set(Instant.parse("2026-11-27T02:00:00Z"));
        emptyLayer.startOver(ApiClient.asAdmin(http), CITY);
        anonymous = ApiClient.anonymous(http);
    }

    private ApiClient.Answer post(String extension, String form) {
        return anonymous.exchange(HttpRequest.POST("/open311/v2/requests." + extension, form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    }

    private ApiClient.Answer send(String jurisdiction, String where) {
        return post("json", "service_code=noise&description=%E5%B7%A5%E5%9C%B0%E5%A4%9C%E9%97%B4%E6%96%BD%E5%B7%A5&"
                + where + (jurisdiction == null ? "" : "&jurisdiction_id=" + jurisdiction));
    }

    private String sent(String jurisdiction, String where) {
        var answer = send(jurisdiction, where);
        assertEquals(201, answer.status(), String.valueOf(answer.json()));
        return answer.json().get(0).get("service_request_id").asText();
    }

    private List<String> listed(String query) {
        var answer = anonymous.get("/open311/v2/requests.json" + query);
        assertEquals(200, answer.status(), String.valueOf(answer.json()));
        List<String> ids = new ArrayList<>();
        answer.json().forEach(r -> ids.add(r.get("service_request_id").asText()));
        return ids.stream().sorted().toList();
    }

    @Test
    void each_district_and_the_city_offer_the_services_and_an_unknown_jurisdiction_is_a_400_naming_it() {
        for (String jurisdiction : List.of("320214", "320215", "320200")) {
            var services = anonymous.get("/open311/v2/services.json?jurisdiction_id=" + jurisdiction);
            assertEquals(200, services.status(), jurisdiction);
            assertTrue(services.json().size() > 0, jurisdiction);
        }
        var unknown = anonymous.get("/open311/v2/services.json?jurisdiction_id=320299");
        assertEquals(400, unknown.status());
        String description = unknown.json().get(0).get("description").asText();
        assertTrue(description.contains("jurisdiction_id") && description.contains("320214")
                && description.contains("320215") && description.contains("320200"), description);
        var xml = anonymous.get("/open311/v2/requests.xml?jurisdiction_id=320299");
        assertEquals(400, xml.status());
        assertTrue(xml.contentType().contains("xml"));
    }

    @Test
    void a_request_sent_to_a_district_lands_there_and_the_public_sees_which_district_received_it() {
        String east = sent("320215", EAST);
        String west = sent("320214", WEST);
        var eastView = anonymous.get("/api/public/complaints/" + east).json();
        assertEquals("320215", eastView.get("district_code").asText());
        assertEquals("东澜区", eastView.get("district_name").asText());
        assertEquals("320215001", eastView.get("grid_code").asText());
        assertEquals("清源区", anonymous.get("/api/public/complaints/" + west).json().get("district_name").asText());
    }

    @Test
    void a_point_in_another_district_than_the_one_named_is_a_400_naming_jurisdiction_id_and_files_nothing() {
        for (String extension : List.of("json", "xml")) {
            var answer = post(extension, "service_code=noise&description=x&" + EAST + "&jurisdiction_id=320214");
            assertEquals(400, answer.status(), extension);
            assertTrue(extension.equals("xml") ? answer.contentType().contains("xml")
                    : answer.json().get(0).get("description").asText().startsWith("jurisdiction_id:"),
                    String.valueOf(answer.json()));
        }
        JsonNode error = send("320214", EAST).json().get(0);
        assertTrue(error.get("description").asText().contains("320215"), "names the district it lies in: " + error);
        assertEquals(List.of(), listed(""), "nothing filed");
        sent("320200", EAST);
        sent(null, WEST);
        assertEquals(2, listed("").size(), "the city's code, or none, takes a point in any district");
    }

    @Test
    void requests_are_listed_and_found_per_jurisdiction() {
        String west = sent("320214", WEST);
        String east = sent("320215", EAST);
        assertEquals(List.of(west), listed("?jurisdiction_id=320214"));
        assertEquals(List.of(east), listed("?jurisdiction_id=320215"));
        assertEquals(List.of(west, east).stream().sorted().toList(), listed("?jurisdiction_id=320200"));
        assertEquals(List.of(west, east).stream().sorted().toList(), listed(""));
        assertEquals(200, anonymous.get("/open311/v2/requests/" + east + ".json?jurisdiction_id=320215").status());
        assertEquals(404, anonymous.get("/open311/v2/requests/" + east + ".json?jurisdiction_id=320214").status());
    }
}
