package com.envgrid.api.shared;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.OtherNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import static com.envgrid.api.grid.GridFiles.file;
import static com.envgrid.api.grid.GridFiles.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Several application nodes on one PostgreSQL, behind a load balancer without sticky sessions: this test's own node
 * (A), node B beside it, node C, which does not listen for the layer's announcements and relies on its periodic
 * version check, and for one scenario node D, its database reached through a proxy the test cuts. Whatever a
 * client did on one node holds on the others: the grid layer an import stored, a login, a client's complaint
 * allowance, a client's login lockout.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
@Property(name = "envgrid.complaints.max-per-hour", value = "4")
@Property(name = "envgrid.logins.max-failures", value = "3")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest extends ApiTestBase {
    /** The bound: a node holds another node's import within a second. */
    private static final Duration PROPAGATION = Duration.ofSeconds(1);
    /** How long a test waits for what has no bound of its own (a periodic check, a reconnection) before failing. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int POOL = 5;
    private static final String B_SPLIT = file().grid("B1", "community", "B", square(10, 0, 20, 5))
            .grid("B2", "community", "B", square(10, 5, 20, 10)).json();

    private OtherNode b;
    private OtherNode c;
    private ApiClient admin;

    @BeforeAll
    void otherNodes() {
        b = OtherNode.start(configured(Map.of()));
        c = OtherNode.start(configured(Map.of("envgrid.grids.watch.listen", false,
                "envgrid.grids.watch.check-every", "200ms")));
    }

    /**
     * The configuration of this test's node, as every node of a deployment shares it, plus {@code own}; with a pool
     * of {@value #POOL} connections (the test sends no more requests at once to one node), for the test database's
     * server is shared.
     */
    private static Map<String, Object> configured(Map<String, Object> own) {
        Map<String, Object> all = new HashMap<>(Map.of("test.clock", "mutable",
                "envgrid.complaints.max-per-hour", "4", "envgrid.logins.max-failures", "3",
                "datasources.default.maximum-pool-size", POOL));
        all.putAll(own);
        return all;
    }

    @AfterAll
    void stopOtherNodes() {
        b.close();
        c.close();
    }

    @BeforeEach
    void smallDistrictOnly() {
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
    }

    @Test
    void an_import_through_one_node_is_located_on_another_within_a_second() {
        ApiClient onB = ApiClient.withToken(b.http(), admin.token());
        awaitChain(onB, List.of("B", "D"), PATIENCE);

        var imported = admin.post("/api/grids/import?mode=merge", B_SPLIT);
        assertEquals(201, imported.status(), String.valueOf(imported.json()));
        long took = awaitChain(onB, List.of("B1", "B", "D"), PROPAGATION);
        System.out.println("TwoNodesTest: an import on node A located on node B after " + took + " ms");
    }

    @Test
    void a_node_that_does_not_listen_picks_up_an_import_by_its_periodic_check() {
        ApiClient onC = ApiClient.withToken(c.http(), admin.token());
        awaitChain(onC, List.of("B", "D"), PATIENCE);

        assertEquals(201, admin.post("/api/grids/import?mode=merge", B_SPLIT).status());
        long took = awaitChain(onC, List.of("B1", "B", "D"), PATIENCE);
        System.out.println("TwoNodesTest: node C (no LISTEN, checking every 200 ms) after " + took + " ms");
    }

    @Test
    void a_node_cut_off_from_the_database_during_an_import_holds_it_once_connected_again() throws IOException {
        try (TcpProxy proxy = TcpProxy.toTestDatabase();
             OtherNode d = OtherNode.start(configured(Map.of("datasources.default.url", proxy.jdbcUrl())))) {
            ApiClient onD = ApiClient.withToken(d.http(), admin.token());
            awaitChain(onD, List.of("B", "D"), PATIENCE);

            proxy.refuse();
            assertEquals(201, admin.post("/api/grids/import?mode=merge", B_SPLIT).status());
            proxy.forward();
            long took = awaitChain(onD, List.of("B1", "B", "D"), PATIENCE);
            System.out.println("TwoNodesTest: node D, its announcement lost, after " + took + " ms");
        }
    }

    @Test
    void a_login_on_one_node_is_valid_on_the_other() {
        assertEquals(401, ApiClient.anonymous(b.http()).get("/api/grids").status());
        ApiClient onB = ApiClient.withToken(b.http(), admin.token());
        // node B takes up the layer this test started over with by itself, a moment after node A wrote it
        awaitChain(onB, List.of("B", "D"), PATIENCE);
        var grids = onB.get("/api/grids");
        assertEquals(200, grids.status(), String.valueOf(grids.json()));
        assertEquals(5, grids.json().get("features").size());
    }

    @Test
    void a_clients_complaints_split_across_nodes_meet_one_allowance_even_at_the_same_moment() {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> filed = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(10);
        for (int i = 0; i < 10; i++) {
            HttpClient node = i % 2 == 0 ? http : b.http();
            filed.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return complain(node);
            }, clients));
        }
        start.countDown();
        List<Integer> statuses = filed.stream().map(CompletableFuture::join).toList();
        clients.shutdown();
        assertEquals(4, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(6, statuses.stream().filter(s -> s == 429).count(), statuses.toString());
        assertEquals(4, sql.count("SELECT count(*) FROM complaint"));
        assertEquals(429, complain(http));
        assertEquals(429, complain(b.http()));
    }

    @Test
    void failed_logins_on_both_nodes_count_towards_one_lockout() {
        var created = admin.post("/api/people", "{\"name\":\"n\",\"username\":\"nina\",\"password\":\"Nina-pass-2026\","
                + "\"phone\":\"13800138000\",\"role\":\"supervisor\"}");
        assertEquals(201, created.status(), String.valueOf(created.json()));
        assertEquals(401, login(http, "nina", "wrong-1-wrong"));
        assertEquals(401, login(b.http(), "nina", "wrong-2-wrong"));
        assertEquals(401, login(http, "nina", "wrong-3-wrong"));
        assertEquals(401, login(b.http(), "nina", "Nina-pass-2026"), "locked on B by failures on A and B");
        assertEquals(401, login(http, "nina", "Nina-pass-2026"), "and on A");
        assertEquals(401, login(c.http(), "nina", "Nina-pass-2026"), "and on C");
    }

    private static int complain(HttpClient node) {
        return ApiClient.anonymous(node).post("/api/public/complaints", "{\"category\":\"noise\","
                + "\"description\":\"工地夜间施工\",\"lon\":120.003,\"lat\":30.002}").status();
    }

    private static int login(HttpClient node, String username, String password) {
        return ApiClient.anonymous(node).post("/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}").status();
    }

    /** Waits until the node locates the point (15, 2) in {@code chain}, at most {@code bound}; the milliseconds it took. */
    private static long awaitChain(ApiClient node, List<String> chain, Duration bound) {
        long started = System.nanoTime();
        BooleanSupplier located = () -> chain.equals(chainAt(node));
        while (!located.getAsBoolean()) {
            long waited = (System.nanoTime() - started) / 1_000_000;
            assertTrue(waited <= bound.toMillis(), "after " + waited + " ms the node still locates (15, 2) in "
                    + chainAt(node) + ", not " + chain);
            pause();
        }
        long took = (System.nanoTime() - started) / 1_000_000;
        assertTrue(took <= bound.toMillis(), "located as " + chain + " only after " + took + " ms");
        return took;
    }

    private static List<String> chainAt(ApiClient node) {
        var answer = node.get("/api/grids/locate?lon=120.015&lat=30.002");
        List<String> codes = new ArrayList<>();
        if (answer.status() == 200) {
            answer.json().get("grids").forEach(g -> codes.add(g.get("code").asText()));
        }
        return codes;
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
