package com.envgrid.api.coverage;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.layer.LiveGridLayer;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static com.envgrid.api.coverage.TwoDistrictCity.MONTH;
import static com.envgrid.api.coverage.TwoDistrictCity.QUARTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage rolled up from the districts to the city of the {@link TwoDistrictCity}: the city is the sum of its
 * districts, each district the sum of its first-level grids, and the source on the boundary between the districts
 * counts once.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
class CityRollupTest extends ApiTestBase {
    @Inject
    MutableClock clock;

    @Inject
    LiveGridLayer layer;

    ApiClient admin;

    @BeforeEach
    void aCityOfTwoDistricts() {
        clock.set(Instant.parse("2026-11-25T02:00:00Z"));
        admin = ApiClient.asAdmin(http);
        TwoDistrictCity.build(admin, emptyLayer, sql, layer);
    }

    private Map<String, JsonNode> rows(String level) {
        Map<String, JsonNode> byCode = new HashMap<>();
        var answer = admin.get("/api/coverage/rows?period=" + MONTH + "&level=" + level);
        assertEquals(200, answer.status(), String.valueOf(answer.json()));
        answer.json().forEach(r -> byCode.put(r.get("code").asText(), r));
        return byCode;
    }

    /** Every count of the rows' figures (the rates aside), by key. */
    private static Map<String, Integer> counts(JsonNode row) {
        Map<String, Integer> counts = new HashMap<>();
        for (Iterator<String> keys = row.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (row.get(key).isInt() && !List.of("tier", "children", "unstaffed_children").contains(key)) {
                counts.put(key, row.get(key).asInt());
            }
        }
        return counts;
    }

    private static Map<String, Integer> sum(JsonNode... rows) {
        Map<String, Integer> total = new HashMap<>();
        for (JsonNode row : rows) {
            counts(row).forEach((key, n) -> total.merge(key, n, Integer::sum));
        }
        return total;
    }

    @Test
    void theCityIsTheSumOfItsDistrictsAndEachDistrictOfItsFirstLevelGrids() {
        Map<String, JsonNode> city = rows("city");
        assertEquals(1, city.size(), "one row for the city");
        JsonNode whole = city.get("city");
        assertEquals("全市", whole.get("name").asText());
        assertEquals("city", whole.get("level").asText());
        assertEquals(2, whole.get("children").asInt(), "its districts");
        Map<String, JsonNode> districts = rows("district");
        assertEquals(List.of("D", "E"), districts.keySet().stream().sorted().toList());
        Map<String, JsonNode> first = rows("first");

        assertEquals(sum(districts.get("D"), districts.get("E")), counts(whole));
        assertEquals(sum(first.get("A"), first.get("B")), counts(districts.get("D")));
        assertEquals(sum(first.get("C"), first.get("F")), counts(districts.get("E")));
        assertEquals(3, whole.get("objects_due").asInt(), "three sources due in the city");
        assertTrue(whole.get("duties_due").asInt() >= 3, "their duties at least");
    }

    @Test
    void aSourceOnTheBoundaryBetweenTwoDistrictsCountsOnce() {
        assertEquals("B", sql.text("SELECT grid_code FROM source WHERE code = '" + TwoDistrictCity.ON_THE_BOUNDARY + "'"),
                "located in one grid: of the two grids whose edge it lies on, the smaller code");
        assertEquals(1, sql.count("SELECT count(DISTINCT grid_code) FROM duty WHERE target_code = '"
                + TwoDistrictCity.ON_THE_BOUNDARY + "'"), "its duties lie in that grid alone");
        Map<String, JsonNode> districts = rows("district");
        assertEquals(2, districts.get("D").get("objects_due").asInt(), "the boundary source is D's");
        assertEquals(1, districts.get("E").get("objects_due").asInt(), "and not E's too");
        assertEquals(3, rows("city").get("city").get("objects_due").asInt(), "so the city counts it once");
        assertEquals(1, rows("first").get("B").get("objects_due").asInt());
        assertEquals(1, rows("first").get("C").get("objects_due").asInt(), "C has its own source only");
    }

    @Test
    void theDrillDownGoesFromTheCityToItsDistrictsAndTheTrendOfTheCityIsItsSums() {
        var children = admin.get("/api/coverage.csv?period=" + MONTH + "&parent=city");
        assertEquals(200, children.status());
        var trend = admin.get("/api/coverage/trend?grid=city&period=" + MONTH + "&count=2").json();
        assertEquals(2, trend.size());
        assertEquals(3, trend.get(1).get("objects_due").asInt(), "November's city row");
        assertEquals(0, trend.get(0).get("objects_due").asInt(), "nothing was due in October");
        var map = admin.get("/api/coverage?period=" + MONTH + "&level=city").json();
        assertEquals("Polygon", map.get("features").get(0).get("geometry").get("type").asText(),
                "the city is drawn as the union of its districts, which touch");
        assertEquals(404, admin.get("/api/coverage/trend?grid=nowhere&period=" + MONTH).status());
    }

    @Test
    void theExcelExportOfALevelCarriesTheDistrictsAndTheCityOnSheetsOfTheirOwn() throws Exception {
        byte[] bytes = http.toBlocking().retrieve(HttpRequest.GET("/api/coverage.xlsx?period=" + MONTH + "&level=first")
                .bearerAuth(admin.token()), byte[].class);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(3, book.getNumberOfSheets());
            assertTrue(book.getSheetName(0).endsWith("覆盖率"), book.getSheetName(0));
            assertTrue(book.getSheetName(1).endsWith("区县"), book.getSheetName(1));
            assertTrue(book.getSheetName(2).endsWith("全市"), book.getSheetName(2));
            assertEquals(List.of("A", "B", "C", "F"), codes(book.getSheetAt(0)));
            assertEquals(List.of("D", "E"), codes(book.getSheetAt(1)));
            assertEquals(List.of("city"), codes(book.getSheetAt(2)));
        }
    }

    /** The codes of a sheet's rows, below its header row (the one starting with 编码). */
    private static List<String> codes(Sheet sheet) {
        List<String> codes = new ArrayList<>();
        boolean below = false;
        for (var row : sheet) {
            String first = row.getCell(0) == null ? "" : row.getCell(0).toString();
            if (below) {
                codes.add(first);
            }
            below |= first.equals("编码");
        }
        return codes;
    }

    @Test
    void eachDistrictPublishesItsOwnReviewOfItsOwnGrids() {
        assertEquals(List.of("A", "B"), rankedCodes(admin.get("/api/review?quarter=" + QUARTER + "&district=D").json()));
        assertEquals(List.of("C", "F"), rankedCodes(admin.get("/api/review?quarter=" + QUARTER + "&district=E").json()));
        var unnamed = admin.get("/api/review?quarter=" + QUARTER);
        assertEquals(400, unnamed.status(), "a city of two districts: which one?");
        assertTrue(unnamed.json().toString().contains("district"), unnamed.json().toString());
        assertEquals(400, admin.get("/api/review?quarter=" + QUARTER + "&district=A").status(), "A is a town");
        assertEquals(404, admin.get("/api/review?quarter=" + QUARTER + "&district=X").status());

        var d = admin.post("/api/reviews?quarter=" + QUARTER + "&district=D", "");
        assertEquals(201, d.status(), String.valueOf(d.json()));
        assertEquals("D", d.json().get("district").asText());
        assertEquals(1, admin.get("/api/reviews?district=D").json().size());
        assertEquals(0, admin.get("/api/reviews?district=E").json().size(), "E's quarter is not published by D's");
        assertEquals(404, admin.get("/api/reviews/" + QUARTER + "?district=E").status());
        String audited = "SELECT count(*) FROM audit_log WHERE entity = 'review' AND entity_id = 'E/" + QUARTER + "'";
        long before = sql.count(audited);
        assertEquals(201, admin.post("/api/reviews?quarter=" + QUARTER + "&district=E", "").status(),
                "the same quarter, another district");
        assertEquals(409, admin.post("/api/reviews?quarter=" + QUARTER + "&district=D", "").status());
        assertEquals(List.of("C", "F"), rankedCodes(admin.get("/api/reviews/" + QUARTER + "?district=E").json()));
        assertEquals(before + 1, sql.count(audited), "publishing is audited under the district and quarter");
    }

    @Test
    void theCityViewSetsTheDistrictsSideBySideAndRanksAllFirstLevelGridsWithTheirDistrictsWeights() {
        admin.post("/api/reviews?quarter=" + QUARTER + "&district=E", "");
        JsonNode city = admin.get("/api/review/city?quarter=" + QUARTER).json();
        assertEquals("全市", city.get("cityName").asText());
        List<String> districts = new ArrayList<>();
        city.get("districts").forEach(line -> districts.add(line.get("district").get("code").asText()
                + (line.get("published").asBoolean() ? " published" : "")));
        assertEquals(List.of("D", "E published"), districts.stream().sorted().toList());
        city.get("districts").forEach(line -> assertEquals(0.35, line.get("weights").get("dutyCompletion").asDouble()));
        List<String> grids = new ArrayList<>();
        city.get("ranking").forEach(line -> grids.add(line.get("grid").get("code").asText() + "@"
                + line.get("district").asText()));
        assertEquals(List.of("A@D", "B@D", "C@E", "F@E"), grids.stream().sorted().toList());
        byte[] bytes = http.toBlocking().retrieve(HttpRequest.GET("/api/review/city.xlsx?quarter=" + QUARTER)
                .bearerAuth(admin.token()), byte[].class);
        assertTrue(bytes.length > 0);
    }

    private static List<String> rankedCodes(JsonNode review) {
        List<String> codes = new ArrayList<>();
        review.get("ranking").forEach(r -> codes.add(r.get("code").asText()));
        return codes.stream().sorted().toList();
    }
}
