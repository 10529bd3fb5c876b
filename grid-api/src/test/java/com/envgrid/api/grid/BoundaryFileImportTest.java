package com.envgrid.api.grid;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.layer.GridStore;
import com.envgrid.core.geo.file.Ogr;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.envgrid.core.geo.file.Ogr.collection;
import static com.envgrid.core.geo.file.Ogr.feature;
import static com.envgrid.core.geo.file.Ogr.rectangle;
import static com.envgrid.core.geo.file.Ogr.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Grid boundary files as surveyors deliver them — GeoPackage and zipped Shapefile in CGCS2000 Gauss–Krüger, made
 * by GDAL — inspected and imported over HTTP, and the files that cannot be read refused with what is wrong.
 */
@MicronautTest(transactional = false)
class BoundaryFileImportTest extends ApiTestBase {
    /** lon 120.5, lat 31.2 in CGCS2000 3° Gauss–Krüger CM 120E (EPSG:4549), as PROJ's cs2cs gives it. */
    private static final double E = 547652.4610;
    private static final double N = 3453256.2719;
    private static final String MAPPING = "codeProperty=" + encoded("编码") + "&nameProperty=" + encoded("名称")
            + "&parentProperty=" + encoded("上级") + "&levelProperty=" + encoded("级别");

    /** A street split into two communities, 2 km × 1 km, its south-west corner at lon 120.5, lat 31.2. */
    private static String street(double x, double y) {
        return collection(
                feature("{\"编码\":\"JD\",\"名称\":\"梅村街道\",\"级别\":\"street\"}", rectangle(x, y, 2000, 1000)),
                feature("{\"编码\":\"JD-1\",\"名称\":\"新华社区\",\"上级\":\"JD\",\"级别\":\"community\"}",
                        square(x, y, 1000)),
                feature("{\"编码\":\"JD-2\",\"名称\":\"梅园社区\",\"上级\":\"JD\",\"级别\":\"community\"}",
                        square(x + 1000, y, 1000)));
    }

    private static byte[] geoPackage;
    private static byte[] shapefile;

    @Inject
    GridStore store;

    ApiClient api;

    @BeforeAll
    static void makeFiles() {
        geoPackage = Ogr.geoPackage(street(E, N), "网格", "-a_srs", "EPSG:4549");
        shapefile = Ogr.zippedShapefile(street(E, N), "网格", Set.of(), "-a_srs", "EPSG:4549", "-lco", "ENCODING=GBK");
    }

    @BeforeEach
    void startEmpty() {
        api = ApiClient.asAdmin(http);
        emptyLayer.reset();
    }

    private ApiClient.Answer send(String uri, byte[] body, String type) {
        return api.exchange(HttpRequest.POST(uri, body).contentType(MediaType.of(type)));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode firstError(ApiClient.Answer answer) {
        assertEquals(400, answer.status(), String.valueOf(answer.json()));
        assertTrue(answer.json().has("errors"), answer.json().toString());
        return answer.json().get("errors").get(0);
    }

    @Test
    void inspectingAGeoPackageShowsItsKeysSamplesSystemAndSuggestedMapping() {
        var answer = send("/api/grids/import/inspect", geoPackage, "application/geopackage+sqlite3");
        assertEquals(200, answer.status(), String.valueOf(answer.json()));
        JsonNode json = answer.json();
        assertEquals("geopackage", json.get("format").asText());
        assertEquals("网格", json.get("layer").asText());
        assertEquals(4549, json.get("crs").get("epsg").asInt());
        assertEquals("CGCS2000 / 3-degree Gauss-Kruger CM 120E", json.get("crs").get("name").asText());
        assertEquals("geopackage", json.get("crs").get("source").asText());
        assertEquals(3, json.get("features").asInt());
        assertEquals("Polygon", json.get("geometry_types").get(0).asText());
        List<String> samples = new ArrayList<>();
        json.get("keys").forEach(k -> {
            if (k.get("key").asText().equals("名称")) {
                k.get("samples").forEach(s -> samples.add(s.asText()));
            }
        });
        assertEquals(List.of("梅村街道", "新华社区", "梅园社区"), samples);
        // the south-west corner; Gauss–Krüger grid lines are not meridians and parallels: 0.0002° (20 m) apart
        assertEquals(120.5, json.get("bbox").get(0).asDouble(), 0.0002);
        assertEquals(31.2, json.get("bbox").get(1).asDouble(), 0.0002);
        assertEquals("编码", json.get("suggested").get("code").asText());
        assertEquals("名称", json.get("suggested").get("name").asText());
        assertEquals("上级", json.get("suggested").get("parent").asText());
        assertEquals("级别", json.get("suggested").get("level").asText());
    }

    @Test
    void aGeoPackageInGaussKrugerIsImportedInLonLatAndSaysItsSystem() {
        var answer = send("/api/grids/import?" + MAPPING, geoPackage, "application/octet-stream");
        assertEquals(201, answer.status(), String.valueOf(answer.json()));
        assertEquals(3, answer.json().get("grids").get("new").asInt());
        assertEquals(4549, answer.json().get("crs").get("epsg").asInt());
        assertEquals("geopackage", answer.json().get("crs").get("source").asText());
        Coordinate corner = store.load().layer().find("JD-1").orElseThrow().geometry().getEnvelopeInternal()
                .centre();
        // the middle of the first kilometre square: about 0.0052° east and 0.0045° north of the corner
        assertEquals(120.5053, corner.x, 0.0002);
        assertEquals(31.2045, corner.y, 0.0002);
    }

    @Test
    void aZippedShapefileInGbkIsReadWithItsPrjAndAnswersADryRun() {
        var answer = send("/api/grids/import?dryRun=true&" + MAPPING, shapefile, "application/zip");
        assertEquals(200, answer.status(), String.valueOf(answer.json()));
        assertEquals("prj", answer.json().get("crs").get("source").asText());
        assertEquals(4549, answer.json().get("crs").get("epsg").asInt());
        assertEquals(3, answer.json().get("grids").get("new").asInt());
        var inspected = send("/api/grids/import/inspect", shapefile, "application/x-zip-compressed");
        assertEquals("shapefile", inspected.json().get("format").asText());
        assertEquals("梅村街道", inspected.json().get("keys").get(1).get("samples").get(0).asText());
    }

    @Test
    void filesThatCannotBeReadAreRefusedWithWhatIsWrong() {
        byte[] corrupt = java.util.Arrays.copyOf(shapefile, shapefile.length / 3);
        assertEquals("file.unreadable", firstError(send("/api/grids/import", corrupt, "application/zip"))
                .get("code").asText());
        byte[] withoutShp = Ogr.zippedShapefile(street(E, N), "网格", Set.of(".shp"), "-a_srs", "EPSG:4549");
        assertEquals("file.no_shapefile", firstError(send("/api/grids/import/inspect", withoutShp,
                "application/zip")).get("code").asText());
        byte[] empty = Ogr.geoPackage(collection(), "空", "-a_srs", "EPSG:4549", "-nlt", "POLYGON");
        assertEquals("file.no_features", firstError(send("/api/grids/import", empty,
                "application/geopackage+sqlite3")).get("code").asText());
        JsonNode unknownLayer = firstError(send("/api/grids/import?layer=" + encoded("社区"), geoPackage, "application/octet-stream"));
        assertEquals("file.unknown_layer", unknownLayer.get("code").asText());
        assertEquals("网格", unknownLayer.get("params").get("layers").asText());
        byte[] noPrj = Ogr.zippedShapefile(street(E, N), "网格", Set.of(".prj"));
        JsonNode question = firstError(send("/api/grids/import", noPrj, "application/zip"));
        assertEquals("crs.unknown", question.get("code").asText());
        assertTrue(question.get("message").asText().startsWith("which coordinate system is this?"));
        JsonNode unsupported = firstError(send("/api/grids/import?crs=EPSG:3857", noPrj, "application/zip"));
        assertEquals("crs.unsupported", unsupported.get("code").asText());
        assertEquals("?crs", unsupported.get("pointer").asText());
        assertEquals(0, emptyLayer.storedGrids());
    }

    @Test
    void riversComeFromShapefilesToo() {
        String river = collection(feature("{\"编码\":\"HD-1\",\"河流\":\"望虞河\",\"河长\":\"张三\"}",
                "{\"type\":\"LineString\",\"coordinates\":[[" + E + "," + N + "],[" + (E + 500) + "," + (N + 800)
                        + "]]}"));
        byte[] zip = Ogr.zippedShapefile(river, "河段", Set.of(), "-a_srs", "EPSG:4549", "-lco", "ENCODING=GBK");
        var answer = send("/api/rivers/import", zip, "application/zip");
        assertEquals(201, answer.status(), String.valueOf(answer.json()));
        JsonNode stored = api.get("/api/rivers").json().get("features").get(0);
        assertEquals("望虞河", stored.get("properties").get("river").asText());
        assertEquals(120.5, stored.get("geometry").get("coordinates").get(0).get(0).asDouble(), 1e-6);
    }
}
