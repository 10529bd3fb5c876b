package com.envgrid.api.grid;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static com.envgrid.api.grid.GridFiles.file;
import static com.envgrid.api.grid.GridFiles.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of bad grid file is a 4xx problem that says what and where, and nothing of it is stored. */
@MicronautTest(transactional = false)
class GridBadInputTest extends ApiTestBase {
    ApiClient api;

    @BeforeEach
    void startEmpty() {
        api = ApiClient.asAdmin(http);
        emptyLayer.reset();
    }

    private static final String GOOD_TOWN = "{\"code\":\"A\",\"name\":\"a\",\"level\":\"town\"}";

    private static String polygon(String ring) {
        return "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}";
    }

    static Stream<Arguments> badFiles() {
        String good = GridFiles.geoJson(GridFiles.geometry(square(0, 0, 10, 10)));
        return Stream.of(
                Arguments.of("not JSON", "{\"type\": \"FeatureCollection\", \"features\": [", "", "not valid JSON"),
                Arguments.of("not a FeatureCollection", "{\"type\":\"Feature\",\"geometry\":null}", "/type", "FeatureCollection"),
                Arguments.of("a feature without geometry", file().raw(GOOD_TOWN, "null").json(),
                        "/features/0/geometry", "no geometry"),
                Arguments.of("a feature without code", file().raw("{\"name\":\"a\",\"level\":\"town\"}", good).json(),
                        "/features/0/properties/code", "no code"),
                Arguments.of("an unknown level", file().raw("{\"code\":\"A\",\"level\":\"province\"}", good).json(),
                        "/features/0/properties/level", "unknown level"),
                Arguments.of("a parent that does not exist",
                        file().grid("A1", "community", "NOWHERE", square(0, 0, 10, 10)).json(),
                        "/features/0", "parent NOWHERE"),
                Arguments.of("an unclosed ring", file().raw(GOOD_TOWN,
                                polygon("[[120,30],[120.01,30],[120.01,30.01],[120,30.01]]")).json(),
                        "/features/0/geometry/coordinates/0", "not closed"),
                Arguments.of("a ring of fewer than 4 positions", file().raw(GOOD_TOWN,
                                polygon("[[120,30],[120.01,30],[120,30]]")).json(),
                        "/features/0/geometry/coordinates/0", "at least 4 positions"),
                Arguments.of("a longitude beyond 180", file().raw(GOOD_TOWN,
                                polygon("[[120,30],[190,30],[120.01,30.01],[120,30]]")).json(),
                        "/features/0/geometry/coordinates/0/1", "out of range"),
                Arguments.of("a latitude beyond 90", file().raw(GOOD_TOWN,
                                polygon("[[120,30],[120.01,95],[120.01,30.01],[120,30]]")).json(),
                        "/features/0/geometry/coordinates/0/1", "out of range"),
                Arguments.of("lat/lon swapped", file().raw(GOOD_TOWN,
                                polygon("[[30,120],[30,120.01],[30.01,120.01],[30,120]]")).json(),
                        "/features/0/geometry/coordinates/0/0", "[lat, lon]"),
                Arguments.of("NaN", file().raw(GOOD_TOWN,
                                polygon("[[120,30],[NaN,30],[120.01,30.01],[120,30]]")).json(),
                        "/features/0/geometry/coordinates/0/1", "finite"),
                Arguments.of("one code with two levels", file().raw(GOOD_TOWN, good)
                                .raw("{\"code\":\"A\",\"level\":\"street\"}", good).json(),
                        "/features/1/properties", "level street here but town"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void a_bad_file_is_a_400_problem_naming_what_and_where_and_nothing_is_stored(String what, String body,
                                                                                  String pointer, String message) {
        var answer = api.post("/api/grids/import", body);
        assertEquals(400, answer.status(), what);
        assertEquals("application/problem+json", answer.contentType());
        var error = answer.json().get("errors").get(0);
        assertEquals(pointer, error.get("pointer").asText(), what);
        assertTrue(error.get("message").asText().contains(message), error.get("message").asText());
        assertEquals(0, emptyLayer.storedGrids());
    }

    @Test
    void a_good_feature_is_not_stored_when_another_one_in_the_file_is_bad() {
        var mixed = file().grid("A", "town", null, square(0, 0, 10, 10)).raw(GOOD_TOWN.replace("\"A\"", "\"B\""), "null");
        assertEquals(400, api.post("/api/grids/import", mixed.json()).status());
        assertEquals(0, emptyLayer.storedGrids());
    }

    @Test
    void a_body_that_is_not_json_by_its_content_type_is_refused() {
        var answer = api.exchange(HttpRequest.POST("/api/grids/import", "code,name\nA,a")
                .contentType(MediaType.TEXT_CSV_TYPE));
        assertEquals(415, answer.status());
        assertEquals("application/problem+json", answer.contentType());
    }

    @Test
    void an_unknown_mode_or_level_parameter_is_a_400_naming_the_parameter() {
        var answer = api.post("/api/grids/import?mode=append", file().grid("A", "town", null, square(0, 0, 1, 1)).json());
        assertEquals(400, answer.status());
        assertEquals("?mode", answer.json().get("errors").get(0).get("pointer").asText());
        assertEquals(400, api.get("/api/grids?level=province").status());
    }

    @Test
    void a_wrong_tier_or_an_unknown_path_is_a_problem_never_a_500() {
        for (String uri : new String[]{"/api/grids?tier=9", "/api/grids?tier=abc", "/api/grids?simplify=-3"}) {
            var answer = api.get(uri);
            assertEquals(400, answer.status(), uri);
            assertEquals("application/problem+json", answer.contentType(), uri);
        }
        var unknown = api.get("/api/nothing-here");
        assertEquals(404, unknown.status());
        assertEquals("application/problem+json", unknown.contentType());
    }
}
