package com.envgrid.api.shared;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static com.envgrid.api.grid.GridFiles.smallDistrict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database goes away — refused (a stopped server) or silent (a lost network) — and comes back, behind a TCP
 * proxy this test switches, while the shared PostgreSQL keeps running: database-backed calls, {@code /login} and
 * {@code /health} answer 503 within seconds (the pool waits 1 s); afterwards the same pool answers again within seconds; a complaint acknowledged
 * before the outage and resent through it is stored once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest extends ApiTestBase implements TestPropertyProvider {
    /**
     * The pool gives up on a connection after 1 s; the bound leaves room for a machine busy with other builds while
     * staying far below what waiting on a silent database would take (the driver's and pool's defaults: 30 s and more).
     */
    private static final long WITHIN_MS = 5000;
    /** Well within the Retry-After a client is given after a couple of tries. */
    private static final long RECOVERY_MS = 10_000;
    private static final String COMPLAINT = "{\"submission_key\":\"outage-1\",\"category\":\"dumping\","
            + "\"description\":\"河边倾倒建筑垃圾\",\"lon\":120.003,\"lat\":30.002}";

    private TcpProxy proxy;
    private final List<String> timings = new ArrayList<>();

    @Override
    public Map<String, String> getProperties() {
        proxy = TcpProxy.toTestDatabase();
        return Map.of("datasources.default.url", proxy.jdbcUrl());
    }

    @BeforeEach
    void databaseReachable() {
        proxy.forward();
    }

    @AfterAll
    void closeProxy() throws IOException {
        proxy.close();
        System.out.println("DatabaseOutageTest answer times: " + String.join(", ", timings));
    }

    @Test
    void an_unreachable_or_silent_database_is_answered_503_within_two_seconds_and_the_pool_recovers() throws Exception {
        ApiClient admin = ApiClient.asAdmin(http);
        assertEquals(201, admin.post("/api/grids/import", smallDistrict().json()).status());
        ApiClient anonymous = ApiClient.anonymous(http);
        var acknowledged = anonymous.post("/api/public/complaints", COMPLAINT);
        assertEquals(201, acknowledged.status(), String.valueOf(acknowledged.json()));

        for (String outage : List.of("refused", "silent")) {
            if (outage.equals("refused")) {
                proxy.refuse();
            } else {
                proxy.blackHole();
            }
            unavailable(outage + " GET /api/people", () -> admin.get("/api/people"));
            unavailable(outage + " POST /api/public/complaints (resent)", () -> anonymous.post("/api/public/complaints",
                    COMPLAINT));
            unavailable(outage + " POST /login", () -> anonymous.post("/login", "{\"username\":\"" + ApiClient.ADMIN
                    + "\",\"password\":\"" + ApiClient.ADMIN_PASSWORD + "\"}"));
            long start = System.nanoTime();
            var health = health();
            long ms = (System.nanoTime() - start) / 1_000_000;
            timings.add(outage + " GET /health " + ms + " ms");
            assertEquals(503, health.getStatus().getCode());
            assertTrue(health.getBody(String.class).orElse("").contains("\"database\""), "the database is named");
            assertTrue(ms < WITHIN_MS, outage + " /health took " + ms + " ms");

            proxy.forward();
            long back = System.nanoTime();
            var people = admin.get("/api/people");
            while (people.status() == 503 && System.nanoTime() - back < RECOVERY_MS * 1_000_000) {
                // the pool retries its connections with a growing back-off; a client does as Retry-After says
                Thread.sleep(200);
                people = admin.get("/api/people");
            }
            timings.add("back after " + outage + ": 200 after " + (System.nanoTime() - back) / 1_000_000 + " ms");
            assertEquals(200, people.status(), "the same pool answers again: " + people.json());
            assertEquals(200, health().getStatus().getCode());
        }
        var resent = anonymous.post("/api/public/complaints", COMPLAINT);
        assertEquals(acknowledged.json().get("id"), resent.json().get("id"), "the resend gets the first receipt");
        assertEquals(1, sql.count("SELECT count(*) FROM complaint WHERE submission_key = 'outage-1'"));
    }

    private void unavailable(String what, Supplier<ApiClient.Answer> call) {
        long start = System.nanoTime();
        var answer = call.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        timings.add(what + " " + ms + " ms");
        assertEquals(503, answer.status(), what + ": " + answer.json());
        assertEquals("application/problem+json", answer.contentType(), what);
        assertTrue(ms < WITHIN_MS, what + " took " + ms + " ms");
        assertTrue(answer.json().get("detail").asText().contains("database"), what + ": " + answer.json());
    }

    private io.micronaut.http.HttpResponse<?> health() {
        try {
            return http.toBlocking().exchange(HttpRequest.GET("/health"), String.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }
}
