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
 * demo administrator, {@code threads} clients each PUT new inspection records (each with its own client-made id,
 * on the district's duties of the month in turn) for {@code seconds}; then the same clients call, for as long each, three endpoints
 * of the same server: {@code GET /health} (which asks the database), {@code GET /api/today} (a trivial endpoint: no
 * database, a small JSON answer through the same router, filters and serialisation) and {@code GET /favicon.svg} (a
 * static file). That is one round; a warm-up round (not counted) and {@code rounds} rounds run back to back, so that a shared machine's drift shows, and
 * every rate, and the ratio of the intake to each baseline, is printed per round and as the median over the rounds.
 * Given several nodes (URLs separated by commas, on one PostgreSQL), it measures the first node alone and then all
 * of them, the clients taking the nodes in turn, in the same run (same database, same machine load), so that the
 * figures compare; a token from the first node is used on all.
 * <p>
 * Usage: {@code java -cp benchmarks.jar com.envgrid.bench.load.InspectionLoad http://localhost:8080[,http://…] 8 20 3}
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
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        String admin = login(base, "admin", "Admin#2026demo");
        // the district's month, as the server counts it: the machine's date may be another day
        String period = JSON.readTree(send(base, null, "GET", "/api/today", null).body()).get("today").asText()
                .substring(0, 7);
        send(base, admin, "POST", "/api/duties/generate?period=" + period, "");
        // records spread over the whole district's duties of the month, by an administrator (who records in every
        // grid), as the field sends them: a duty gets a record or two a period. Piled on one supervisor's few duties,
        // each record would wait for the others on its duty's lock and settle it over hundreds of earlier records.
        String recorder = admin;
        JsonNode duties = JSON.readTree(send(base, recorder, "GET", "/api/duties?period=" + period, null).body());
        if (duties.isEmpty()) {
            throw new IllegalStateException("the demo district has no duties in " + period);
        }
        System.out.printf(Locale.ROOT, "records on the %d duties of %s%n", duties.size(), period);
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[]{base});
        if (nodes.length > 1) {
            runs.add(nodes);
        }
        double[] recordRates = new double[runs.size()];
        AtomicInteger refusals = new AtomicInteger();
        for (int r = 0; r < runs.size(); r++) {
            String[] over = runs.get(r);
            System.out.printf(Locale.ROOT, "%d node(s), threads %d, %d s per endpoint, a warm-up round and %d round(s)%n", over.length,
                    threads, seconds, rounds);
            System.out.println("  round   PUT /api/inspections/{id}  GET /health  GET /api/today  GET /favicon.svg"
                    + "  intake/today  intake/static  intake/health");
            // round 0 warms the server up (its JIT, its pools) and is not counted
            double[][] rates = new double[4][rounds + 1];
            for (int round = 0; round <= rounds; round++) {
                rates[0][round] = rate(threads, seconds, i -> {
                    JsonNode duty = duties.get(i % duties.size());
                    String body = String.format(Locale.ROOT, "{\"duty_id\":%d,\"inspected_at\":\"%s\",\"fix\":{"
                            + "\"lon\":%.7f,\"lat\":%.7f,\"accuracy_m\":8},\"checklist\":{},\"findings\":[],"
                            + "\"notes\":\"load %d\"}", duty.get("id").asLong(),
                            java.time.OffsetDateTime.now().minusMinutes(1), duty.get("lon").asDouble(),
                            duty.get("lat").asDouble(), i);
                    var answer = send(over[i % over.length], recorder, "PUT",
                            "/api/inspections/" + UUID.randomUUID(), body);
                    if (answer.statusCode() != 201 && refusals.getAndIncrement() == 0) {
                        System.out.println("  a record was refused: " + answer.statusCode() + " " + answer.body());
                    }
                    return answer.statusCode() == 201;
                });
                rates[1][round] = rate(threads, seconds,
                        i -> send(over[i % over.length], null, "GET", "/health", null).statusCode() == 200);
                rates[2][round] = rate(threads, seconds,
                        i -> send(over[i % over.length], null, "GET", "/api/today", null).statusCode() == 200);
                rates[3][round] = rate(threads, seconds,
                        i -> send(over[i % over.length], null, "GET", "/favicon.svg", null).statusCode() == 200);
                row(round == 0 ? "warm-up" : String.valueOf(round), rates[0][round], rates[1][round], rates[2][round], rates[3][round]);
            }
            double[] medians = new double[4];
            for (int e = 0; e < 4; e++) {
                medians[e] = median(java.util.Arrays.copyOfRange(rates[e], 1, rounds + 1));
            }
            row("median", medians[0], medians[1], medians[2], medians[3]);
            System.out.printf(Locale.ROOT, "  PUT /api/inspections/{id}: %.0f records/s; GET /api/today (no database):"
                    + " %.0f requests/s; ratio intake / trivial endpoint: %.3f (medians)%n", medians[0], medians[2],
                    medians[0] / medians[2]);
            recordRates[r] = medians[0];
        }
        if (runs.size() > 1) {
            System.out.printf(Locale.ROOT, "records/s, %d nodes / 1 node: %.2f%n", nodes.length,
                    recordRates[1] / recordRates[0]);
        }
    }

    /** One line of the table: the four rates (per second) and the intake's ratio to each baseline. */
    private static void row(String label, double records, double health, double today, double file) {
        System.out.printf(Locale.ROOT, "  %-7s %25.0f %12.0f %15.0f %17.0f %13.3f %14.3f %14.3f%n", label, records,
                health, today, file, records / today, records / file, records / health);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
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
