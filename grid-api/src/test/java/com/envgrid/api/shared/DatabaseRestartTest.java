package com.envgrid.api.shared;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * PostgreSQL restarts between two requests (every pooled connection is cut, and the server answers again at
 * once): the next request gets a fresh connection, not an error — the pool checks each connection it lends.
 * A context of its own, so that the pool is at rest, not backing off after another test's outage.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseRestartTest extends ApiTestBase implements TestPropertyProvider {
    private TcpProxy proxy;

    @Override
    public Map<String, String> getProperties() {
        proxy = TcpProxy.toTestDatabase();
        return Map.of("datasources.default.url", proxy.jdbcUrl());
    }

    @AfterAll
    void closeProxy() throws IOException {
        proxy.close();
    }

    @Test
    void a_connection_left_stale_by_a_database_restart_is_replaced_not_answered_with_an_error() {
        ApiClient admin = ApiClient.asAdmin(http);
        for (int round = 0; round < 5; round++) {
            assertEquals(200, admin.get("/api/people").status());
            proxy.refuse(); // every pooled connection dies, as in a restart …
            proxy.forward(); // … and the server is back at once
            var answer = admin.get("/api/people");
            assertEquals(200, answer.status(), "round " + round + ": " + answer.json());
        }
    }
}
