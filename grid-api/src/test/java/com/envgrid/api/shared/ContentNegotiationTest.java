package com.envgrid.api.shared;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clients get an answer whatever they put in Accept, as long as it admits something the route has: every GET route
 * answers {@code application/json} and {@code *}{@code /*}; the GeoJSON routes answer GeoJSON as
 * {@code application/geo+json} to whoever accepts it and as {@code application/json} to clients that ask only for
 * JSON (GDAL's {@code text/plain, application/json}); downloads are their file whatever the Accept; and a 406 or 415
 * is a problem saying which media types would do.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentNegotiationTest extends ApiTestBase {
    /** What GDAL 3.6's GeoJSON driver sends when it opens an http:// URL (seen with ogrinfo against a listener). */
    static final String GDAL_ACCEPT = "text/plain, application/json";
    static final String GEO_JSON = "application/geo+json";
    static final String JSON = "application/json";

    @Inject
    Router router;
    @Inject
    Clock clock;

    ApiClient admin;
    String month;
    String lastQuarter;

    @BeforeAll
    void smallDistrictWithAPublishedReview() {
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        YearMonth now = YearMonth.from(clock.instant().atOffset(ZoneOffset.ofHours(8)));
        month = now.toString();
        YearMonth before = now.minusMonths(3);
        lastQuarter = before.getYear() + "-Q" + ((before.getMonthValue() - 1) / 3 + 1);
        assertEquals(201, admin.post("/api/reviews?quarter=" + lastQuarter, "").status());
    }

    /** The GeoJSON routes, each with a URI that answers 200 for the small district. */
    List<String> geoJsonRoutes() {
        return List.of("/api/grids?tier=1", "/api/grids/A1", "/api/grids/validation", "/api/sources", "/api/rivers",
                "/api/zones", "/api/coverage?period=" + month + "&level=first", "/api/coverage/points?period=" + month,
                "/api/public/district");
    }

    // ---- every GET route ----

    @Test
    void no_get_route_refuses_a_client_that_asks_for_json_or_anything() {
        List<String> refused = new ArrayList<>();
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes()
                .filter(route -> route.getHttpMethod() == HttpMethod.GET).<UriRouteInfo<?, ?>>map(route -> route).toList();
        assertTrue(routes.size() > 50, "the router's GET routes: " + routes.size());
        for (UriRouteInfo<?, ?> route : routes) {
            String uri = uriOf(route);
            for (String accept : List.of(JSON, "*/*")) {
                int status = admin.exchange(HttpRequest.GET(uri).header("Accept", accept)).status();
                if (status == 406 || status == 415 || status >= 500) {
                    refused.add(status + " GET " + uri + " Accept: " + accept);
                }
            }
        }
        assertEquals(List.of(), refused);
    }

    /** A route's URI with each path variable filled from {@link #pathValues()} and the query it needs, if any. */
    private String uriOf(UriRouteInfo<?, ?> route) {
        Map<String, Object> values = new HashMap<>();
        Map<String, String> known = pathValues();
        for (String variable : route.getUriMatchTemplate().getVariableNames()) {
            values.put(variable, known.getOrDefault(variable, "1"));
        }
        String path = route.getUriMatchTemplate().expand(values);
        return path + queries().getOrDefault(path, "");
    }

    /** Values of path variables that lead to something in the small district; any other variable is "1". */
    private Map<String, String> pathValues() {
        return Map.of("code", "A1", "quarter", lastQuarter, "format", "json", "z", "0", "x", "0", "y", "0",
                "selector", "liveness", "sha256", "0".repeat(64));
    }

    /** The query parameters routes need to answer something (a route without one here may answer 400: not 406). */
    private Map<String, String> queries() {
        String period = "?period=" + month;
        return Map.of("/api/grids/locate", "?lon=120.005&lat=30.002", "/api/coverage", period + "&level=first",
                "/api/coverage/rows", period + "&level=first", "/api/coverage/points", period,
                "/api/coverage.xlsx", period, "/api/coverage.csv", period, "/api/duties", period,
                "/api/review", "?quarter=" + lastQuarter, "/api/review.xlsx", "?quarter=" + lastQuarter,
                "/api/review.csv", "?quarter=" + lastQuarter);
    }

    // ---- GeoJSON ----

    @Test
    void geojson_goes_as_geo_json_to_whoever_accepts_it() {
        for (String uri : geoJsonRoutes()) {
            for (String accept : new String[]{null, "*/*", GEO_JSON, JSON + ", " + GEO_JSON,
                    "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                    GEO_JSON + ", " + JSON, "application/geo+json;q=0.5, application/json"}) {
                assertAnswer(uri, accept, GEO_JSON);
            }
        }
    }

    @Test
    void geojson_goes_as_json_to_clients_that_ask_only_for_json_gdal_among_them() {
        for (String uri : geoJsonRoutes()) {
            for (String accept : new String[]{JSON, GDAL_ACCEPT, "application/json, */*;q=0",
                    "*/*, application/geo+json;q=0"}) {
                assertAnswer(uri, accept, JSON);
            }
        }
    }

    private void assertAnswer(String uri, String accept, String contentType) {
        MutableHttpRequest<?> request = HttpRequest.GET(uri);
        if (accept != null) {
            request.header("Accept", accept);
        }
        ApiClient.Answer answer = admin.exchange(request);
        String what = "GET " + uri + " Accept: " + accept;
        assertEquals(200, answer.status(), what + " → " + answer.json());
        assertEquals(contentType, answer.contentType(), what);
        String type = answer.json().get("type").asText();
        assertTrue(type.equals("FeatureCollection") || type.equals("Feature"), what + " → " + type);
    }

    @Test
    void a_client_that_takes_neither_geojson_nor_json_is_told_what_it_may_ask_for() {
        for (String uri : geoJsonRoutes()) {
            var answer = admin.exchange(HttpRequest.GET(uri).header("Accept", "text/csv"));
            assertEquals(406, answer.status(), uri);
            assertEquals(Problem.MEDIA_TYPE, answer.contentType(), uri);
            assertEquals("not_acceptable", answer.json().get("code").asText(), uri);
            assertEquals("application/geo+json, application/json", answer.json().get("params").get("accepted").asText(),
                    uri);
            assertTrue(answer.json().get("detail").asText().contains("text/csv"), answer.json().toString());
        }
    }

    // ---- downloads and bodies ----

    @Test
    void a_download_is_its_file_whatever_the_accept() {
        Map<String, String> downloads = Map.of(
                "/api/coverage.csv?period=" + month, "text/csv",
                "/api/coverage.xlsx?period=" + month, Tables.XLSX,
                "/api/review.csv?quarter=" + lastQuarter, "text/csv",
                "/api/reviews/" + lastQuarter + ".csv", "text/csv",
                "/api/reviews/" + lastQuarter + ".xlsx", Tables.XLSX);
        downloads.forEach((uri, type) -> {
            for (String accept : new String[]{null, type, JSON, "*/*", "text/html", GDAL_ACCEPT}) {
                MutableHttpRequest<?> request = HttpRequest.GET(uri);
                if (accept != null) {
                    request.header("Accept", accept);
                }
                var answer = admin.exchange(request);
                assertEquals(200, answer.status(), uri + " Accept: " + accept + " → " + answer.json());
                assertTrue(answer.contentType().startsWith(type), uri + " Accept: " + accept + " → " + answer.contentType());
            }
        });
    }

    @Test
    void a_body_of_a_type_a_route_does_not_read_is_told_which_types_it_reads() {
        var answer = admin.exchange(HttpRequest.POST("/api/grids/import", "grids").contentType("text/plain"));
        assertEquals(415, answer.status());
        assertEquals(Problem.MEDIA_TYPE, answer.contentType());
        assertEquals("unsupported_media_type", answer.json().get("code").asText());
        String accepted = answer.json().get("params").get("accepted").asText();
        for (String type : BoundaryFiles.MEDIA_TYPES) {
            assertTrue(accepted.contains(type), accepted);
        }
        assertTrue(answer.json().get("detail").asText().contains("text/plain"), answer.json().toString());
    }
}
