package com.envgrid.api.people;

import com.envgrid.api.ApiClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fresh install's first administrator: with a username and a password file but no password (what the platform's
 * own start sets on the embedded database), the first start makes the account with a generated password kept in
 * that file, readable by its owner only; the password signs in and the administrator is asked to choose their own
 * before anything else; a restart makes nobody and keeps the file.
 */
class FirstAdministratorTest {
    private static final String CHOSEN = "Own-choice-2026";

    @Test
    void a_fresh_install_hands_the_first_administrators_generated_password_to_whoever_reads_the_data_directory(
            @TempDir Path dataDir) throws Exception {
        Path file = dataDir.resolve("admin-password");
        Map<String, Object> freshInstall = Map.of("envgrid.admin.username", "admin", "envgrid.admin.password", "",
                "envgrid.admin.password-file", file.toString());
        String password;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, freshInstall, "test");
             HttpClient http = HttpClient.create(server.getURL())) {
            password = Files.readString(file);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertTrue(password.length() >= 12, password);
            ApiClient admin = ApiClient.signedIn(http, "admin", password);
            ApiClient.Answer refused = admin.get("/api/me");
            assertEquals(403, refused.status());
            assertEquals("people.must_change_password", refused.json().get("code").asText());
            assertEquals(204, admin.exchange(HttpRequest.PUT("/api/me/password", "{\"current_password\":\"" + password
                    + "\",\"new_password\":\"" + CHOSEN + "\"}").contentType(MediaType.APPLICATION_JSON_TYPE)).status());
            assertEquals("admin", admin.get("/api/me").json().get("role").asText());
        }

        var restart = new java.util.HashMap<>(freshInstall);
        restart.put("flyway.datasources.default.clean-schema", false);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, restart, "test");
             HttpClient http = HttpClient.create(server.getURL())) {
            assertEquals(password, Files.readString(file), "the file is not written again");
            assertEquals(1, ApiClient.signedIn(http, "admin", CHOSEN).get("/api/people").json().size(),
                    "the account and the password its administrator chose stay as they were");
        }
    }
}
