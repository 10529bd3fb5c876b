package com.envgrid.api.shared;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GDAL (Debian's gdal-bin, 3.6) opens the API's GeoJSON URLs directly, as an analyst would with {@code ogrinfo}: it
 * asks for {@code text/plain, application/json} — not GeoJSON — and used to get a 406 for it.
 */
@MicronautTest(transactional = false)
class GdalReadsTheApiTest extends ApiTestBase {

    @Inject
    EmbeddedServer server;

    @Test
    void ogrinfo_lists_the_first_level_grids_with_a_token_in_a_header() throws Exception {
        ApiClient admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        String summary = ogrinfo(Map.of("GDAL_HTTP_HEADERS", "Authorization: Bearer " + admin.token()),
                "-ro", "-al", "-so", url("/api/grids?tier=1"));
        assertTrue(summary.contains("using driver `GeoJSON' successful"), summary);
        assertTrue(summary.contains("Feature Count: 2"), "towns A and B: " + summary);
        assertTrue(summary.contains("Geometry: Polygon"), summary);
        for (String field : List.of("code: String", "name: String", "level: String", "parent: String")) {
            assertTrue(summary.contains(field), field + " in " + summary);
        }
        String features = ogrinfo(Map.of("GDAL_HTTP_HEADERS", "Authorization: Bearer " + admin.token()),
                "-ro", "-al", "-q", "-where", "code = 'B'", url("/api/grids?tier=1"));
        assertTrue(features.contains("name (String) = grid B"), features);
    }

    @Test
    void ogrinfo_reads_the_public_district_without_a_token() throws Exception {
        emptyLayer.startOver(ApiClient.asAdmin(http));
        String summary = ogrinfo(Map.of(), "-ro", "-al", "-so", url("/api/public/district"));
        assertTrue(summary.contains("Feature Count: 2"), summary);
    }

    @Test
    void without_a_token_ogrinfo_is_told_it_is_not_signed_in_not_that_the_format_is_wrong() throws Exception {
        emptyLayer.startOver(ApiClient.asAdmin(http));
        Result result = run(Map.of(), "ogrinfo", "-ro", "-al", "-so", url("/api/grids?tier=1"));
        assertTrue(result.exit() != 0, result.output());
        assertTrue(result.output().contains("HTTP error code : 401"), result.output());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    private static String ogrinfo(Map<String, String> environment, String... arguments) throws Exception {
        String[] command = new String[arguments.length + 1];
        command[0] = "ogrinfo";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Result result = run(environment, command);
        assertEquals(0, result.exit(), result.output());
        return result.output();
    }

    record Result(int exit, String output) {
    }

    private static Result run(Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("ogrinfo did not finish: " + String.join(" ", command));
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
