package com.envgrid.api.features;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.audit.Audit;
import com.envgrid.api.grid.GridFiles;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.core.geo.feature.Feature;
import com.envgrid.core.geo.feature.Field;
import com.envgrid.core.geo.feature.FieldType;
import com.envgrid.core.source.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform's layers other than grids as GIS clients read them, through the beans the OGC API and the downloads
 * use: each shows a viewer what its /api list shows the same person, the public only what the public pages show.
 * The small district on 25 November 2026: a source in A1 and one in B; a river through A1 and A2 and
 * one through B; a protection zone in A1; a problem the supervisor of A1 found there and one in B; a complaint from
 * A1 and one from B.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
class PlatformLayersTest extends ApiTestBase {
    static final String SOURCE_A1 = CreditCode.withCheckCharacter("91320214MA1L00001");
    static final String SOURCE_B = CreditCode.withCheckCharacter("91320214MA1L00002");
    static final Set<String> LAYERS = Set.of("sources", "rivers", "zones", "coverage", "problems", "complaints");

    @Inject
    MutableClock clock;

    @Inject
    List<FeatureLayer> layers;

    @Inject
    AccessScopes scopes;

    ApiClient admin;
    ApiClient supervisor;
    Viewer adminViewer;
    Viewer supervisorViewer;

    @BeforeEach
    void district() throws Exception {
        clock.set(Instant.parse("2026-11-25T02:00:00Z"));
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        sql.execute("DELETE FROM protection_zone");
        expect(201, admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n"
                + SOURCE_A1 + ",化工厂,120.002,30.002,D\n" + SOURCE_B + ",印染厂,120.012,30.004,C\n").getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv")));
        expect(201, admin.post("/api/rivers/import", "{\"type\":\"FeatureCollection\",\"features\":["
                + river("R1", "望虞河", 5) + "," + river("R2", "北兴塘", 15) + "]}"));
        expect(201, admin.post("/api/zones/import", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":"
                + "\"Feature\",\"properties\":{\"code\":\"Z1\",\"name\":\"望虞河水源地\",\"level\":\"一级\"},\"geometry\":"
                + GridFiles.geoJson(GridFiles.geometry(GridFiles.square(2, 1, 4, 3))) + "}]}"));
        StaffFixture staff = new StaffFixture(http);
        supervisor = staff.as("supervisor");
        expect(201, supervisor.exchange(HttpRequest.PUT("/api/inspections/" + UUID.randomUUID(),
                "{\"target\":{\"kind\":\"source\",\"code\":\"" + SOURCE_A1 + "\"},\"inspected_at\":"
                        + "\"2026-11-20T10:00:00+08:00\",\"fix\":{\"lon\":120.0021,\"lat\":30.0019,\"accuracy_m\":5},"
                        + "\"checklist\":{},\"findings\":[{\"category\":\"wastewater\",\"severity\":\"serious\","
                        + "\"description\":\"雨水口有黄色废水\"}]}").contentType(MediaType.APPLICATION_JSON_TYPE)));
        sql.execute("INSERT INTO problem_case (finding_index, category, severity, description, grid_code, target_kind,"
                + " target_code, state, due_by, opened_at) VALUES (0, 'dust', 'general', '道路扬尘', 'B', 'grid_patrol',"
                + " 'B', 'open', DATE '2026-11-20', TIMESTAMPTZ '2026-11-10 09:00+08')");
        expect(201, admin.post("/api/complaints", "{\"channel\":\"12369\",\"category\":\"油烟\","
                + "\"description\":\"饭店油烟直排\",\"lon\":120.003,\"lat\":30.003}"));
        expect(201, admin.post("/api/complaints", "{\"channel\":\"12345\",\"category\":\"噪声\","
                + "\"description\":\"夜间施工噪声\",\"lon\":120.013,\"lat\":30.006}"));
        adminViewer = viewer(ApiClient.ADMIN, "admin", Long.parseLong(sql.text(
                "SELECT id FROM person WHERE username = 'root'")));
        supervisorViewer = viewer("sup-a1", "supervisor", staff.supervisorA1Id);
    }

    private static String river(String code, String name, double x) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"river\":\"" + name + "\",\"chief\":"
                + "\"刘河长\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[" + (120 + x / 1000)
                + ",30.001],[" + (120 + x / 1000) + ",30.009]]}}";
    }

    /** The viewer a signed-in person is, as the OGC API makes it of their authentication. */
    private Viewer viewer(String username, String role, long personId) {
        return Viewer.of(scopes.actorOf(Authentication.build(username, List.of(role),
                Map.of(Audit.PERSON_ID, personId))).scope());
    }

    private static void expect(int status, ApiClient.Answer answer) {
        assertEquals(status, answer.status(), String.valueOf(answer.json()));
    }

    private FeatureLayer layer(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private static List<String> ids(List<Feature> features) {
        return features.stream().map(Feature::id).toList();
    }

    /** The ids of a GeoJSON FeatureCollection's features, or of a JSON array's objects, sorted as the layer sorts. */
    private static List<String> apiIds(JsonNode answer) {
        JsonNode items = answer.has("features") ? answer.get("features") : answer;
        return StreamSupport.stream(items.spliterator(), false).map(i -> i.get("id").asText())
                .sorted(PlatformLayersTest::byId).toList();
    }

    /** Numeric ids by number, others as text. */
    private static int byId(String a, String b) {
        return a.matches("\\d+") && b.matches("\\d+") ? Long.compare(Long.parseLong(a), Long.parseLong(b))
                : a.compareTo(b);
    }

    private static Map<String, JsonNode> byId(JsonNode items) {
        Map<String, JsonNode> byId = new HashMap<>();
        items.forEach(i -> byId.put(i.get("id").asText(), i.has("properties") ? i.get("properties") : i));
        return byId;
    }

    /** A JSON value as the layer's value reads: arrays joined with commas, as a column holds them. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(n.asText()));
            return String.join(",", items);
        }
        return node.asText();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    @Test
    void every_layer_declares_the_properties_its_features_carry_with_chinese_titles_and_typed_values() {
        assertTrue(layers.stream().map(FeatureLayer::id).collect(Collectors.toSet()).containsAll(LAYERS));
        for (String id : LAYERS) {
            FeatureLayer layer = layer(id);
            List<String> names = layer.fields().stream().map(Field::name).toList();
            assertTrue(names.containsAll(layer.queryables()), id + ": queryables are fields");
            layer.temporalField().ifPresent(t -> assertTrue(layer.fields().stream().anyMatch(f -> f.name().equals(t)
                    && (f.type() == FieldType.DATE || f.type() == FieldType.DATETIME)), id + ": time is a date field"));
            layer.fields().forEach(f -> {
                assertTrue(f.name().matches("[a-z][a-z0-9_]*"), id + ": snake_case " + f.name());
                assertTrue(f.title().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN), id + ": Chinese title of " + f.name());
            });
            for (Viewer viewer : List.of(adminViewer, supervisorViewer, Viewer.ANONYMOUS)) {
                List<Feature> features = layer.features(viewer, Map.of());
                assertEquals(features.size(), Set.copyOf(ids(features)).size(), id + ": ids are unique");
                assertEquals(ids(features), ids(features).stream().sorted(PlatformLayersTest::byId).toList(),
                        id + ": ordered by id");
                for (Feature feature : features) {
                    assertEquals(names, List.copyOf(feature.properties().keySet()), id + " " + feature.id());
                    for (Field field : layer.fields()) {
                        Object value = feature.properties().get(field.name());
                        if (value != null) {
                            assertTrue(ofType(field.type(), value), id + " " + feature.id() + " " + field.name()
                                    + " is " + field.type() + ", not " + value.getClass().getSimpleName());
                        }
                    }
                }
            }
            assertFalse(layer.features(adminViewer, Map.of()).isEmpty(), id + " has features for the administrator");
            assertEquals(ids(layer.features(adminViewer, Map.of())), ids(layer.features(adminViewer, Map.of())),
                    id + ": the same features each time");
        }
    }

    /** Whether a property value is one a GIS column of the type holds, as the contract of a feature says. */
    private static boolean ofType(FieldType type, Object value) {
        return switch (type) {
            case TEXT -> value instanceof String;
            case INTEGER -> value instanceof Long || value instanceof Integer;
            case REAL -> value instanceof Double;
            case BOOLEAN -> value instanceof Boolean;
            case DATE -> value instanceof LocalDate;
            case DATETIME -> value instanceof Instant;
        };
    }

    @Test
    void only_complaints_are_public_and_the_other_layers_give_the_anonymous_public_nothing() {
        for (String id : LAYERS) {
            assertEquals(id.equals("complaints"), layer(id).isPublic(), id);
            if (!layer(id).isPublic()) {
                assertEquals(List.of(), layer(id).features(Viewer.ANONYMOUS, Map.of()), id);
            }
        }
    }

    @Test
    void sources_are_those_the_sources_api_lists_for_each_viewer_with_its_properties() {
        FeatureLayer sources = layer("sources");
        assertEquals(List.of(SOURCE_A1), ids(sources.features(supervisorViewer, Map.of())),
                "the supervisor of A1 sees A1's source only");
        assertEquals(Set.of(SOURCE_A1, SOURCE_B), Set.copyOf(ids(sources.features(adminViewer, Map.of()))),
                "the administrator sees every source");
        for (var who : Map.of(admin, adminViewer, supervisor, supervisorViewer).entrySet()) {
            JsonNode api = who.getKey().get("/api/sources").json();
            List<Feature> features = sources.features(who.getValue(), Map.of());
            assertEquals(apiIds(api), ids(features));
            Map<String, JsonNode> apiProperties = byId(api.get("features"));
            for (Feature f : features) {
                f.properties().forEach((key, value) -> assertEquals(text(apiProperties.get(f.id()).get(key)),
                        text(value), f.id() + " " + key));
            }
        }
        Point a1 = (Point) sources.feature(adminViewer, SOURCE_A1, Map.of()).orElseThrow().geometry();
        assertEquals(120.002, a1.getX(), 1e-9);
        assertEquals(30.002, a1.getY(), 1e-9);
    }

    @Test
    void rivers_cross_the_viewers_grids_and_zones_go_to_every_signed_in_viewer() {
        FeatureLayer rivers = layer("rivers");
        assertEquals(List.of("R1"), ids(rivers.features(supervisorViewer, Map.of())));
        assertEquals(List.of("R1", "R2"), ids(rivers.features(adminViewer, Map.of())));
        for (var who : Map.of(admin, adminViewer, supervisor, supervisorViewer).entrySet()) {
            JsonNode api = who.getKey().get("/api/rivers").json();
            List<Feature> features = rivers.features(who.getValue(), Map.of());
            assertEquals(apiIds(api), ids(features));
            Map<String, JsonNode> apiProperties = byId(api.get("features"));
            for (Feature f : features) {
                f.properties().forEach((key, value) -> assertEquals(text(apiProperties.get(f.id()).get(key)),
                        text(value), f.id() + " " + key));
                assertEquals("LineString", f.geometry().getGeometryType());
            }
        }
        assertEquals("A1,A2", rivers.features(adminViewer, Map.of()).get(0).properties().get("grids"));

        FeatureLayer zones = layer("zones");
        for (Viewer viewer : List.of(adminViewer, supervisorViewer)) {
            Feature zone = zones.features(viewer, Map.of()).get(0);
            assertEquals("Z1", zone.id());
            assertEquals(Map.of("code", "Z1", "name", "望虞河水源地", "level", "first"), zone.properties());
            assertEquals(admin.get("/api/zones").json().get("features").get(0).get("properties").get("level").asText(),
                    zone.properties().get("level"));
            assertEquals("Polygon", zone.geometry().getGeometryType());
        }
    }

    @Test
    void coverage_has_the_figures_of_the_coverage_api_for_the_period_at_every_tier() {
        FeatureLayer coverage = layer("coverage");
        assertEquals(Set.of("period"), coverage.parameters().keySet());
        for (var who : Map.of(admin, adminViewer, supervisor, supervisorViewer).entrySet()) {
            for (String period : List.of("2026-11", "2026-Q4", "2026-10-01/2026-11-20")) {
                Map<String, JsonNode> rows = new TreeMap<>();
                for (String level : List.of("0", "1", "2", "3")) {
                    rows.putAll(byId(who.getKey().get("/api/coverage/rows?period=" + period + "&level=" + level)
                            .json(), "code"));
                }
                List<Feature> features = coverage.features(who.getValue(), Map.of("period", period));
                assertEquals(List.copyOf(rows.keySet()), ids(features), period);
                for (Feature f : features) {
                    assertEquals(rows.get(f.id()).size(), f.properties().size(), f.id());
                    f.properties().forEach((key, value) -> assertEquals(text(rows.get(f.id()).get(key)), text(value),
                            period + " " + f.id() + " " + key));
                }
            }
        }
        List<String> supervisorGrids = ids(coverage.features(supervisorViewer, Map.of()));
        assertTrue(supervisorGrids.contains("A1") && !supervisorGrids.contains("B"), supervisorGrids.toString());
        Feature a1 = coverage.feature(adminViewer, "A1", Map.of("period", "2026-11")).orElseThrow();
        assertEquals(1, ((Number) a1.properties().get("problems_open")).intValue(), "the problem found in A1");
        assertEquals("Polygon", a1.geometry().getGeometryType());
    }

    private static Map<String, JsonNode> byId(JsonNode items, String key) {
        Map<String, JsonNode> byId = new HashMap<>();
        items.forEach(i -> byId.put(i.get(key).asText(), i));
        return byId;
    }

    @Test
    void coverage_is_for_the_districts_current_quarter_unless_a_period_is_given_and_a_bad_period_is_named() {
        FeatureLayer coverage = layer("coverage");
        assertEquals(coverage.features(adminViewer, Map.of("period", "2026-Q4")).toString(),
                coverage.features(adminViewer, Map.of()).toString(), "25 November is in the fourth quarter");
        assertNotEquals(coverage.features(adminViewer, Map.of("period", "2026-Q3")).toString(),
                coverage.features(adminViewer, Map.of()).toString());
        clock.set(Instant.parse("2026-12-31T16:30:00Z"));
        assertEquals(coverage.features(adminViewer, Map.of("period", "2027-Q1")).toString(),
                coverage.features(adminViewer, Map.of()).toString(), "already 1 January 2027 in the district");
        var bad = assertThrows(InvalidParameter.class, () -> coverage.features(adminViewer, Map.of("period", "Q4")));
        assertEquals("?period", bad.problems().get(0).pointer());
    }

    @Test
    void problems_are_the_cases_the_cases_api_lists_at_where_they_were_found() {
        FeatureLayer problems = layer("problems");
        for (var who : Map.of(admin, adminViewer, supervisor, supervisorViewer).entrySet()) {
            JsonNode api = who.getKey().get("/api/cases").json();
            List<Feature> features = problems.features(who.getValue(), Map.of());
            assertEquals(apiIds(api), ids(features));
            Map<String, JsonNode> views = byId(api);
            for (Feature f : features) {
                f.properties().forEach((key, value) -> assertEquals(text(views.get(f.id()).get(key)),
                        text(value), f.id() + " " + key));
            }
        }
        List<Feature> mine = problems.features(supervisorViewer, Map.of());
        assertEquals(1, mine.size(), "the supervisor of A1 sees A1's case only");
        Feature found = mine.get(0);
        assertEquals("A1", found.properties().get("grid_code"));
        assertEquals(Instant.parse("2026-11-25T02:00:00Z"), found.properties().get("opened_at"), "opened when the"
                + " inspection came in");
        assertEquals(LocalDate.class, found.properties().get("due_by").getClass());
        Point at = (Point) found.geometry();
        assertEquals(120.0021, at.getX(), 1e-9, "where the inspector stood");
        assertEquals(30.0019, at.getY(), 1e-9);
        Feature inB = problems.features(adminViewer, Map.of()).stream()
                .filter(f -> f.properties().get("grid_code").equals("B")).findFirst().orElseThrow();
        assertTrue(inB.geometry().within(GridFiles.geometry(GridFiles.square(10, 0, 20, 10))),
                "a patrol's case with no place of its own lies in its grid");
        assertEquals(true, inB.properties().get("overdue"), "due on 20 November, open on the 25th");
    }

    @Test
    void complaints_are_where_they_were_made_for_staff_and_where_the_public_pages_put_them_for_the_public() {
        FeatureLayer complaints = layer("complaints");
        for (var who : Map.of(admin, adminViewer, supervisor, supervisorViewer).entrySet()) {
            JsonNode api = who.getKey().get("/api/complaints").json();
            List<Feature> features = complaints.features(who.getValue(), Map.of());
            assertEquals(apiIds(api), ids(features));
            Map<String, JsonNode> views = byId(api);
            for (Feature f : features) {
                JsonNode view = views.get(f.id());
                for (String key : List.of("id", "category", "grid_code", "grid_name", "state", "received_at",
                        "accept_by", "close_by", "closed_at", "channel", "description", "address", "overdue",
                        "escalated_to", "problem_case_id")) {
                    assertEquals(text(view.get(key)), text(f.properties().get(key)), f.id() + " " + key);
                }
                assertEquals(view.get("lon").asDouble(), ((Point) f.geometry()).getX(), 1e-12, "exactly where made");
                assertEquals(view.get("lat").asDouble(), ((Point) f.geometry()).getY(), 1e-12);
            }
        }
        assertEquals(1, complaints.features(supervisorViewer, Map.of()).size(), "A1's complaint only");

        JsonNode published = ApiClient.anonymous(http).get("/api/public/complaints").json();
        List<Feature> publicFeatures = complaints.features(Viewer.ANONYMOUS, Map.of());
        assertEquals(2, publicFeatures.size());
        assertEquals(apiIds(published), ids(publicFeatures));
        Map<String, JsonNode> views = byId(published);
        Map<String, Feature> staffFeatures = complaints.features(adminViewer, Map.of()).stream()
                .collect(Collectors.toMap(Feature::id, f -> f));
        for (Feature f : publicFeatures) {
            JsonNode view = views.get(f.id());
            Point at = (Point) f.geometry();
            assertEquals(view.get("lon").asDouble(), at.getX(), 0.0, "coarsened as the public pages coarsen");
            assertEquals(view.get("lat").asDouble(), at.getY(), 0.0);
            assertFalse(at.equalsExact(staffFeatures.get(f.id()).geometry()), "not where it was made");
            for (String key : List.of("category", "category_name", "grid_code", "grid_name", "state", "state_name",
                    "received_at", "accept_by", "close_by", "closed_at")) {
                assertEquals(text(view.get(key)), text(f.properties().get(key)), f.id() + " " + key);
            }
            for (String staffOnly : List.of("channel", "description", "address", "overdue", "escalated_to",
                    "problem_case_id")) {
                assertNull(f.properties().get(staffOnly), staffOnly + " is not for the public");
            }
        }
        JsonNode open311 = ApiClient.anonymous(http).get("/open311/v2/requests.json").json();
        for (JsonNode request : open311) {
            Point at = (Point) complaints.feature(Viewer.ANONYMOUS, request.get("service_request_id").asText(),
                    Map.of()).orElseThrow().geometry();
            assertEquals(request.get("long").asDouble(), at.getX(), 0.0, "as Open311 shows it");
            assertEquals(request.get("lat").asDouble(), at.getY(), 0.0);
        }
    }
}
