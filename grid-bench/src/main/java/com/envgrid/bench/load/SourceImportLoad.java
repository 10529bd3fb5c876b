package com.envgrid.bench.load;

import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.geojson.GridFeatureReader;
import com.envgrid.core.grid.geojson.PropertyMapping;
import com.envgrid.core.grid.location.GridLocator;
import com.envgrid.core.source.CreditCode;
import com.envgrid.demo.synthetic.SyntheticDistrict;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Drives grid-bench/load/source-import.sh: imports the benchmark district (4,041 grids) through the API, then times
 * a directory import of {@code rows} new sources (a CSV, random points inside the district) end to end — the
 * request, read, validation, location and write — and the same file again (every row an update).
 */
public final class SourceImportLoad {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SourceImportLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rows = Integer.parseInt(args[1]);
        String token = login(base);
        String geoJson = SyntheticDistrict.benchmarkCityGeoJson(42, 1, 40, 100, 200);
        var layer = send(base, token, "/api/grids/import?mode=replace", "application/json",
                geoJson.getBytes(StandardCharsets.UTF_8));
        if (layer.statusCode() != 201) {
            throw new IllegalStateException("the layer was not imported: " + layer.body());
        }
        byte[] csv = csv(geoJson, rows);
        for (String pass : new String[]{"new", "update"}) {
            long start = System.nanoTime();
            var answer = send(base, token, "/api/sources/import", "text/csv", csv);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("the import was refused: " + answer.body());
            }
            System.out.printf(Locale.ROOT, "source import of %d rows (%s): %.0f ms, %.0f rows/s%n", rows, pass,
                    seconds * 1000, rows / seconds);
        }
    }

    /** A directory CSV of {@code rows} enterprises at random points that some grid of the district covers. */
    private static byte[] csv(String geoJson, int rows) {
        GridLayer layer = GridLayer.of(GridFeatureReader.read(geoJson.getBytes(StandardCharsets.UTF_8),
                PropertyMapping.DEFAULT).grids(), true);
        GridLocator locator = new GridLocator(layer);
        var extent = layer.districts().get(0).geometry().getEnvelopeInternal();
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder csv = new StringBuilder("统一社会信用代码,名称,行业,经度,纬度,重点排污单位,信用等级\n");
        for (int i = 0; i < rows; ) {
            double lon = extent.getMinX() + random.nextDouble() * extent.getWidth();
            double lat = extent.getMinY() + random.nextDouble() * extent.getHeight();
            if (locator.locate(lon, lat).found()) {
                csv.append(CreditCode.withCheckCharacter(String.format(Locale.ROOT, "91990101MA%07d", i)))
                        .append(",企业").append(i).append(",化工,").append(lon).append(',').append(lat)
                        .append(",否,").append("ABCD".charAt(i % 4)).append('\n');
                i++;
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String login(String base) throws Exception {
        String body = send(base, null, "/login", "application/json",
                "{\"username\":\"bench\",\"password\":\"Bench-pass-2026\"}".getBytes(StandardCharsets.UTF_8)).body();
        return body.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }

    private static HttpResponse<String> send(String base, String token, String path, String type, byte[] body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", type);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
