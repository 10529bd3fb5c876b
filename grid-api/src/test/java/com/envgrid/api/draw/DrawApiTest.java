package com.envgrid.api.draw;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.core.duty.RandomDraw;
import com.envgrid.core.source.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 双随机一公开 through the API: sealed before it runs, reproducible from what is published, public without login. */
@MicronautTest(transactional = false)
class DrawApiTest extends ApiTestBase {
    ApiClient admin;
    StaffFixture staff;

    @BeforeEach
    void twentySourcesAndInspectors() {
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        StringBuilder csv = new StringBuilder("统一社会信用代码,名称,经度,纬度,信用等级\n");
        for (int i = 0; i < 20; i++) {
            String code = CreditCode.withCheckCharacter(String.format("91320214MA1E%05d", i));
            double lon = i % 2 == 0 ? 120.003 : 120.015;
            csv.append(code).append(",企业").append(i).append(',').append(lon).append(",30.00").append(2 + i % 7)
                    .append(',').append("ABCD".charAt(i % 4)).append('\n');
        }
        admin.exchange(HttpRequest.POST("/api/sources/import", csv.toString().getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv"));
        staff = new StaffFixture(http);
        for (int i = 0; i < 3; i++) {
            staff.assign(staff.freshPerson("supervisor"), "B", "supervisor");
        }
    }

    private JsonNode seal(String body) {
        var sealed = admin.post("/api/draws", body);
        assertEquals(201, sealed.status(), String.valueOf(sealed.json()));
        return sealed.json();
    }

    private static List<String> drawnCodes(JsonNode draw) {
        List<String> codes = new ArrayList<>();
        draw.get("items").forEach(i -> codes.add(i.get("object_code").asText()));
        return codes;
    }

    @Test
    void a_sealed_draw_publishes_its_seed_and_candidate_hash_before_it_runs() {
        var sealed = seal("{\"title\":\"2026年第四季度双随机抽查\",\"period\":\"2026-Q4\",\"count\":5,\"seed\":\"abc123\"}");
        assertEquals(20, sealed.get("candidate_count").asInt());
        var published = ApiClient.anonymous(http).get("/api/public/draws/" + sealed.get("id").asLong());
        assertEquals(200, published.status());
        assertEquals("abc123", published.json().get("seed").asText());
        List<String> codes = new ArrayList<>();
        published.json().get("candidate_codes").forEach(c -> codes.add(c.asText()));
        assertEquals(RandomDraw.candidateHash(codes), published.json().get("candidate_hash").asText(),
                "anyone can check the hash from the published candidates");
        assertEquals(0, published.json().get("items").size());
    }

    @Test
    void the_same_seed_and_candidates_give_the_same_draw_and_another_seed_another() {
        String body = "{\"title\":\"t\",\"period\":\"2026-Q4\",\"count\":6,\"seed\":\"S\"}";
        var first = admin.post("/api/draws/" + seal(body).get("id").asLong() + "/run", "").json();
        var second = admin.post("/api/draws/" + seal(body).get("id").asLong() + "/run", "").json();
        var other = admin.post("/api/draws/" + seal(body.replace("\"S\"", "\"T\"")).get("id").asLong() + "/run", "").json();
        assertEquals(6, drawnCodes(first).size());
        assertEquals(drawnCodes(first), drawnCodes(second));
        assertNotEquals(drawnCodes(first), drawnCodes(other));
    }

    @Test
    void a_stratified_draw_takes_from_each_rating_in_proportion() {
        var run = admin.post("/api/draws/" + seal("{\"title\":\"t\",\"period\":\"2026-Q4\",\"share\":0.4,"
                + "\"stratify_by_rating\":true,\"seed\":\"x\"}").get("id").asLong() + "/run", "").json();
        long[] perRating = new long[4];
        run.get("items").forEach(i -> perRating["ABCD".indexOf(i.get("rating").asText())]++);
        assertEquals(List.of(2L, 2L, 2L, 2L), List.of(perRating[0], perRating[1], perRating[2], perRating[3]));
    }

    @Test
    void inspectors_never_supervise_the_object_s_own_grid_and_the_public_sees_no_names() {
        long id = seal("{\"title\":\"t\",\"period\":\"2026-Q4\",\"count\":20,\"seed\":\"y\"}").get("id").asLong();
        var run = admin.post("/api/draws/" + id + "/run", "").json();
        run.get("items").forEach(item -> {
            if (item.get("grid_code").asText().equals("B")) {
                item.get("inspectors").forEach(p -> assertEquals(staff.supervisorA1Id, p.get("id").asLong(),
                        "only the supervisor of A1 may inspect in B"));
            } else if (item.get("grid_code").asText().equals("A1")) {
                item.get("inspectors").forEach(p -> assertNotEquals(staff.supervisorA1Id, p.get("id").asLong()));
                assertEquals(2, item.get("inspectors").size());
            }
        });
        JsonNode published = ApiClient.anonymous(http).get("/api/public/draws/" + id).json();
        assertEquals(20, published.get("items").size());
        published.get("items").forEach(item -> assertFalse(item.has("inspectors")));
        assertFalse(published.toString().contains("sup-a1"), "no inspector's name anywhere");
        assertEquals(409, admin.post("/api/draws/" + id + "/run", "").status(), "a draw runs once");
    }

    @Test
    void bad_draw_requests_are_a_400_naming_the_field_and_only_administrators_draw() {
        var both = admin.post("/api/draws", "{\"title\":\"t\",\"period\":\"2026-Q4\",\"count\":2,\"share\":0.5}");
        assertEquals(400, both.status());
        var noPeriod = admin.post("/api/draws", "{\"title\":\"t\",\"period\":\"later\",\"count\":2}");
        assertEquals("/period", noPeriod.json().get("errors").get(0).get("pointer").asText());
        var filtered = admin.post("/api/draws", "{\"title\":\"t\",\"period\":\"2026-Q4\",\"count\":2,\"filter\":"
                + "{\"kind\":\"spaceship\",\"grid\":\"999999\",\"industry\":\"\",\"ratings\":[\"E\"]}}");
        assertEquals(400, filtered.status(), "a filter that would choose nothing, silently, is refused: " + filtered.json());
        Set<String> pointers = new TreeSet<>();
        filtered.json().get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
        assertEquals(Set.of("/filter/grid", "/filter/industry", "/filter/kind", "/filter/ratings"), pointers);
        var chinese = admin.post("/api/draws", "{\"title\":\"企业\",\"period\":\"2026-Q4\",\"count\":1,"
                + "\"filter\":{\"kind\":\"企业\"}}");
        assertEquals(201, chinese.status(), String.valueOf(chinese.json()));
        assertEquals("enterprise", chinese.json().get("filter").get("kind").asText(), "the kind as the vocabulary reads it");
        assertEquals(403, staff.as("chief").post("/api/draws", "{\"title\":\"t\",\"period\":\"2026-Q4\",\"count\":2}").status());
        assertTrue(ApiClient.anonymous(http).get("/api/draws").status() == 401);
    }
}
