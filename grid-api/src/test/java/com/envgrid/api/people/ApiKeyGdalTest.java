package com.envgrid.api.people;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real GIS client — GDAL's ogrinfo (Debian gdal-bin) — reads the API with a personal API key, in each way GDAL can
 * present one: HTTP Basic ({@code GDAL_HTTP_AUTH=BASIC}, {@code GDAL_HTTP_USERPWD=user:key}, as QGIS does), a bearer
 * header ({@code GDAL_HTTP_HEADERS}) and {@code ?apikey=} in the URL; it sees the grids its person sees, and nothing
 * with a revoked key.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
class ApiKeyGdalTest extends ApiTestBase {
    @Inject
    EmbeddedServer server;

    StaffFixture staff;
    ApiClient supervisor;

    @BeforeEach
    void theSmallDistrictWithItsStaff() {
        emptyLayer.startOver(ApiClient.asAdmin(http));
        staff = new StaffFixture(http);
        supervisor = staff.as("supervisor");
    }

    private record Run(int exit, String output) {
    }

    /** ogrinfo's summary of the URL's one layer, with these GDAL settings. */
    private Run ogrinfo(String url, Map<String, String> settings) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ogrinfo", "-ro", "-so", "-al", "/vsicurl/" + url));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // one request for the file itself, no directory listing beside it
        builder.environment().put("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
        builder.environment().putAll(settings);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ogrinfo never finished");
        return new Run(process.exitValue(), output);
    }

    private String grids() {
        return "http://127.0.0.1:" + server.getPort() + "/api/grids";
    }

    @Test
    void ogrinfo_reads_the_persons_grids_with_a_key_in_every_way_gdal_presents_one() throws Exception {
        var made = supervisor.post("/api/me/api-keys", "{\"label\":\"GDAL\"}");
        String key = made.json().get("key").asText();
        int seen = supervisor.get("/api/grids").json().get("features").size();
        assertTrue(seen < staff.admin.get("/api/grids").json().get("features").size());

        List<Run> runs = List.of(
                ogrinfo(grids(), Map.of("GDAL_HTTP_AUTH", "BASIC", "GDAL_HTTP_USERPWD", "sup-a1:" + key)),
                ogrinfo(grids(), Map.of("GDAL_HTTP_HEADERS", "Authorization: Bearer " + key)),
                ogrinfo(grids() + "?apikey=" + key, Map.of()));
        for (Run run : runs) {
            assertEquals(0, run.exit(), run.output());
            assertTrue(run.output().contains("Feature Count: " + seen), run.output());
        }

        supervisor.post("/api/me/api-keys/" + made.json().get("api_key").get("id").asLong() + "/revoke", "");
        Run refused = ogrinfo(grids(), Map.of("GDAL_HTTP_AUTH", "BASIC", "GDAL_HTTP_USERPWD", "sup-a1:" + key));
        assertNotEquals(0, refused.exit(), refused.output());
        assertTrue(refused.output().contains("401"), refused.output());
        Run anonymous = ogrinfo(grids(), Map.of());
        assertNotEquals(0, anonymous.exit(), anonymous.output());
    }
}
