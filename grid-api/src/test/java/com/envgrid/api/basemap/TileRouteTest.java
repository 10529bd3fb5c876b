package com.envgrid.api.basemap;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An offline basemap: the platform serves the tiles of an MBTiles file to anyone, by the XYZ numbering web maps use
 * (the file's rows counted from the south), with cache headers; a tile it lacks is a 404, an address no map asks
 * for a 400.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TileRouteTest extends ApiTestBase implements TestPropertyProvider {
    static final byte[] NORTH_WEST = TestMbTiles.png(Color.GREEN);
    static final byte[] SOUTH_WEST = TestMbTiles.png(Color.BLUE);

    @Override
    public Map<String, String> getProperties() {
        try {
            Path file = Files.createTempDirectory("envgrid-tiles-").resolve("district.mbtiles");
            TestMbTiles.write(file, Map.of(new TestMbTiles.Tile(1, 0, 0), NORTH_WEST,
                    new TestMbTiles.Tile(1, 0, 1), SOUTH_WEST), Map.of("name", "test", "format", "png", "maxzoom", "1",
                    "attribution", "测试底图"));
            file.toFile().deleteOnExit();
            return Map.of("envgrid.basemap.mbtiles", file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<byte[]> tile(String path) {
        return http.toBlocking().exchange(HttpRequest.GET(path), byte[].class);
    }

    @Test
    void pages_are_told_to_draw_this_servers_tiles() {
        var config = ApiClient.anonymous(http).get("/api/public/basemap");
        assertEquals(200, config.status());
        assertEquals("/tiles/{z}/{x}/{y}.png", config.json().get("url").asText());
        assertEquals("测试底图", config.json().get("attribution").asText());
        assertEquals(1, config.json().get("max_native_zoom").asInt(), "the map magnifies the deepest tiles beyond");
    }

    @Test
    void a_tile_is_served_by_its_xyz_address_with_cache_headers() {
        var northWest = tile("/tiles/1/0/0.png");
        assertEquals(200, northWest.code());
        assertArrayEquals(NORTH_WEST, northWest.body(), "row 0 is the northern one: TMS row 1 of the file");
        assertEquals("image/png", northWest.getContentType().orElseThrow().toString());
        assertTrue(northWest.header("Cache-Control").contains("max-age="), northWest.header("Cache-Control"));
        assertArrayEquals(SOUTH_WEST, tile("/tiles/1/0/1.png").body());
        String policy = northWest.header("Content-Security-Policy");
        assertTrue(policy.contains("img-src 'self' data: blob:;"), "no other origin for own tiles: " + policy);
    }

    @Test
    void a_tile_the_file_lacks_is_not_found() {
        var missing = ApiClient.anonymous(http).get("/tiles/1/1/0.png");
        assertEquals(404, missing.status());
        assertEquals("application/problem+json", missing.contentType());
        assertTrue(missing.json().get("detail").asText().contains("1/1/0"), missing.json().toString());
    }

    @Test
    void an_address_no_map_asks_for_is_bad_input() {
        for (String path : List.of("/tiles/25/0/0.png", "/tiles/-1/0/0.png", "/tiles/1/2/0.png", "/tiles/1/0/2.png",
                "/tiles/1/-1/0.png", "/tiles/0/0/-1.png", "/tiles/a/0/0.png", "/tiles/1/0/9999999999.png",
                "/tiles/1/0.5/0.png")) {
            var answer = ApiClient.anonymous(http).get(path);
            assertEquals(400, answer.status(), path + ": " + answer.json());
            assertEquals("application/problem+json", answer.contentType(), path);
            assertFalse(answer.json().get("errors").isEmpty(), path + ": " + answer.json());
        }
    }
}
