package com.envgrid.bench.load;

import com.envgrid.demo.synthetic.SyntheticDistrict;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Drives grid-bench/load/coverage.sh: {@code import N} loads a city of N benchmark districts (4,000 second-level
 * grids of ~200 vertices each) through the API; {@code measure N} times, five times each, and prints the median of:
 * one district's coverage (its first-level rows) and the city's (every district's row, every first-level row) for
 * 2026-Q3, the coverage rows and the GeoJSON layer at first and at second level, a town's trend over four quarters,
 * and the quarter's problem and complaint points; {@code cached N}, on a server that keeps coverage in memory, times
 * the first view of a period's map and then the median of five more.
 */
public final class CoverageLoad {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private CoverageLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = login(base);
        int districts = Integer.parseInt(args[2]);
        if (args[1].equals("import")) {
            long start = System.nanoTime();
            var answer = send(base, token, "POST", "/api/grids/import?mode=replace",
                    SyntheticDistrict.benchmarkCityGeoJson(42, districts, 40, 100, 200));
            System.out.printf(Locale.ROOT, "layer import of %d districts: HTTP %d in %d ms%n", districts,
                    answer.statusCode(), (System.nanoTime() - start) / 1_000_000);
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("the layer was not imported: " + answer.body());
            }
            return;
        }
        if (args[1].equals("cached")) {
            // a server that keeps coverage: the first view of each period computes it, the next ones do not; a
            // view of another period first loads the layer and warms the server up
            send(base, token, "GET", "/api/coverage/rows?period=2026-Q1&level=first", null);
            firstThenMedian(base, token, "/api/coverage?period=2026-Q3&level=first");
            firstThenMedian(base, token, "/api/coverage?period=2026-Q3&level=second");
            firstThenMedian(base, token, "/api/coverage/rows?period=2026-Q2&level=first");
            firstThenMedian(base, token, "/api/coverage.csv?period=2026-Q2&parent=990101");
            return;
        }
        time(base, token, "/api/coverage.csv?period=2026-Q3&parent=990101");
        time(base, token, "/api/coverage/rows?period=2026-Q3&level=district");
        time(base, token, "/api/coverage.csv?period=2026-Q3&level=first");
        for (String level : new String[]{"first", "second"}) {
            time(base, token, "/api/coverage/rows?period=2026-Q3&level=" + level);
            time(base, token, "/api/coverage?period=2026-Q3&level=" + level);
        }
        String rows = send(base, token, "GET", "/api/coverage/rows?period=2026-Q3&level=first", null).body();
        String town = rows.replaceAll("(?s)^\\[\\{\"code\":\"([^\"]+)\".*", "$1");
        time(base, token, "/api/coverage/trend?grid=" + town + "&period=2026-Q3&count=4");
        time(base, token, "/api/coverage/points?period=2026-Q3");
    }

    /** Sends the GET once and prints its time, then as {@link #time}. */
    private static void firstThenMedian(String base, String token, String path) throws Exception {
        long start = System.nanoTime();
        var answer = send(base, token, "GET", path, null);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + answer.body());
        }
        System.out.printf(Locale.ROOT, "GET %s: first %d ms%n", path, (System.nanoTime() - start) / 1_000_000);
        time(base, token, path);
    }

    /** Sends the GET five times and prints the median time. */
    private static void time(String base, String token, String path) throws Exception {
        long[] ms = new long[5];
        int size = 0;
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            var answer = send(base, token, "GET", path, null);
            ms[i] = (System.nanoTime() - start) / 1_000_000;
            size = answer.body().length();
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + ": " + answer.body());
            }
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "GET %s: median %d ms (runs %s, %d bytes)%n", path, ms[ms.length / 2],
                Arrays.toString(ms), size);
    }

    private static String login(String base) throws Exception {
        String body = send(base, null, "POST", "/login", "{\"username\":\"bench\",\"password\":\"Bench-pass-2026\"}").body();
        return body.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }

    private static HttpResponse<String> send(String base, String token, String method, String path, String body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(60))
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
