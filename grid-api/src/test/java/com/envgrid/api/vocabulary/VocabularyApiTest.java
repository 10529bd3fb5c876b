package com.envgrid.api.vocabulary;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.core.complaint.ComplaintCategory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GET /api/vocabulary as the pages read it: public, cacheable, and naming each term as the rest of the server does —
 * a complaint category exactly as Open311's service list names it, in the same order.
 */
@MicronautTest(transactional = false)
class VocabularyApiTest extends ApiTestBase {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anyone_reads_the_vocabulary_and_may_cache_it() throws Exception {
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET("/api/vocabulary"), String.class);

        assertEquals(200, response.code());
        assertEquals("public, max-age=3600", response.header(HttpHeaders.CACHE_CONTROL));
        JsonNode vocabulary = JSON.readTree(response.body());
        for (String name : new String[]{"complaint_category", "complaint_channel", "complaint_state", "satisfaction",
                "case_state", "finding_category", "severity", "source_kind", "operating_status", "zone_level",
                "grid_level", "role", "escalation_level", "target_kind", "duty_status", "post"}) {
            assertTrue(vocabulary.path(name).isArray() && !vocabulary.path(name).isEmpty(), "no terms for " + name);
            for (JsonNode term : vocabulary.path(name)) {
                assertTrue(!term.path("key").asText().isEmpty() && !term.path("labels").path("zh-CN").asText().isEmpty(),
                        name + " has a term without key or Chinese label: " + term);
            }
        }
    }

    @Test
    void complaint_categories_are_named_as_open311_names_its_services() {
        ApiClient anonymous = ApiClient.anonymous(http);
        Map<String, String> services = new LinkedHashMap<>();
        anonymous.get("/open311/v2/services.json").json()
                .forEach(s -> services.put(s.path("service_code").asText(), s.path("service_name").asText()));
        Map<String, String> categories = new LinkedHashMap<>();
        anonymous.get("/api/vocabulary").json().path("complaint_category")
                .forEach(c -> categories.put(c.path("key").asText(), c.path("labels").path("zh-CN").asText()));

        assertEquals(ComplaintCategory.values().length, services.size(), "every complaint category is a service: " + services);
        assertEquals(services.entrySet().stream().toList(), categories.entrySet().stream().toList());
        assertEquals("秸秆焚烧", categories.get("burning"));
        assertEquals("废气异味", categories.get("odour"));
    }

    @Test
    void the_other_vocabularies_use_the_names_the_server_reads() {
        JsonNode vocabulary = ApiClient.anonymous(http).get("/api/vocabulary").json();

        assertEquals("建筑工地", label(vocabulary, "source_kind", "construction_site"));
        assertEquals("运营", label(vocabulary, "operating_status", "operating"));
        assertEquals("待复核", label(vocabulary, "case_state", "awaiting_verification"));
        assertEquals("网格长", label(vocabulary, "role", "chief"));
        assertEquals("危废", label(vocabulary, "finding_category", "hazardous_waste"));
    }

    @Test
    void duties_and_escalations_are_named_by_the_server_and_forms_offer_its_order() {
        JsonNode vocabulary = ApiClient.anonymous(http).get("/api/vocabulary").json();

        assertEquals("河道巡查", label(vocabulary, "target_kind", "river_patrol"));
        assertEquals("监管对象", label(vocabulary, "target_kind", "source"));
        assertEquals("待巡查", label(vocabulary, "duty_status", "open"));
        assertEquals("逾期", label(vocabulary, "duty_status", "overdue"));
        assertEquals("网格长", label(vocabulary, "escalation_level", "chief"));
        assertEquals("网格员", label(vocabulary, "post", "supervisor"));
        assertEquals("区局", label(vocabulary, "escalation_level", "district"));
        assertEquals(List.of("supervisor", "chief", "district"), keys(vocabulary, "escalation_level"));
        assertEquals(List.of("minor", "general", "serious"), keys(vocabulary, "severity"), "least serious first");
        assertEquals(List.of("wastewater", "exhaust", "dust", "solid_waste", "hazardous_waste", "noise",
                "straw_burning", "river_litter", "radiation", "other"), keys(vocabulary, "finding_category"));
    }

    private static List<String> keys(JsonNode vocabulary, String name) {
        List<String> keys = new ArrayList<>();
        vocabulary.path(name).forEach(term -> keys.add(term.path("key").asText()));
        return keys;
    }

    private static String label(JsonNode vocabulary, String name, String key) {
        for (JsonNode term : vocabulary.path(name)) {
            if (term.path("key").asText().equals(key)) {
                return term.path("labels").path("zh-CN").asText();
            }
        }
        throw new AssertionError(name + " has no term " + key);
    }
}
