package com.envgrid.api.people;

import com.envgrid.api.ApiClient;
import com.envgrid.api.Sql;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@Property(name = "envgrid.logins.max-failures", value = "3")
class LoginTest {
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;

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

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_answer() {
        create("bert", "Bert-pass-2026");
        var wrong = login("bert", "nope-nope-nope");
        var unknown = login("nobody-here", "nope-nope-nope");
        assertEquals(401, wrong.status());
        assertEquals(401, unknown.status());
        assertEquals(wrong.json().get("detail"), unknown.json().get("detail"));
    }

    @Test
    void repeated_failed_logins_lock_the_account_even_against_the_right_password() {
        create("carl", "Carl-pass-2026");
        login("carl", "wrong-1-wrong");
        login("carl", "wrong-2-wrong");
        var third = login("carl", "wrong-3-wrong");
        assertTrue(third.json().get("detail").asText().contains("locked"), third.json().toString());
        var right = login("carl", "Carl-pass-2026");
        assertEquals(401, right.status());
        assertTrue(right.json().get("detail").asText().contains("locked"));
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
