package com.envgrid.api.grid;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The district's outline for the public map: its first-level grids with code, name and level alone and the extent
 * the map starts at, for anyone, cached until the next grid import.
 */
@MicronautTest(transactional = false)
class PublicDistrictTest extends ApiTestBase {

    @Test
    void anyone_gets_the_first_level_grids_and_the_districts_extent_and_nothing_about_people() {
        ApiClient admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        var outline = ApiClient.anonymous(http).get("/api/public/district");
        assertEquals(200, outline.status());
        assertEquals("application/geo+json", outline.contentType());
        assertEquals("[120.0,30.0,120.02,30.01]", outline.json().get("bbox").toString());
        Set<String> codes = new TreeSet<>();
        outline.json().get("features").forEach(f -> {
            codes.add(f.get("id").asText());
            assertEquals(Set.of("code", "name", "level", "district", "district_name"), fieldNames(f.get("properties")),
                    f.toString());
        });
        assertEquals(Set.of("A", "B"), codes, "the towns and streets, not the district nor the communities");
    }

    @Test
    void the_outline_is_cached_until_the_next_grid_import() {
        ApiClient admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        var first = http.toBlocking().exchange(HttpRequest.GET("/api/public/district"), String.class);
        String etag = first.header("ETag");
        assertTrue(first.header("Cache-Control").startsWith("public, max-age="), first.header("Cache-Control"));
        var again = http.toBlocking().exchange(HttpRequest.GET("/api/public/district").header("If-None-Match", etag),
                String.class);
        assertEquals(304, again.code());
        var renamed = admin.post("/api/grids/import", GridFiles.smallDistrict().json().replace("grid B", "云溪街道"));
        assertEquals(201, renamed.status(), String.valueOf(renamed.json()));
        var afterImport = http.toBlocking().exchange(HttpRequest.GET("/api/public/district")
                .header("If-None-Match", etag), String.class);
        assertEquals(200, afterImport.code());
        assertNotEquals(etag, afterImport.header("ETag"));
        assertTrue(afterImport.body().contains("云溪街道"), afterImport.body());
    }

    private static Set<String> fieldNames(com.fasterxml.jackson.databind.JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
