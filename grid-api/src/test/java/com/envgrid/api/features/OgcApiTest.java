package com.envgrid.api.features;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.people.StaffFixture;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static com.envgrid.api.grid.GridFiles.smallDistrict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OGC API – Features as a GIS client uses it, on the small district (D; towns A and B; communities A1, A2; one
 * grid unit is 0.001°, so A1 is 120–120.01 E, 30–30.005 N) and on a test layer of daily visits with time: the landing
 * page, conformance, the API document, collections, pages of items followed by their next links, bbox, datetime,
 * property filters, CGCS2000 output, refusals, and what each caller may read.
 */
@MicronautTest(transactional = false)
@Property(name = "test.ogc.visits", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OgcApiTest extends ApiTestBase {
    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    static final String CGCS2000 = "http://www.opengis.net/def/crs/EPSG/0/4490";
    StaffFixture staff;
    ApiClient admin;

    @BeforeAll
    void smallDistrictWithStaff() {
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin, smallDistrict().json().replace("grid B", "云溪街道"));
        staff = new StaffFixture(http);
    }

    @Test
    void the_landing_page_links_the_api_document_conformance_and_the_collections() {
        for (String uri : List.of("/ogc", "/ogc/")) {
            var landing = ApiClient.anonymous(http).get(uri);
            assertEquals(200, landing.status(), uri);
            assertEquals("application/json", landing.contentType());
            assertEquals("application/vnd.oai.openapi+json;version=3.0", link(landing.json(), "service-desc").get("type").asText());
            assertTrue(link(landing.json(), "service-desc").get("href").asText().endsWith("/ogc/api"));
            assertEquals("text/html", link(landing.json(), "service-doc").get("type").asText());
            assertEquals("text/html", link(landing.json(), "alternate").get("type").asText());
            assertTrue(link(landing.json(), "self").get("href").asText().startsWith("http://"), "absolute links");
            assertTrue(link(landing.json(), "conformance").get("href").asText().endsWith("/ogc/conformance"));
            assertTrue(link(landing.json(), "data").get("href").asText().endsWith("/ogc/collections"));
        }
        var conformance = ApiClient.anonymous(http).get("/ogc/conformance").json().get("conformsTo");
        Set<String> classes = new TreeSet<>();
        conformance.forEach(c -> classes.add(c.asText()));
        assertEquals(Set.of("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
                "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs"), classes);
    }

    @Test
    void the_api_document_is_valid_openapi_3_and_names_each_collections_queryables_and_own_parameters() {
        HttpResponse<String> api = http.toBlocking().exchange(HttpRequest.GET("/ogc/api"), String.class);
        assertEquals("application/vnd.oai.openapi+json;version=3.0", api.header("Content-Type"));
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(api.body());
        assertEquals(List.of(), parsed.getMessages(), "the parser's complaints");
        var paths = parsed.getOpenAPI().getPaths();
        for (String path : List.of("/", "/conformance", "/api", "/collections", "/collections/grids",
                "/collections/grids/items", "/collections/grids/items/{featureId}", "/collections/grids-tier-3/items",
                "/collections/visits/items")) {
            assertNotNull(paths.get(path), path);
        }
        assertTrue(parameters(paths.get("/collections/grids/items").getGet()).containsAll(List.of("bbox", "bbox-crs",
                "crs", "limit", "offset", "level", "tier", "parent_code")));
        assertFalse(parameters(paths.get("/collections/grids/items").getGet()).contains("datetime"), "grids have no time");
        assertTrue(parameters(paths.get("/collections/visits/items").getGet()).containsAll(List.of("datetime", "colour")));
        assertTrue(parsed.getOpenAPI().getServers().get(0).getUrl().endsWith("/ogc"));
    }

    @Test
    void the_collections_say_where_and_when_their_features_are_and_in_which_systems() {
        var collections = admin.get("/ogc/collections").json().get("collections");
        List<String> ids = new ArrayList<>();
        collections.forEach(c -> ids.add(c.get("id").asText()));
        assertEquals(List.of("grids", "grids-tier-0", "grids-tier-1", "grids-tier-2", "grids-tier-3", "sources", "rivers",
                "zones", "coverage", "problems", "complaints", "visits"), ids);
        JsonNode grids = admin.get("/ogc/collections/grids").json();
        assertEquals("[[120.0,30.0,120.02,30.01]]", grids.at("/extent/spatial/bbox").toString());
        assertEquals(CRS84, grids.at("/extent/spatial/crs").asText());
        assertTrue(grids.at("/extent/temporal").isMissingNode(), "grids have no time");
        assertEquals("[\"" + CRS84 + "\",\"" + CGCS2000 + "\",\"http://www.opengis.net/def/crs/EPSG/0/4326\"]",
                grids.get("crs").toString());
        assertEquals(CRS84, grids.get("storageCrs").asText());
        assertEquals("feature", grids.get("itemType").asText());
        assertTrue(link(grids, "items").get("href").asText().endsWith("/ogc/collections/grids/items"));
        JsonNode visits = admin.get("/ogc/collections/visits").json();
        assertEquals("[[\"2026-09-01T02:00:00Z\",\"2026-09-05T02:00:00Z\"]]", visits.at("/extent/temporal/interval").toString());
        assertEquals("[[120.0,30.0,120.004,30.0]]", visits.at("/extent/spatial/bbox").toString());
        var queryables = admin.get("/ogc/collections/grids/queryables").json().get("properties");
        assertEquals("string", queryables.get("level").get("type").asText());
        assertEquals("integer", queryables.get("tier").get("type").asText());
    }

    @Test
    void the_pages_of_items_followed_by_their_next_links_give_every_feature_once_and_keep_the_filters() {
        assertEquals(List.of("A", "A1", "A2", "B", "D"), follow("/ogc/collections/grids/items?limit=2", 3));
        assertEquals(List.of("A1", "A2"), follow("/ogc/collections/grids/items?tier=2&limit=1", 2));
        JsonNode second = admin.get("/ogc/collections/grids/items?limit=2&offset=2").json();
        assertEquals(5, second.get("numberMatched").asInt());
        assertEquals(2, second.get("numberReturned").asInt());
        assertTrue(second.has("timeStamp"));
        assertTrue(link(second, "prev").get("href").asText().contains("offset=0"), second.toString());
        JsonNode a1 = admin.get("/ogc/collections/grids/items/A1").json();
        assertEquals("community", a1.at("/properties/level").asText());
        assertEquals(2, a1.at("/properties/tier").asInt());
        assertEquals("A", a1.at("/properties/parent_code").asText());
        assertTrue(link(a1, "collection").get("href").asText().endsWith("/ogc/collections/grids"));
        assertTrue(link(a1, "self").get("href").asText().contains("/ogc/collections/grids/items/A1"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "level=town; A",
            "level=street; B",
            "tier=2; A1 A2",
            "parent_code=A&level=community; A1 A2",
            "bbox=120.001,30.001,120.002,30.002; A A1 D",
            "bbox=120.011,30.001,120.012,30.002; B D",
            "bbox=30.001,120.001,30.002,120.002&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4490; A A1 D",
            "bbox=121,31,122,32; ''",
            "bbox=120.001,30.001,0,120.002,30.002,10&tier=2; A1",
    })
    void property_filters_and_the_bounding_box_pick_the_grids(String query, String expected) {
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(" ")),
                follow("/ogc/collections/grids/items?" + query, 1));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "2026-09-02T02:00:00Z; v2",
            "2026-09-02T02:00:00.000+08:00; ''",
            "2026-09-02T10:00:00+08:00; v2",
            "2026-09-02/2026-09-03; v2 v3",
            "2026-09-02T00:00:00Z/2026-09-03T02:00:00Z; v2 v3",
            "2026-09-04T00:00:00Z/..; v4 v5",
            "../2026-09-01T02:00:00Z; v1",
            "/2026-09-01T01:59:59Z; ''",
            "2026-09-03; v3",
    })
    void datetime_picks_the_features_whose_time_meets_the_instant_or_interval(String datetime, String expected) {
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(" ")),
                follow("/ogc/collections/visits/items?datetime=" + datetime.replace("+", "%2B"), 1));
        assertEquals(List.of("v1", "v3", "v5"), follow("/ogc/collections/visits/items?colour=red", 1),
                "a layer's own parameter reaches the layer");
    }

    @Test
    void datetime_on_the_complaints_picks_those_received_in_the_interval() {
        var filed = ApiClient.anonymous(http).post("/api/public/complaints", "{\"category\":\"noise\",\"description\":"
                + "\"晚上十点后工地还在施工\",\"lon\":120.002,\"lat\":30.002,\"name\":\"王女士\",\"contact\":\"13912345678\","
                + "\"address\":\"某路1号\",\"submission_key\":\"ogc-datetime\",\"photos\":[]}");
        assertEquals(201, filed.status(), String.valueOf(filed.json()));
        String id = filed.json().get("id").asText();
        String received = admin.get("/ogc/collections/complaints/items/" + id).json().at("/properties/received_at").asText();
        java.time.Instant at = java.time.Instant.parse(received);
        String items = "/ogc/collections/complaints/items?datetime=";
        assertEquals(List.of(id), follow(items + at, 1));
        assertEquals(List.of(id), follow(items + at.minusSeconds(60) + "/..", 1));
        assertEquals(List.of(id), follow(items + at.minusSeconds(60) + "/" + at.plusSeconds(60), 1));
        assertEquals(List.of(), follow(items + "../" + at.minusSeconds(1), 1));
        assertEquals(List.of(), follow(items + at.plusSeconds(1) + "/..", 1));
        assertEquals("[[\"" + at + "\",\"" + at + "\"]]", admin.get("/ogc/collections/complaints").json()
                .at("/extent/temporal/interval").toString());
    }

    @Test
    void cgcs2000_puts_latitude_first_and_says_so_in_content_crs() {
        HttpResponse<String> wgs84 = http.toBlocking().exchange(HttpRequest.GET("/ogc/collections/grids/items/A1")
                .bearerAuth(admin.token()), String.class);
        assertEquals("<" + CRS84 + ">", wgs84.header("Content-Crs"));
        HttpResponse<String> cgcs = http.toBlocking().exchange(HttpRequest.GET("/ogc/collections/grids/items?tier=2&crs="
                + CGCS2000).bearerAuth(admin.token()), String.class);
        assertEquals("<" + CGCS2000 + ">", cgcs.header("Content-Crs"));
        assertEquals("application/geo+json", cgcs.header("Content-Type"));
        assertTrue(cgcs.body().contains("[30.0,120.0]") || cgcs.body().contains("[30,120]"), cgcs.body());
        assertTrue(wgs84.body().contains("[120.0,30.0]") || wgs84.body().contains("[120,30]"), wgs84.body());
        assertTrue(link(admin.get("/ogc/collections/grids/items?crs=" + CGCS2000 + "&limit=1").json(), "next")
                .get("href").asText().contains("crs=http%3A%2F%2Fwww.opengis.net%2Fdef%2Fcrs%2FEPSG%2F0%2F4490"));
    }

    @Test
    void items_answer_json_and_any_type_as_geojson_and_browsers_as_html() {
        // GeoJSON is JSON: a client that asks for JSON alone gets it labelled as it asked (GeoJsonNegotiation)
        Map<String, String> labels = Map.of("application/json", "application/json", "*/*", "application/geo+json",
                "application/geo+json", "application/geo+json");
        labels.forEach((accept, label) -> {
            HttpResponse<String> answer = http.toBlocking().exchange(HttpRequest.GET("/ogc/collections/grids/items")
                    .header("Accept", accept), String.class);
            assertEquals(label, answer.header("Content-Type"), accept);
            assertTrue(answer.body().contains("\"FeatureCollection\""), accept);
        });
        HttpResponse<String> page = http.toBlocking().exchange(HttpRequest.GET("/ogc/collections/grids/items")
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"), String.class);
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertTrue(page.body().contains("云溪街道"), page.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "/ogc/collections/grids/items?bbox=120,30,121; bbox",
            "/ogc/collections/grids/items?bbox=a,b,c,d; bbox",
            "/ogc/collections/grids/items?bbox=200,30,201,31; bbox",
            "/ogc/collections/grids/items?bbox=121,30,120,31; bbox",
            "/ogc/collections/grids/items?bbox=NaN,30,121,31; bbox",
            "/ogc/collections/grids/items?bbox=120,30,121,31&bbox-crs=EPSG:4549; bbox-crs",
            "/ogc/collections/grids/items?limit=0; limit",
            "/ogc/collections/grids/items?limit=10001; limit",
            "/ogc/collections/grids/items?limit=ten; limit",
            "/ogc/collections/grids/items?offset=-1; offset",
            "/ogc/collections/grids/items?crs=EPSG:4490; crs",
            "/ogc/collections/grids/items/A1?crs=http://www.opengis.net/def/crs/EPSG/0/3857; crs",
            "/ogc/collections/grids/items?datetime=2026-09-01; datetime",
            "/ogc/collections/visits/items?datetime=yesterday; datetime",
            "/ogc/collections/visits/items?datetime=../..; datetime",
            "/ogc/collections/visits/items?datetime=2026-09-03/2026-09-01; datetime",
            "/ogc/collections/visits/items?datetime=2026-09-01T10:00:00; datetime",
            "/ogc/collections/grids/items?colour=red; colour",
            "/ogc/collections/grids/items?nonsense=1; nonsense",
            "/ogc/collections/grids/items?f=xml; f",
            "/ogc/collections?f=gpkg; f",
    })
    void a_bad_parameter_is_a_400_problem_naming_it(String uri, String parameter) {
        var answer = admin.get(uri);
        assertEquals(400, answer.status(), uri + " " + answer.json());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals("?" + parameter, answer.json().at("/errors/0/pointer").asText(), answer.json().toString());
    }

    @Test
    void an_unknown_collection_or_feature_or_one_outside_the_callers_grids_is_a_404_problem() {
        ApiClient supervisor = staff.as("supervisor");
        for (var refused : List.of(admin.get("/ogc/collections/nothing"), admin.get("/ogc/collections/nothing/items"),
                admin.get("/ogc/collections/grids/items/NOWHERE"), supervisor.get("/ogc/collections/grids/items/B"),
                ApiClient.anonymous(http).get("/ogc/collections/grids/items/A1"))) {
            assertEquals(404, refused.status(), String.valueOf(refused.json()));
            assertEquals("application/problem+json", refused.contentType());
        }
    }

    @Test
    void each_caller_reads_the_grids_of_their_scope_and_the_public_the_public_outline_alone() {
        assertEquals(List.of("A1"), follow(staff.as("supervisor"), "/ogc/collections/grids/items", 1));
        assertEquals(List.of("A", "A1", "A2"), follow(staff.as("chief"), "/ogc/collections/grids/items", 1));
        assertEquals(List.of("A", "A1", "A2", "B", "D"), follow(staff.as("viewer"), "/ogc/collections/grids/items", 1));
        assertEquals("[[120.0,30.0,120.01,30.005]]", staff.as("supervisor").get("/ogc/collections/grids").json()
                .at("/extent/spatial/bbox").toString(), "the extent of what the supervisor sees");

        ApiClient anonymous = ApiClient.anonymous(http);
        assertEquals(List.of("A", "B"), follow(anonymous, "/ogc/collections/grids/items", 1));
        anonymous.get("/ogc/collections/grids/items").json().get("features").forEach(f ->
                assertEquals(Set.of("code", "name", "level", "district", "district_name"), names(f.get("properties")),
                        f.toString()));
        List<String> visible = new ArrayList<>();
        anonymous.get("/ogc/collections").json().get("collections").forEach(c -> visible.add(c.get("id").asText()));
        assertEquals(List.of("grids", "complaints"), visible, "the layers the public pages show, no others");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/ogc/collections/grids-tier-1",
            "/ogc/collections/grids-tier-2/items", "/ogc/collections/visits/items/v1"})
    void a_collection_that_is_not_public_asks_the_anonymous_caller_to_sign_in(String uri) {
        var refused = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET(uri), String.class));
        assertEquals(401, refused.getStatus().getCode());
        assertTrue(refused.getResponse().header("WWW-Authenticate").startsWith("Bearer"));
        assertEquals("application/problem+json", refused.getResponse().header("Content-Type"));
    }

    // ---- helpers ----

    /** The ids of every page, from the first to the last by the next links; at least {@code pages} pages. */
    private List<String> follow(String uri, int pages) {
        return follow(admin, uri, pages);
    }

    private static List<String> follow(ApiClient who, String uri, int pages) {
        List<String> ids = new ArrayList<>();
        String next = uri;
        int followed = 0;
        while (next != null) {
            var page = who.get(next);
            assertEquals(200, page.status(), next + " " + page.json());
            assertEquals("application/geo+json", page.contentType());
            page.json().get("features").forEach(f -> ids.add(f.get("id").asText()));
            assertEquals(page.json().get("features").size(), page.json().get("numberReturned").asInt());
            JsonNode link = link(page.json(), "next");
            next = link == null ? null : URI.create(link.get("href").asText()).getRawPath() + "?"
                    + URI.create(link.get("href").asText()).getRawQuery();
            followed++;
        }
        assertEquals(pages, followed, "pages of " + uri);
        return ids;
    }

    /** The link of a relation, its JSON one where it has several. */
    private static JsonNode link(JsonNode resource, String rel) {
        JsonNode found = null;
        for (JsonNode link : resource.get("links")) {
            if (link.get("rel").asText().equals(rel) && (found == null || !link.get("type").asText().equals("text/html"))) {
                found = found == null || found.get("type").asText().equals("text/html") ? link : found;
            }
        }
        return found;
    }

    private static List<String> parameters(io.swagger.v3.oas.models.Operation operation) {
        return operation.getParameters().stream().map(io.swagger.v3.oas.models.parameters.Parameter::getName).toList();
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
