package com.envgrid.api.features;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.envgrid.api.grid.GridFiles.smallDistrict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OGC API read by a real GIS client: Debian's GDAL ({@code ogrinfo}, {@code ogr2ogr}, OAPIF driver) against the
 * running test server, signed in with a bearer token in a header file (GDAL_HTTP_HEADER_FILE), as a script would.
 * The district has Chinese names (云溪街道, 东湖社区) that must arrive intact in a GeoPackage.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OgcGdalTest extends ApiTestBase {
    @Inject
    EmbeddedServer server;
    @TempDir
    Path dir;
    ApiClient admin;
    Path headers;

    @BeforeAll
    void districtWithChineseNames() throws IOException {
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin, smallDistrict().json().replace("grid B", "云溪街道").replace("grid A1", "东湖社区"));
        headers = Files.createTempFile("gdal-headers", ".txt");
        Files.writeString(headers, "Authorization: Bearer " + admin.token() + "\n");
        headers.toFile().deleteOnExit();
    }

    String landing() {
        return "OAPIF:http://127.0.0.1:" + server.getPort() + "/ogc/";
    }

    @Test
    void ogrinfo_lists_the_collections_with_their_chinese_titles() {
        String listed = gdal("ogrinfo", "-ro", landing());
        var collections = admin.get("/ogc/collections").json().get("collections");
        assertEquals(5, collections.size());
        collections.forEach(c -> assertTrue(Pattern.compile("\\d+: " + Pattern.quote(c.get("id").asText()) + " \\(title: "
                + Pattern.quote(c.get("title").asText()) + "\\)").matcher(listed).find(), c + " in\n" + listed));
        assertTrue(listed.contains("grids (title: 网格) (Polygon)"), listed);
    }

    @Test
    void every_collection_is_read_whole_page_by_page() {
        List<String> ids = new ArrayList<>();
        admin.get("/ogc/collections").json().get("collections").forEach(c -> ids.add(c.get("id").asText()));
        for (String id : ids) {
            int matched = admin.get("/ogc/collections/" + id + "/items?limit=1").json().get("numberMatched").asInt();
            Run read = run(List.of("ogrinfo", "-ro", "-oo", "PAGE_SIZE=2", "--config", "CPL_DEBUG", "ON", landing(), id));
            assertEquals(matched, count("OGRFeature\\(" + Pattern.quote(id) + "\\)", read.out()), id + ":\n" + read.out());
            long pages = read.err().lines().filter(l -> l.contains("/ogc/collections/" + id + "/items")).count();
            assertTrue(pages >= Math.max(1, (matched + 1) / 2), id + ": " + matched + " features in " + pages
                    + " requests:\n" + read.err());
        }
    }

    @Test
    void a_spatial_filter_reads_the_grids_it_touches() {
        String read = gdal("ogrinfo", "-ro", "-spat", "120.001", "30.001", "120.002", "30.002", landing(), "grids");
        assertEquals(3, count("OGRFeature\\(grids\\)", read), read);
        for (String code : List.of("D", "A", "A1")) {
            assertTrue(read.contains("code (String) = " + code + "\n"), code + " in\n" + read);
        }
    }

    @Test
    void ogr2ogr_converts_a_collection_to_a_geopackage_with_its_chinese_names() {
        Path gpkg = dir.resolve("grids.gpkg");
        gdal("ogr2ogr", "-f", "GPKG", gpkg.toString(), landing(), "grids");
        String copied = gdal("ogrinfo", "-ro", "-al", gpkg.toString());
        assertEquals(5, count("OGRFeature\\(grids\\)", copied), copied);
        assertTrue(copied.contains("name (String) = 云溪街道"), copied);
        assertTrue(copied.contains("name (String) = 东湖社区"), copied);
        assertTrue(copied.contains("WGS 84"), copied);
        String sql = gdal("ogrinfo", "-ro", gpkg.toString(), "-sql", "SELECT name FROM grids WHERE code = 'B'");
        assertTrue(sql.contains("name (String) = 云溪街道"), sql);
    }

    /**
     * GDAL 3.6's OAPIF driver has no CRS open option (3.7 added it): it reads CRS84 alone. What 3.6 can do with a
     * CGCS2000 request is read the items URL with {@code crs=} through its GeoJSON driver, which takes the positions as
     * they come: latitude first, as Part 2 orders EPSG:4490.
     */
    @Test
    void a_cgcs2000_request_read_by_gdal_3_6_has_latitude_first() {
        String driver = gdal("ogrinfo", "--format", "OAPIF");
        assertFalse(driver.contains("name=\"CRS\""), "this GDAL can ask for a CRS: test it with -oo CRS=EPSG:4490");
        String items = "http://127.0.0.1:" + server.getPort() + "/ogc/collections/grids/items?tier=2&crs="
                + "http://www.opengis.net/def/crs/EPSG/0/4490";
        String read = gdal("ogrinfo", "-ro", "-al", "-so", items);
        assertTrue(read.contains("Feature Count: 2"), read);
        assertTrue(read.contains("Extent: (30.000000, 120.000000) - (30.010000, 120.010000)"), read);
    }

    // ---- running GDAL ----

    record Run(String out, String err) {
    }

    private String gdal(String... command) {
        return run(List.of(command)).out();
    }

    private Run run(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("GDAL_HTTP_HEADER_FILE", headers.toString());
            builder.environment().put("GDAL_HTTP_TIMEOUT", "60");
            Path out = Files.createTempFile(dir, "out", ".txt");
            Path err = Files.createTempFile(dir, "err", ".txt");
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), command + " did not finish");
            Run run = new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            assertEquals(0, process.exitValue(), command + ":\n" + run.out() + run.err());
            return run;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int count(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
