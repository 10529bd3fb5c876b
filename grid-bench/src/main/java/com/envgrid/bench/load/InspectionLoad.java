package com.envgrid.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load generator for recording inspections over HTTP against a running platform with the demo data: as the
 * demo supervisor, {@code threads} clients each PUT new inspection records (each with its own client-made id,
 * against the supervisor's duties) for {@code seconds}; then the same clients call {@code GET /health} — a trivial
 * endpoint of the same server — for as long. Prints both rates and their ratio. Given several nodes (URLs separated
 * by commas, on one PostgreSQL), it measures the first node alone and then all of them, the clients taking the nodes
 * in turn, in the same run (same database, same machine load), so that the two figures compare; a token from the
 * first node is used on all.
 * <p>
 * Usage: {@code java -cp benchmarks.jar com.envgrid.bench.load.InspectionLoad http://localhost:8080[,http://…] 8 20}
 */
public final class InspectionLoad {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private InspectionLoad() {
    }

    public static void main(String[] args) throws Exception {
        String[] nodes = (args.length > 0 ? args[0] : "http://localhost:8080").split(",");
        String base = nodes[0];
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String admin = login(base, "admin", "Admin#2026demo");
        // the district's month, as the server counts it: the machine's date may be another day
        String period = JSON.readTree(send(base, null, "GET", "/api/today", null).body()).get("today").asText()
                .substring(0, 7);
        send(base, admin, "POST", "/api/duties/generate?period=" + period, "");
        String supervisor = login(base, "supervisor", "Super#2026demo");
        JsonNode duties = JSON.readTree(send(base, supervisor, "GET", "/api/duties?period=" + period + "&mine=true", null).body());
        if (duties.isEmpty()) {
            throw new IllegalStateException("the demo supervisor has no duties in " + period);
        }
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[]{base});
        if (nodes.length > 1) {
            runs.add(nodes);
        }
        double[] recordRates = new double[runs.size()];
        AtomicInteger refusals = new AtomicInteger();
        for (int r = 0; r < runs.size(); r++) {
            String[] over = runs.get(r);
            double records = rate(threads, seconds, i -> {
                JsonNode duty = duties.get(i % duties.size());
                String body = String.format(Locale.ROOT, "{\"duty_id\":%d,\"inspected_at\":\"%s\",\"fix\":{\"lon\":%.7f,"
                        + "\"lat\":%.7f,\"accuracy_m\":8},\"checklist\":{},\"findings\":[],\"notes\":\"load %d\"}",
                        duty.get("id").asLong(), java.time.OffsetDateTime.now().minusMinutes(1),
                        duty.get("lon").asDouble(), duty.get("lat").asDouble(), i);
                var answer = send(over[i % over.length], supervisor, "PUT", "/api/inspections/" + UUID.randomUUID(),
                        body);
                if (answer.statusCode() != 201 && refusals.getAndIncrement() == 0) {
                    System.out.println("  a record was refused: " + answer.statusCode() + " " + answer.body());
                }
                return answer.statusCode() == 201;
            });
            double health = rate(threads, seconds,
                    i -> send(over[i % over.length], null, "GET", "/health", null).statusCode() == 200);
            recordRates[r] = records;
            System.out.printf(Locale.ROOT, "%d node(s), threads %d, %d s each%n", over.length, threads, seconds);
            System.out.printf(Locale.ROOT, "  PUT /api/inspections/{id}: %.0f records/s%n", records);
            System.out.printf(Locale.ROOT, "  GET /health:               %.0f requests/s%n", health);
            System.out.printf(Locale.ROOT, "  ratio inspections / health: %.3f%n", records / health);
        }
        if (runs.size() > 1) {
            System.out.printf(Locale.ROOT, "records/s, %d nodes / 1 node: %.2f%n", nodes.length,
                    recordRates[1] / recordRates[0]);
        }
    }

    interface Call {
        boolean run(int i) throws Exception;
    }

    /** Successful calls per second, with {@code threads} clients calling back to back for {@code seconds}. */
    private static double rate(int threads, int seconds, Call call) throws Exception {
        AtomicInteger counter = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    if (call.run(counter.getAndIncrement())) {
                        ok.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return ok.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static String login(String base, String username, String password) throws Exception {
        var response = send(base, null, "POST", "/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    private static HttpResponse<String> send(String base, String token, String method, String path, String body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
