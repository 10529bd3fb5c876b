package com.envgrid.api.people;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without a valid token nothing but the public pages answers: none, garbage, tampered, expired, deactivated. */
@MicronautTest(transactional = false)
class TokenTest extends ApiTestBase {
    @Inject
    JwtTokenGenerator tokens;

    private int status(String token) {
        return ApiClient.withToken(http, token).get("/api/grids").status();
    }

    @Test
    void a_request_without_a_token_is_a_401_problem() {
        var answer = ApiClient.anonymous(http).get("/api/grids");
        assertEquals(401, answer.status());
        assertEquals("application/problem+json", answer.contentType());
    }

    @Test
    void a_token_that_is_not_a_jwt_is_refused() {
        assertEquals(401, status("not-a-token"));
    }

    @Test
    void a_token_whose_payload_was_changed_is_refused() {
        String token = ApiClient.asAdmin(http).token();
        assertEquals(200, status(token));
        String[] parts = token.split("\\.");
        // the payload changed (a different subject), the signature kept
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("\"root\"", "\"rooT\"");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes()) + "." + parts[2];
        assertEquals(401, status(tampered));
    }

    @Test
    void an_expired_token_is_refused() {
        long past = Instant.now().minusSeconds(60).getEpochSecond();
        String expired = tokens.generateToken(Map.of("sub", "root", "roles", List.of("admin"), "pid", 1,
                "iat", past - 3600, "exp", past)).orElseThrow();
        assertEquals(401, status(expired));
        String fresh = tokens.generateToken(Map.of("sub", "root", "roles", List.of("admin"), "pid", 1,
                "exp", Instant.now().plusSeconds(600).getEpochSecond())).orElseThrow();
        assertEquals(200, status(fresh), "the same claims, not expired, are accepted");
    }

    @Test
    void a_login_token_lasts_a_working_day_and_is_not_valid_before_it_was_issued() throws Exception {
        var login = ApiClient.anonymous(http).post("/login",
                "{\"username\":\"" + ApiClient.ADMIN + "\",\"password\":\"" + ApiClient.ADMIN_PASSWORD + "\"}");
        assertEquals(28800, login.json().get("expires_in").asLong());
        var claims = new ObjectMapper().readTree(Base64.getUrlDecoder()
                .decode(login.json().get("access_token").asText().split("\\.")[1]));
        assertEquals(8 * 3600, claims.get("exp").asLong() - claims.get("iat").asLong());
        assertTrue(claims.get("nbf").asLong() <= claims.get("iat").asLong());
    }

    @Test
    void a_token_not_valid_yet_is_refused() {
        long now = Instant.now().getEpochSecond();
        String early = tokens.generateToken(Map.of("sub", "root", "roles", List.of("admin"), "pid", 1,
                "iat", now, "nbf", now + 600, "exp", now + 3600)).orElseThrow();
        assertEquals(401, status(early));
    }

    @Test
    void a_token_without_an_expiry_is_refused() {
        String forever = tokens.generateToken(Map.of("sub", "root", "roles", List.of("admin"), "pid", 1,
                "iat", Instant.now().getEpochSecond())).orElseThrow();
        assertEquals(401, status(forever));
    }

    @Test
    void the_token_of_a_deactivated_person_stops_working_at_once() {
        var staff = ApiClient.asAdmin(http);
        var created = staff.post("/api/people", "{\"name\":\"临时\",\"username\":\"leaving\",\"password\":\"Leaving-2026!\",\"role\":\"viewer\"}");
        var leaving = ApiClient.signedIn(http, "leaving", "Leaving-2026!");
        assertEquals(200, leaving.get("/api/grids").status());
        assertEquals(200, staff.post("/api/people/" + created.json().get("id").asLong() + "/deactivate", "").status());
        var refused = leaving.get("/api/grids");
        assertEquals(401, refused.status());
        assertTrue(refused.json().get("detail").asText().contains("deactivated"));
        assertEquals(401, ApiClient.anonymous(http).post("/login",
                "{\"username\":\"leaving\",\"password\":\"Leaving-2026!\"}").status());
    }
}
