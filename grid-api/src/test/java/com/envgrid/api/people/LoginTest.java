package com.envgrid.api.people;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@Property(name = "envgrid.logins.max-failures", value = "3")
@Property(name = "test.clock", value = "mutable")
// the platform's own bcrypt cost, not the other tests' cheaper one
@Property(name = "envgrid.passwords.bcrypt-cost", value = PasswordHashing.DEFAULT_COST)
class LoginTest extends ApiTestBase {
    @Inject
    MutableClock clock;

    private ApiClient.Answer login(String username, String password) {
        return ApiClient.anonymous(http).post("/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    private void create(String username, String password) {
        var answer = ApiClient.asAdmin(http).post("/api/people", "{\"name\":\"n\",\"username\":\"" + username
                + "\",\"password\":\"" + password + "\",\"phone\":\"13800138000\",\"role\":\"supervisor\"}");
        assertEquals(201, answer.status(), String.valueOf(answer.json()));
        assertFalse(answer.json().toString().contains(password), "the password is never echoed");
    }

    @Test
    void a_login_gives_a_bearer_token_with_the_role() {
        create("anna", "Anna-pass-2026");
        var answer = login("anna", "Anna-pass-2026");
        assertEquals(200, answer.status());
        assertEquals("Bearer", answer.json().get("token_type").asText());
        assertEquals("supervisor", answer.json().get("roles").get(0).asText());
    }

    private ApiClient.Answer loginFrom(String forwardedFor, String username, String password) {
        return ApiClient.anonymous(http).exchange(HttpRequest.POST("/login",
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE).header("X-Forwarded-For", forwardedFor));
    }

    @Test
    void an_unknown_user_a_wrong_password_a_deactivated_and_a_locked_account_get_one_answer() {
        create("bert", "Bert-pass-2026");
        create("bess", "Bess-pass-2026");
        var wrong = login("bert", "nope-nope-nope");
        var unknown = login("nobody-here", "nope-nope-nope");
        for (int i = 0; i < 3; i++) {
            login("bess", "nope-nope-nope");
        }
        var locked = login("bess", "Bess-pass-2026");
        long bessId = sql.count("SELECT id FROM person WHERE username = 'bess'");
        ApiClient.asAdmin(http).post("/api/people/" + sql.count("SELECT id FROM person WHERE username = 'bert'")
                + "/deactivate", "");
        var deactivated = login("bert", "Bert-pass-2026");
        for (var answer : List.of(wrong, unknown, locked, deactivated)) {
            assertEquals(401, answer.status());
            assertEquals(wrong.contentType(), answer.contentType());
            assertEquals(wrong.json(), answer.json());
        }
        assertEquals("login.wrong_credentials", wrong.json().get("code").asText(), "the pages say it from the code");
        assertEquals(1, sql.count("SELECT count(*) FROM login_failure WHERE person_id = " + bessId
                + " AND locked_until IS NOT NULL"), "bess is in fact locked");
    }

    @Test
    void a_client_that_keeps_failing_waits_longer_each_time_and_forged_forwarded_for_headers_do_not_help() {
        create("carl", "Carl-pass-2026");
        for (int i = 0; i < 3; i++) {
            // not a trusted proxy here: the header is the client's own word and does not make it another client
            loginFrom("198.51.100." + i, "carl", "wrong-" + i + "-wrong");
        }
        assertEquals(401, loginFrom("198.51.100.99", "carl", "Carl-pass-2026").status(),
                "waiting a minute, even with the right password");
        clock.advance(Duration.ofSeconds(61));
        assertEquals(401, login("carl", "wrong-4-wrong").status());
        clock.advance(Duration.ofSeconds(61));
        assertEquals(401, login("carl", "Carl-pass-2026").status(), "the fourth failure: two minutes");
        clock.advance(Duration.ofSeconds(60));
        assertEquals(200, login("carl", "Carl-pass-2026").status());
        assertEquals(0, sql.count("SELECT count(*) FROM login_failure WHERE person_id = "
                + sql.count("SELECT id FROM person WHERE username = 'carl'")), "a success forgets the failures");
    }

    @Test
    void an_administrator_sees_who_is_locked_and_unlocks_them_audited() {
        create("cleo", "Cleo-pass-2026");
        long id = sql.count("SELECT id FROM person WHERE username = 'cleo'");
        for (int i = 0; i < 3; i++) {
            login("cleo", "wrong-" + i + "-wrong");
        }
        var admin = ApiClient.asAdmin(http);
        assertTrue(admin.get("/api/people/" + id).json().get("locked").asBoolean());
        long audited = sql.count("SELECT count(*) FROM audit_log WHERE action = 'unlock' AND entity_id = '" + id + "'");
        create("cora", "Cora-pass-2026");
        var cora = ApiClient.signedIn(http, "cora", "Cora-pass-2026");
        assertEquals(403, cora.post("/api/people/" + id + "/unlock", "").status(), "only administrators unlock");
        var unlocked = admin.post("/api/people/" + id + "/unlock", "");
        assertEquals(200, unlocked.status(), String.valueOf(unlocked.json()));
        assertFalse(unlocked.json().get("locked").asBoolean());
        assertEquals(200, login("cleo", "Cleo-pass-2026").status());
        assertEquals(audited + 1, sql.count("SELECT count(*) FROM audit_log WHERE action = 'unlock' AND entity_id = '"
                + id + "'"));
        assertEquals(404, admin.post("/api/people/999999/unlock", "").status());
        assertFalse(cora.get("/api/me").json().has("locked"), "only administrators see locks");
    }

    @Test
    void passwords_are_stored_only_as_bcrypt_hashes_and_never_logged() {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        var level = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.DEBUG); // the most a misconfigured server would print
        try {
            create("dora", "Dora-secret-2026");
            login("dora", "Dora-secret-2026");
            login("dora", "Dora-wrong-2026");
        } finally {
            root.setLevel(level);
            root.detachAppender(logs);
        }
        assertFalse(logs.list.isEmpty(), "the requests were logged at debug level");
        String stored = sql.text("SELECT password_hash FROM person WHERE username = 'dora'");
        assertTrue(stored.startsWith("$2a$11$"), stored);
        assertEquals(0, sql.count("SELECT count(*) FROM person WHERE password_hash LIKE '%Dora-secret-2026%'"));
        assertTrue(logs.list.stream().noneMatch(e -> e.getFormattedMessage().contains("Dora-secret-2026")
                || e.getFormattedMessage().contains("Dora-wrong-2026")));
    }
}
