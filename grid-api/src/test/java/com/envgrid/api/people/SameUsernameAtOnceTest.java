package com.envgrid.api.people;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.ForkDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two administrators create the same account at the same moment: both requests find the username free, both insert,
 * and the database's unique key turns the later one away — a 409 naming the username, as if it had been taken
 * before, never a 500. The person table is held against inserts until both requests have passed their check, so
 * that the two really meet at the key.
 */
@MicronautTest(transactional = false)
class SameUsernameAtOnceTest extends ApiTestBase {
    ApiClient admin;

    @BeforeEach
    void smallDistrictAndNobodyButRoot() {
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
    }

    @Test
    void two_people_created_at_once_with_one_username_are_a_201_and_a_409_naming_it() throws Exception {
        String person = "{\"name\":\"周一\",\"username\":\"zhou-yi\",\"password\":\"Zhou-yi-pass-2026\",\"role\":\"supervisor\"}";
        List<ApiClient.Answer> answers = atOnce(() -> admin.post("/api/people", person));

        assertOneCreatedAndOneRefused(answers, 201, "zhou-yi");
    }

    @Test
    void two_rosters_imported_at_once_with_one_new_username_are_one_import_and_a_409_naming_it() throws Exception {
        byte[] roster = (RosterWorkbooks.HEADER + "吴二,wu-er,13800000002,网格员,A1,\n").getBytes(StandardCharsets.UTF_8);
        List<ApiClient.Answer> answers = atOnce(() -> admin.exchange(HttpRequest.POST("/api/people/import", roster)
                .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE)));

        assertOneCreatedAndOneRefused(answers, 201, "wu-er");
        assertEquals(1, sql.count("SELECT count(*) FROM assignment a JOIN person p ON p.id = a.person_id"
                + " WHERE p.username = 'wu-er'"), "the refused import wrote nothing");
    }

    private void assertOneCreatedAndOneRefused(List<ApiClient.Answer> answers, int created, String username) {
        List<Integer> statuses = answers.stream().map(ApiClient.Answer::status).sorted().toList();
        ApiClient.Answer refused = answers.stream().filter(a -> a.status() != created).findFirst().orElseThrow();
        assertEquals(List.of(created, 409), statuses, String.valueOf(refused.json()));
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals("conflict.duplicate", refused.json().get("code").asText(), refused.json().toString());
        assertEquals(username, refused.json().get("params").get("value").asText());
        assertEquals("username", refused.json().get("params").get("key").asText());
        assertTrue(refused.json().get("detail").asText().contains(username), refused.json().toString());
        assertEquals(1, sql.count("SELECT count(*) FROM person WHERE username = '" + username + "'"));
    }

    /**
     * Sends the request twice at once, from two threads started together, while the person table takes no insert:
     * it is let go when both requests wait to insert, i.e. both have found the username free.
     */
    private static List<ApiClient.Answer> atOnce(Supplier<ApiClient.Answer> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Connection holder = ForkDatabase.connect()) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.execute("LOCK TABLE person IN SHARE MODE"); // reads go on, inserts wait
            }
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiClient.Answer>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sent.add(threads.submit(() -> {
                    start.await();
                    return request.get();
                }));
            }
            start.countDown();
            awaitInsertsWaiting(holder, 2);
            holder.commit();
            List<ApiClient.Answer> answers = new ArrayList<>();
            for (Future<ApiClient.Answer> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private static void awaitInsertsWaiting(Connection holder, int count) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        try (Statement s = holder.createStatement()) {
            while (System.nanoTime() < deadline) {
                var waiting = s.executeQuery("SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
                        + " WHERE c.relname = 'person' AND l.mode = 'RowExclusiveLock' AND NOT l.granted");
                waiting.next();
                if (waiting.getInt(1) >= count) {
                    return;
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the two requests did not both reach their insert within 30 s");
    }
}
