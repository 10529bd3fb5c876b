package com.envgrid.api.features;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.core.geo.file.Ogr;
import com.envgrid.core.geo.file.OgrInfo;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Collections downloaded as GIS desktops get them — GeoPackage and zipped Shapefile through {@code f=gpkg|shp} on the
 * OGC items — and opened with GDAL's ogrinfo: the coordinate system asked for, every feature the JSON counts (no
 * page limit, the filters applied), Chinese names intact, and only what the caller may read.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
@Property(name = "test.clock-start", value = "2026-12-07T02:00:00Z") // 10:00 in the district
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OgcDownloadsTest extends ApiTestBase {
    static final String CGCS2000 = "http://www.opengis.net/def/crs/EPSG/0/4490";

    private ApiClient admin;
    private ApiClient supervisor;

    @BeforeAll
    void district() {
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin, OgcDownloadsFixture.districtInChinese());
        supervisor = new StaffFixture(http).as("supervisor");
    }

    private HttpResponse<byte[]> download(ApiClient as, String uri) {
        MutableHttpRequest<?> request = HttpRequest.GET(uri);
        if (as.token() != null) {
            request.bearerAuth(as.token());
        }
        try {
            return http.toBlocking().exchange(request, byte[].class);
        } catch (HttpClientResponseException e) {
            return (HttpResponse<byte[]>) e.getResponse();
        }
    }

    private static String filename(HttpResponse<?> response) {
        String disposition = response.header("Content-Disposition");
        assertTrue(disposition != null && disposition.startsWith("attachment; filename=\""), disposition);
        return disposition.substring(disposition.indexOf('"') + 1, disposition.lastIndexOf('"'));
    }

    private int numberMatched(ApiClient as, String items) {
        ApiClient.Answer page = as.get(items + (items.contains("?") ? "&" : "?") + "f=json&limit=1");
        assertEquals(200, page.status(), String.valueOf(page.json()));
        return page.json().get("numberMatched").asInt();
    }

    @Test
    void aTierAsGeoPackageInWgs84HoldsEveryGridTheJsonCountsWithChineseNames() {
        HttpResponse<byte[]> response = download(admin, "/ogc/collections/grids-tier-2/items?f=gpkg&limit=1");
        assertEquals(200, response.code());
        assertEquals("application/geopackage+sqlite3", response.getContentType().orElseThrow().toString());
        assertEquals("grids-tier-2_2026-12-07.gpkg", filename(response));
        OgrInfo info = Ogr.info(response.body(), filename(response));
        assertEquals(4326, info.epsg());
        assertEquals(numberMatched(admin, "/ogc/collections/grids-tier-2/items"), info.featureCount());
        assertEquals(2, info.featureCount(), "no page limit: limit=1 is not applied to downloads");
        assertTrue(info.text().contains("name (String) = 春潮社区"), info.text());
        assertTrue(info.text().contains("name (String) = 长江社区"), info.text());
        assertTrue(info.text().contains("parent_name (String) = 旺庄街道"), info.text());
    }

    @Test
    void aFilteredCollectionAsZippedShapefileInCgcs2000() {
        String items = "/ogc/collections/grids/items?level=community";
        HttpResponse<byte[]> response = download(admin, items + "&f=shp&crs=" + CGCS2000);
        assertEquals(200, response.code());
        assertEquals("application/zip", response.getContentType().orElseThrow().toString());
        assertEquals("grids_2026-12-07_cgcs2000.zip", filename(response));
        OgrInfo info = Ogr.info(response.body(), filename(response));
        assertEquals(4490, info.epsg());
        assertEquals(numberMatched(admin, items), info.featureCount());
        assertEquals(2, info.featureCount());
        assertTrue(info.text().contains("name (String) = 春潮社区"), info.text());
        assertTrue(info.fields().contains("prnt_cd: String (1.0)"), info.fields().toString());
        assertTrue(info.fields().contains("sprvsr_cnt: Integer64 (18.0)"), info.fields().toString());
    }

    @Test
    void aBoundingBoxNarrowsTheDownloadAsItNarrowsThePages() {
        // the south half of town A: A1 and the towns and district around it
        String items = "/ogc/collections/grids-tier-2/items?bbox=120.002,30.001,120.003,30.002";
        HttpResponse<byte[]> response = download(admin, items + "&f=gpkg&crs=" + CGCS2000);
        OgrInfo info = Ogr.info(response.body(), filename(response));
        assertEquals(4490, info.epsg());
        assertEquals(1, info.featureCount());
        assertEquals(numberMatched(admin, items), info.featureCount());
        assertTrue(info.text().contains("code (String) = A1"), info.text());
    }

    @Test
    void aSupervisorsDownloadHoldsTheirGridAlone() {
        for (String f : List.of("gpkg", "shp")) {
            HttpResponse<byte[]> response = download(supervisor, "/ogc/collections/grids/items?f=" + f);
            assertEquals(200, response.code());
            OgrInfo info = Ogr.info(response.body(), filename(response));
            assertEquals(1, info.featureCount(), info.text());
            assertEquals(numberMatched(supervisor, "/ogc/collections/grids/items"), info.featureCount());
            assertTrue(info.text().contains("name (String) = 春潮社区"), info.text());
            assertFalse(info.text().contains("长江社区"), info.text());
        }
    }

    @Test
    void theAnonymousPublicDownloadsThePublicOutlineAndNothingElse() {
        ApiClient anonymous = ApiClient.anonymous(http);
        HttpResponse<byte[]> outline = download(anonymous, "/ogc/collections/grids/items?f=shp");
        assertEquals(200, outline.code());
        OgrInfo info = Ogr.info(outline.body(), filename(outline));
        assertEquals(numberMatched(anonymous, "/ogc/collections/grids/items"), info.featureCount());
        assertTrue(info.text().contains("name (String) = 旺庄街道"), info.text());
        assertFalse(info.text().contains("春潮社区"), "the public outline has no communities: " + info.text());
        assertEquals(401, download(anonymous, "/ogc/collections/grids-tier-1/items?f=gpkg").code());
    }

    @Test
    void anUnknownCoordinateSystemOrFormatIsABadRequestNamingTheParameter() {
        ApiClient.Answer crs = admin.get("/ogc/collections/grids/items?f=gpkg&crs=EPSG:4549");
        assertEquals(400, crs.status());
        assertEquals("?crs", crs.json().get("errors").get(0).get("pointer").asText(), crs.json().toString());
        ApiClient.Answer format = admin.get("/ogc/collections/grids/items?f=kml");
        assertEquals(400, format.status());
        assertEquals("?f", format.json().get("errors").get(0).get("pointer").asText(), format.json().toString());
        assertTrue(format.json().toString().contains("gpkg") && format.json().toString().contains("shp"),
                "the accepted formats are named: " + format.json());
    }

    @Test
    void theCollectionAndItsPagesLinkToTheDownloads() {
        JsonNode collection = admin.get("/ogc/collections/grids-tier-1").json();
        assertTrue(hasLink(collection, "enclosure", "application/geopackage+sqlite3", "/ogc/collections/grids-tier-1/items?f=gpkg"),
                collection.toString());
        assertTrue(hasLink(collection, "enclosure", "application/zip", "/ogc/collections/grids-tier-1/items?f=shp"),
                collection.toString());
        JsonNode page = admin.get("/ogc/collections/grids/items?level=community&limit=1").json();
        assertTrue(hasLink(page, "alternate", "application/geopackage+sqlite3", "level=community"), page.toString());
        assertTrue(hasLink(page, "alternate", "application/zip", "f=shp"), page.toString());
    }

    private static boolean hasLink(JsonNode json, String rel, String type, String hrefPart) {
        for (JsonNode link : json.get("links")) {
            if (rel.equals(link.get("rel").asText()) && type.equals(link.get("type").asText())
                    && link.get("href").asText().contains(hrefPart)) {
                return true;
            }
        }
        return false;
    }
}
