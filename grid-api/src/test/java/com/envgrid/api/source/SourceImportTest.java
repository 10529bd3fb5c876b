package com.envgrid.api.source;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.grid.GridFiles;
import com.envgrid.core.sheet.SheetReader;
import com.envgrid.core.sheet.SheetTable;
import com.envgrid.core.sheet.SheetWriter;
import com.envgrid.core.source.CreditCode;
import com.envgrid.core.source.DirectoryWorkbooks;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static com.envgrid.api.grid.GridFiles.smallDistrict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bulk import of the directory: Excel workbooks and CSV in UTF-8 or GBK, every bad row reported (by cell in a
 * workbook) and downloadable, all or nothing, located into grids.
 */
@MicronautTest(transactional = false)
class SourceImportTest extends ApiTestBase {
    static final String CODE_1 = CreditCode.withCheckCharacter("91320214MA1N00001");
    static final String CODE_2 = CreditCode.withCheckCharacter("91320214MA1N00002");
    static final String HEADER = "统一社会信用代码,名称,行业,经度,纬度,重点排污单位,信用等级\n";

    ApiClient admin;

    @BeforeEach
    void smallDistrictNoSources() throws Exception {
        sql.execute("DELETE FROM draw_item; DELETE FROM source; DELETE FROM river_segment; DELETE FROM protection_zone");
        admin = ApiClient.asAdmin(http);
        emptyLayer.holdOnly(admin, smallDistrict().json());
    }

    private ApiClient.Answer importCsv(String query, byte[] csv) {
        return admin.exchange(HttpRequest.POST("/api/sources/import" + query, csv).contentType("text/csv"));
    }

    private long stored() {
        return sql.count("SELECT count(*) FROM source");
    }

    @Test
    void a_utf8_file_is_imported_and_each_source_located_in_its_grid() {
        String csv = HEADER + CODE_1 + ",清源化工有限公司,化工,120.003,30.002,是,D\n"
                + CODE_2 + ",鸿山印染厂,纺织,120.015,30.005,否,绿\n";
        var answer = importCsv("", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, answer.status(), String.valueOf(answer.json()));
        assertEquals("UTF-8", answer.json().get("charset").asText());
        assertEquals(2, answer.json().get("added").asInt());
        assertEquals("A1", sql.text("SELECT grid_code FROM source WHERE code = '" + CODE_1 + "'"));
        assertEquals("B", sql.text("SELECT grid_code FROM source WHERE code = '" + CODE_2 + "'"));
        assertEquals("A", sql.text("SELECT rating FROM source WHERE code = '" + CODE_2 + "'"), "绿 is A");
        var features = admin.get("/api/sources").json().get("features");
        assertEquals(2, features.size());
        assertEquals("[120.003,30.002]", features.get(0).get("geometry").get("coordinates").toString());
    }

    @Test
    void a_gbk_file_from_a_chinese_spreadsheet_reads_the_same() {
        String csv = HEADER + CODE_1 + ",清源化工有限公司,化工,120.003,30.002,是,D\n";
        var answer = importCsv("", csv.getBytes(Charset.forName("GBK")));
        assertEquals(201, answer.status(), String.valueOf(answer.json()));
        assertEquals("GBK", answer.json().get("charset").asText());
        assertEquals("清源化工有限公司", sql.text("SELECT name FROM source"));
    }

    @Test
    void every_bad_row_is_reported_with_line_and_column_and_nothing_is_written() {
        String wrongCheck = CODE_1.substring(0, 17) + (CODE_1.charAt(17) == '0' ? '1' : '0');
        String csv = HEADER
                + wrongCheck + ",坏代码,化工,120.003,30.002,否,A\n"          // line 2: check character
                + CODE_1 + ",好企业,化工,120.003,30.002,否,A\n"              // line 3: good
                + CODE_1 + ",重复,化工,120.004,30.002,否,A\n"                // line 4: duplicate code
                + CODE_2 + ",无位置,化工,,,否,A\n"                           // line 5: missing location
                + CreditCode.withCheckCharacter("91320214MA1N00003") + ",区外,化工,121.5,31.0,否,A\n" // line 6: outside
                + CreditCode.withCheckCharacter("91320214MA1N00004") + ",等级,化工,120.003,30.002,否,E\n" // line 7: rating
                + CreditCode.withCheckCharacter("91320214MA1N00005") + ",数字,化工,120.0O3,30.002,否,A\n"; // line 8: number
        var answer = importCsv("", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, answer.status(), String.valueOf(answer.json()));
        assertEquals("application/problem+json", answer.contentType());
        List<Integer> lines = new ArrayList<>();
        answer.json().get("report").get("problems").forEach(p -> lines.add(p.get("line").asInt()));
        assertTrue(lines.containsAll(List.of(2, 4, 5, 6, 7, 8)), lines.toString());
        assertTrue(!lines.contains(3), "the good row is not a problem");
        assertEquals(0, stored());
    }

    @Test
    void a_dry_run_reports_and_writes_nothing_and_skip_bad_imports_the_good_rows() {
        String csv = HEADER + CODE_1 + ",好企业,化工,120.003,30.002,否,A\n" + "X,坏企业,化工,120.003,30.002,否,A\n";
        var dry = importCsv("?dryRun=true", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, dry.status());
        assertEquals(1, dry.json().get("bad").asInt());
        assertEquals(0, stored());
        var skipping = importCsv("?skipBad=true", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, skipping.status(), String.valueOf(skipping.json()));
        assertEquals(1, stored());
        assertEquals(3, skipping.json().get("problems").get(0).get("line").asInt());
    }

    @Test
    void sources_are_located_again_when_a_grid_boundary_moves() {
        importCsv("", (HEADER + CODE_1 + ",企业,化工,120.003,30.004,否,A\n").getBytes(StandardCharsets.UTF_8));
        assertEquals("A1", sql.text("SELECT grid_code FROM source"));
        String moved = GridFiles.file()
                .grid("A1", "community", "A", GridFiles.square(0, 0, 10, 3))
                .grid("A2", "community", "A", GridFiles.square(0, 3, 10, 10)).json();
        assertEquals(201, admin.post("/api/grids/import", moved).status());
        assertEquals("A2", sql.text("SELECT grid_code FROM source"));
    }

    @Test
    void a_supervisor_sees_only_the_sources_in_their_grids() {
        importCsv("", (HEADER + CODE_1 + ",甲,化工,120.003,30.002,否,A\n" + CODE_2 + ",乙,化工,120.015,30.005,否,B\n")
                .getBytes(StandardCharsets.UTF_8));
        var staff = new com.envgrid.api.people.StaffFixture(http);
        var mine = staff.as("supervisor").get("/api/sources").json().get("features");
        assertEquals(1, mine.size());
        assertEquals(CODE_1, mine.get(0).get("id").asText());
        assertEquals(403, staff.as("supervisor").get("/api/sources/" + CODE_2).status());
        assertEquals(403, staff.as("supervisor").exchange(HttpRequest.POST("/api/sources/import", new byte[0])
                .contentType(MediaType.of("text/csv"))).status());
    }

    @Test
    void a_river_segment_belongs_to_every_grid_it_crosses_and_zones_mark_the_sources_inside() {
        String river = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"编码\":\"R1\",\"河流名称\":\"望虞河\",\"河长\":\"刘河长\"},\"geometry\":{\"type\":\"LineString\","
                + "\"coordinates\":[[120.005,30.002],[120.005,30.008]]}}]}";
        assertEquals(201, admin.post("/api/rivers/import", river).status());
        var segment = admin.get("/api/rivers").json().get("features").get(0).get("properties");
        assertEquals("[\"A1\",\"A2\"]", segment.get("grids").toString());
        assertEquals("刘河长", segment.get("chief").asText());

        importCsv("", (HEADER + CODE_1 + ",水源地旁企业,化工,120.003,30.002,否,A\n").getBytes(StandardCharsets.UTF_8));
        String zone = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"code\":\"Z1\",\"name\":\"望虞河水源地\",\"level\":\"一级\"},\"geometry\":"
                + GridFiles.geoJson(GridFiles.geometry(GridFiles.square(2, 1, 4, 3))) + "}]}";
        assertEquals(201, admin.post("/api/zones/import", zone).status());
        assertEquals("Z1", sql.text("SELECT zone_code FROM source"));
        assertEquals("first", admin.get("/api/zones").json().get("features").get(0).get("properties").get("level").asText());
        var broken = admin.post("/api/rivers/import", river.replace("\"LineString\"", "\"Point\"").replace("[[120.005,30.002],[120.005,30.008]]", "[120,30]"));
        assertEquals(400, broken.status());
        assertEquals("/features/0/geometry/type", broken.json().get("errors").get(0).get("pointer").asText());
    }

    @Test
    void one_source_can_be_saved_as_a_feature_and_deleted() {
        String feature = "{\"type\":\"Feature\",\"properties\":{\"统一社会信用代码\":\"" + CODE_1 + "\",\"名称\":\"单个企业\","
                + "\"信用等级\":\"C\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[120.003,30.002]}}";
        var saved = admin.post("/api/sources", feature);
        assertEquals(200, saved.status(), String.valueOf(saved.json()));
        assertEquals("C", sql.text("SELECT rating FROM source"));
        var bad = admin.post("/api/sources", feature.replace("\"C\"", "\"Z\""));
        assertEquals(422, bad.status());
        assertEquals(204, admin.exchange(HttpRequest.DELETE("/api/sources/" + CODE_1)).status());
        assertEquals(0, stored());
        assertEquals(404, admin.exchange(HttpRequest.DELETE("/api/sources/" + CODE_1)).status());
    }

    // ---- Excel workbooks -------------------------------------------------------------------------------------

    static final String XLSX = SheetWriter.XLSX;

    private static final String NAMED = URLEncoder.encode("名录", StandardCharsets.UTF_8);

    private ApiClient.Answer importWorkbook(String query, byte[] xlsx) {
        return admin.exchange(HttpRequest.POST("/api/sources/import" + query, xlsx).contentType(XLSX));
    }

    @Test
    void an_excel_directory_is_reported_by_cell_and_its_bad_rows_come_back_with_their_reasons() throws Exception {
        String wrongCheck = CODE_2.substring(0, 17) + (CODE_2.charAt(17) == '0' ? '1' : '0');
        byte[] xlsx = DirectoryWorkbooks.census("名录", DirectoryWorkbooks.HEADER,
                new Object[]{1, "清源化工有限公司", CODE_1, "新华路8号", 120.003, 30.002, "D"},      // row 4: good
                new Object[]{2, "鸿山印染厂", wrongCheck, "鸿山路1号", 120.015, 30.005, "A"},       // row 5: C5
                new Object[]{3, "无位置企业", CreditCode.withCheckCharacter("91320214MA1N00003"), "", null, 30.0, "B"}, // E5
                new Object[]{},
                new Object[]{4, "等级不对", CreditCode.withCheckCharacter("91320214MA1N00004"), "", 120.003, 30.002, "E"});
        var dry = importWorkbook("?dryRun=true&sheet=" + NAMED, xlsx);
        assertEquals(200, dry.status(), String.valueOf(dry.json()));
        assertEquals("xlsx", dry.json().get("format").asText());
        assertEquals("名录", dry.json().get("sheet").asText());
        assertEquals(1, dry.json().get("good").asInt());
        assertEquals(3, dry.json().get("bad").asInt());
        List<String> places = new ArrayList<>();
        dry.json().get("problems").forEach(p -> places.add(p.get("line").asInt() + " " + p.get("cell").asText() + " "
                + p.get("column").asText()));
        assertEquals(List.of("5 C5 统一社会信用代码", "6 E6 经度", "8 G8 信用等级"), places,
                "rows and cells as Excel shows them; the blank row 7 keeps its number");
        assertEquals(0, stored());

        byte[] rejected = http.toBlocking().retrieve(HttpRequest.POST("/api/sources/import/rejected-rows?sheet=" + NAMED,
                xlsx).contentType(XLSX).bearerAuth(admin.token()), byte[].class);
        SheetTable back = SheetReader.read(rejected, SheetReader.Options.header(cells -> cells.contains("名称"), 100));
        assertEquals(List.of("序号", "名称", "统一社会信用代码", "地址", "经度", "纬度", "信用等级", "原因"), back.columns());
        assertEquals(List.of("鸿山印染厂", "无位置企业", "等级不对"), back.rows().stream().map(r -> r.cell(1)).toList());
        assertEquals(wrongCheck, back.rows().get(0).cell(2), "the rows as sent");
        assertTrue(back.rows().get(0).cell(7).startsWith("C5：“" + wrongCheck + "”：校验位"), back.rows().get(0).cell(7));
        assertTrue(back.rows().get(2).cell(7).startsWith("G8：无法识别的信用等级“E”"), back.rows().get(2).cell(7));
        assertTrue(dry.json().get("problems").get(2).get("message").asText().startsWith("unknown rating \"E\""),
                "in English too, for API clients");

        var rejectedImport = importWorkbook("?sheet=" + NAMED, xlsx);
        assertEquals(422, rejectedImport.status());
        var imported = importWorkbook("?skipBad=true", xlsx);
        assertEquals(201, imported.status(), String.valueOf(imported.json()));
        assertEquals("名录", imported.json().get("sheet").asText(), "the first sheet when none is named");
        assertEquals("新华路8号", sql.text("SELECT address FROM source WHERE code = '" + CODE_1 + "'"), "addresses are kept");
        assertEquals("A1", sql.text("SELECT grid_code FROM source WHERE code = '" + CODE_1 + "'"));
    }

    @Test
    void a_sheet_in_gauss_kruger_metres_is_imported_with_its_coordinate_system() throws Exception {
        double[] metres = cgcs2000Zone120(120.003, 30.002);
        byte[] xlsx = DirectoryWorkbooks.census("Sheet1", new Object[]{"名称", "统一社会信用代码", "东坐标", "北坐标", "信用等级"},
                new Object[]{"清源化工有限公司", CODE_1, metres[0], metres[1], "A"});
        var unnamed = importWorkbook("?dryRun=true", xlsx);
        assertEquals(1, unnamed.json().get("bad").asInt());
        assertTrue(unnamed.json().get("problems").get(0).get("message").asText().contains("crs=EPSG:"),
                "metres without a coordinate system ask for one: " + unnamed.json());
        var answer = importWorkbook("?crs=EPSG:4549", xlsx);
        assertEquals(201, answer.status(), String.valueOf(answer.json()));
        assertTrue(answer.json().get("crs").asText().startsWith("EPSG:4549"), answer.json().toString());
        assertEquals(120.003, Double.parseDouble(sql.text("SELECT lon FROM source")), 1e-6);
        assertEquals(30.002, Double.parseDouble(sql.text("SELECT lat FROM source")), 1e-6);
        assertEquals("A1", sql.text("SELECT grid_code FROM source"));
        assertEquals(400, importWorkbook("?crs=EPSG:99999", xlsx).status());
    }

    /** Lon/lat in CGCS2000 / 3-degree Gauss-Kruger CM 120E (EPSG:4549), computed independently of the import. */
    private static double[] cgcs2000Zone120(double lon, double lat) {
        var factory = new org.locationtech.proj4j.CRSFactory();
        var transform = new org.locationtech.proj4j.CoordinateTransformFactory().createTransform(
                factory.createFromParameters("WGS84", "+proj=longlat +datum=WGS84 +no_defs"),
                factory.createFromParameters("EPSG:4549", "+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0"
                        + " +ellps=GRS80 +units=m +no_defs"));
        var out = new org.locationtech.proj4j.ProjCoordinate();
        transform.transform(new org.locationtech.proj4j.ProjCoordinate(lon, lat), out);
        return new double[]{out.x, out.y};
    }

    @Test
    void a_workbook_that_cannot_be_opened_or_a_sheet_it_lacks_is_a_400_that_says_so() {
        byte[] xlsx = DirectoryWorkbooks.census("名录", DirectoryWorkbooks.HEADER);
        var missing = importWorkbook("?sheet=Sheet9", xlsx);
        assertEquals(400, missing.status());
        assertEquals("sheet.no_such_sheet", missing.json().get("code").asText());
        assertEquals("名录、填表说明", missing.json().get("params").get("sheets").asText());
        var damaged = importWorkbook("", java.util.Arrays.copyOf(xlsx, 400));
        assertEquals(400, damaged.status());
        assertEquals("sheet.unreadable", damaged.json().get("code").asText());
        var inspected = admin.exchange(HttpRequest.POST("/api/sources/import/inspect", xlsx).contentType(XLSX));
        assertEquals(200, inspected.status(), String.valueOf(inspected.json()));
        assertEquals("[\"名录\",\"填表说明\"]", inspected.json().get("sheets").toString());
        assertEquals(3, inspected.json().get("header_row").asInt());
        assertEquals("名称", inspected.json().get("columns").get(1).asText());
    }
}
