package com.envgrid.api.people;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.TestPhotos;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Personal API keys as a GIS client uses them: made once and shown once, presented as a bearer, as HTTP Basic or as
 * {@code ?apikey=}, acting exactly as the person's login does, read-only unless made to write, and shut the moment
 * they are revoked, expire or their person is deactivated.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
class ApiKeyTest extends ApiTestBase {
    @Inject
    MutableClock clock;

    StaffFixture staff;
    ApiClient supervisor;

    @BeforeEach
    void theSmallDistrictWithItsStaff() {
        emptyLayer.startOver(ApiClient.asAdmin(http));
        staff = new StaffFixture(http);
        supervisor = staff.as("supervisor");
    }

    private String newKey(ApiClient who, String body) {
        var made = who.post("/api/me/api-keys", body);
        assertEquals(201, made.status(), String.valueOf(made.json()));
        return made.json().get("key").asText();
    }

    /** The three ways a client presents a key, as {@code user}. */
    private static List<Function<HttpRequest<?>, MutableHttpRequest<?>>> presentations(String user, String key) {
        return List.of(
                r -> ((MutableHttpRequest<?>) r).bearerAuth(key),
                r -> ((MutableHttpRequest<?>) r).basicAuth(user, key),
                r -> ((MutableHttpRequest<?>) r).uri(URI.create(r.getUri() + (r.getUri().getQuery() == null ? "?" : "&")
                        + "apikey=" + URLEncoder.encode(key, StandardCharsets.UTF_8))));
    }

    private ApiClient.Answer send(MutableHttpRequest<?> request) {
        return ApiClient.anonymous(http).exchange(request);
    }

    private static Set<String> codes(JsonNode grids) {
        Set<String> codes = new TreeSet<>();
        grids.get("features").forEach(f -> codes.add(f.get("properties").get("code").asText()));
        return codes;
    }

    @Test
    void each_way_of_presenting_a_key_sees_exactly_what_the_persons_login_sees() {
        String key = newKey(supervisor, "{\"label\":\"QGIS 办公室\"}");
        Set<String> byLogin = codes(supervisor.get("/api/grids").json());
        assertTrue(byLogin.size() < codes(staff.admin.get("/api/grids").json()).size(), "the supervisor sees fewer grids");
        for (var present : presentations("sup-a1", key)) {
            var grids = send(present.apply(HttpRequest.GET("/api/grids")));
            assertEquals(200, grids.status(), String.valueOf(grids.json()));
            assertEquals(byLogin, codes(grids.json()));
            assertEquals(supervisor.get("/api/grids/B").status(), send(present.apply(HttpRequest.GET("/api/grids/B")))
                    .status(), "a grid beyond the person's is refused alike");
            assertEquals(403, send(present.apply(HttpRequest.GET("/api/grids/B"))).status());
            var me = send(present.apply(HttpRequest.GET("/api/me")));
            assertEquals("sup-a1", me.json().get("username").asText());
            assertEquals(staff.supervisorA1Id, me.json().get("id").asLong());
        }
    }

    @Test
    void a_read_only_key_reads_and_a_key_that_writes_writes() {
        String readOnly = newKey(supervisor, "{\"label\":\"只读\"}");
        String writes = newKey(supervisor, "{\"label\":\"脚本\",\"writes\":true}");
        byte[] jpeg = TestPhotos.image("jpg", 8, 7);
        for (var present : presentations("sup-a1", readOnly)) {
            var refused = send(present.apply(HttpRequest.PUT("/api/photos/" + TestPhotos.sha256(jpeg), jpeg)
                    .contentType("image/jpeg")));
            assertEquals(403, refused.status());
            assertEquals("application/problem+json", refused.contentType());
            assertEquals("api_key.read_only", refused.json().get("code").asText());
            assertEquals(200, send(present.apply(HttpRequest.HEAD("/api/grids"))).status());
        }
        assertEquals(0, sql.count("SELECT count(*) FROM photo"));
        for (var present : presentations("sup-a1", writes)) {
            var stored = send(present.apply(HttpRequest.PUT("/api/photos/" + TestPhotos.sha256(jpeg), jpeg)
                    .contentType("image/jpeg")));
            assertTrue(stored.status() == 201 || stored.status() == 200, String.valueOf(stored.json()));
        }
        assertEquals(1, sql.count("SELECT count(*) FROM photo"));
        var grids = ApiClient.withApiKey(http, writes).post("/api/people/" + staff.supervisorA1Id + "/assignments",
                "{\"grid_code\":\"B\",\"duty\":\"supervisor\"}");
        assertEquals(403, grids.status(), "a key that writes still writes only what its person may");
    }

    @Test
    void a_wrong_revoked_or_expired_key_or_a_deactivated_persons_is_a_401_that_does_not_say_which() {
        String kept = newKey(supervisor, "{\"label\":\"kept\"}");
        String revoked = newKey(supervisor, "{\"label\":\"revoked\"}");
        String expiring = newKey(supervisor, "{\"label\":\"today only\",\"expires_on\":\""
                + LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")) + "\"}");
        long revokedId = supervisor.get("/api/me/api-keys").json().get(1).get("id").asLong();
        assertEquals(200, ApiClient.withApiKey(http, revoked).get("/api/grids").status());
        var revocation = supervisor.post("/api/me/api-keys/" + revokedId + "/revoke", "");
        assertEquals(200, revocation.status());
        assertEquals("revoked", revocation.json().get("state").asText());
        String wrong = kept.substring(0, kept.length() - 4) + (kept.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertEquals(200, ApiClient.withApiKey(http, expiring).get("/api/grids").status());
        Instant now = clock.instant();
        try {
            clock.advance(Duration.ofDays(1));
            for (String key : List.of(revoked, expiring, wrong, "egk_short", "nonsense-key")) {
                for (var present : presentations("sup-a1", key)) {
                    var refused = send(present.apply(HttpRequest.GET("/api/grids")));
                    assertEquals(401, refused.status(), key);
                    assertEquals("application/problem+json", refused.contentType());
                    if (key.startsWith("egk_")) {
                        assertEquals("api_key.invalid", refused.json().get("code").asText());
                        assertTrue(refused.json().get("detail").asText().contains("wrong, revoked or expired"));
                    }
                }
            }
            assertEquals(200, ApiClient.withApiKey(http, kept).get("/api/grids").status());
        } finally {
            clock.set(now);
        }
        // a key presented on a route open to all is refused too, rather than read as nobody's
        assertEquals(401, send(HttpRequest.GET("/api/today?apikey=" + wrong)).status());
        assertEquals(200, send(HttpRequest.GET("/api/today")).status());
        // Basic names the key's person, or nobody
        assertEquals(401, send(HttpRequest.GET("/api/grids").basicAuth("chief-a", kept)).status());
        assertEquals(401, send(HttpRequest.GET("/api/grids").basicAuth("sup-a1", StaffFixture.PASSWORD)).status(),
                "HTTP Basic takes keys, not passwords");

        staff.admin.post("/api/people/" + staff.supervisorA1Id + "/deactivate", "");
        for (var present : presentations("sup-a1", kept)) {
            var refused = send(present.apply(HttpRequest.GET("/api/grids")));
            assertEquals(401, refused.status());
            assertTrue(refused.json().get("detail").asText().contains("deactivated"));
        }
    }

    @Test
    void a_refusal_challenges_no_browser_to_a_basic_sign_in() {
        for (var request : List.of(HttpRequest.GET("/api/grids"), HttpRequest.GET("/api/grids").basicAuth("x", "y"),
                HttpRequest.GET("/api/grids").bearerAuth("egk_" + "A".repeat(43)))) {
            try {
                http.toBlocking().exchange(request, String.class);
            } catch (HttpClientResponseException e) {
                assertEquals(401, e.getStatus().getCode());
                HttpResponse<?> response = e.getResponse();
                assertFalse(response.getHeaders().getAll("WWW-Authenticate").stream()
                        .anyMatch(h -> h.toLowerCase().startsWith("basic")), String.valueOf(response.getHeaders().asMap()));
            }
        }
    }

    @Test
    void the_key_is_shown_once_and_only_its_hash_and_prefix_are_stored() {
        var made = supervisor.post("/api/me/api-keys", "{\"label\":\"GDAL\"}");
        String key = made.json().get("key").asText();
        assertTrue(key.matches("egk_[A-Za-z0-9_-]{43}"), key);
        JsonNode shown = made.json().get("api_key");
        assertEquals(key.substring(0, 12), shown.get("prefix").asText());
        assertFalse(shown.get("writes").asBoolean(), "read-only unless asked");
        assertEquals("active", shown.get("state").asText());

        String listed = supervisor.get("/api/me/api-keys").toString() + staff.admin.get("/api/people/"
                + staff.supervisorA1Id + "/api-keys").toString() + staff.admin.get("/api/audit").toString();
        assertFalse(listed.contains(key.substring(12)), "the key is in no list and no audit entry");
        assertEquals(ApiKeys.sha256(key), sql.text("SELECT hash FROM api_key WHERE id = " + shown.get("id").asLong()));
        assertEquals(0, sql.count("SELECT count(*) FROM api_key WHERE row_to_json(api_key)::text LIKE '%"
                + key.substring(12) + "%'"), "no column holds the key");
    }

    @Test
    void making_and_revoking_keys_is_audited() {
        var made = staff.admin.post("/api/people/" + staff.supervisorA1Id + "/api-keys",
                "{\"label\":\"为网格员配置 QGIS\",\"writes\":true,\"expires_on\":\"2027-06-30\"}");
        assertEquals(201, made.status(), String.valueOf(made.json()));
        long id = made.json().get("api_key").get("id").asLong();
        assertEquals(staff.supervisorA1Id, made.json().get("api_key").get("person_id").asLong());
        assertEquals("sup-a1", ApiClient.withApiKey(http, made.json().get("key").asText()).get("/api/me").json()
                .get("username").asText());
        assertEquals(200, staff.admin.post("/api/people/" + staff.supervisorA1Id + "/api-keys/" + id + "/revoke", "")
                .status());
        assertEquals("create,revoke", sql.text("SELECT string_agg(action, ',' ORDER BY id) FROM audit_log"
                + " WHERE entity = 'api_key' AND entity_id = '" + id + "' AND actor = 'root'"));
        assertEquals("true", sql.text("SELECT after->>'writes' FROM audit_log WHERE entity = 'api_key' AND action ="
                + " 'create' AND entity_id = '" + id + "'"));
        assertEquals("为网格员配置 QGIS", sql.text("SELECT after->>'label' FROM audit_log WHERE entity = 'api_key'"
                + " AND action = 'revoke' AND entity_id = '" + id + "'"));
    }

    @Test
    void nobody_but_its_person_and_administrators_sees_or_revokes_a_key() {
        newKey(supervisor, "{\"label\":\"mine\"}");
        long id = supervisor.get("/api/me/api-keys").json().get(0).get("id").asLong();
        ApiClient chief = staff.as("chief");
        assertEquals(404, chief.post("/api/me/api-keys/" + id + "/revoke", "").status());
        assertEquals(403, chief.get("/api/people/" + staff.supervisorA1Id + "/api-keys").status());
        assertEquals(403, chief.post("/api/people/" + staff.supervisorA1Id + "/api-keys/" + id + "/revoke", "").status());
        assertEquals(404, staff.admin.post("/api/people/" + staff.chiefAId + "/api-keys/" + id + "/revoke", "").status(),
                "a key is revoked under its own person");
        assertEquals(0, chief.get("/api/me/api-keys").json().size());
        assertNull(sql.text("SELECT revoked_at::text FROM api_key WHERE id = " + id));
        assertEquals(1, staff.admin.get("/api/people/" + staff.supervisorA1Id + "/api-keys").json().size());
    }

    @Test
    void a_key_makes_no_keys_and_a_login_token_still_works() {
        String key = newKey(supervisor, "{\"label\":\"writes\",\"writes\":true}");
        var refused = ApiClient.withApiKey(http, key).post("/api/me/api-keys", "{\"label\":\"another\"}");
        assertEquals(403, refused.status());
        assertEquals("api_key.sign_in_needed", refused.json().get("code").asText());
        assertEquals(200, supervisor.get("/api/grids").status(), "the login's JWT, beside the key");
        assertEquals(401, ApiClient.withToken(http, supervisor.token() + "x").get("/api/grids").status());
    }

    @Test
    void an_account_that_must_change_its_password_uses_no_key_until_it_did() throws Exception {
        String key = newKey(supervisor, "{\"label\":\"k\"}");
        sql.execute("UPDATE person SET must_change_password = true WHERE username = 'sup-a1'");
        for (String uri : List.of("/api/grids", "/ogc/collections")) {
            var refused = ApiClient.withApiKey(http, key).get(uri);
            assertEquals(403, refused.status(), uri);
            assertEquals("people.must_change_password", refused.json().get("code").asText());
        }
        sql.execute("UPDATE person SET must_change_password = false WHERE username = 'sup-a1'");
        assertEquals(200, ApiClient.withApiKey(http, key).get("/api/grids").status());
    }

    @Test
    void its_last_use_is_written_at_most_once_a_minute() {
        String key = newKey(supervisor, "{\"label\":\"k\"}");
        assertNull(sql.text("SELECT last_used_at::text FROM api_key"));
        ApiClient client = ApiClient.withApiKey(http, key);
        client.get("/api/grids");
        String first = sql.text("SELECT last_used_at::text FROM api_key");
        clock.advance(Duration.ofSeconds(30));
        client.get("/api/grids");
        assertEquals(first, sql.text("SELECT last_used_at::text FROM api_key"), "not again within the minute");
        clock.advance(Duration.ofSeconds(31));
        client.get("/api/grids");
        assertFalse(first.equals(sql.text("SELECT last_used_at::text FROM api_key")));
        assertFalse(supervisor.get("/api/me/api-keys").json().get(0).get("last_used_at").isNull());
    }

    @Test
    void a_label_and_an_expiry_are_checked() {
        var refused = supervisor.post("/api/me/api-keys", "{\"label\":\"  \",\"expires_on\":\"2001-01-01\"}");
        assertEquals(400, refused.status());
        assertEquals("api_key.label", refused.json().get("errors").get(0).get("code").asText());
        assertEquals("/expires_on", refused.json().get("errors").get(1).get("pointer").asText());
        assertEquals(0, sql.count("SELECT count(*) FROM api_key"));
    }
}
