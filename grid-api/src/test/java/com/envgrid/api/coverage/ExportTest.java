package com.envgrid.api.coverage;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.grid.GridFiles;
import com.envgrid.core.source.CreditCode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.envgrid.api.grid.GridFiles.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coverage and review exports as a district office opens them in Excel, on a district whose grids carry real
 * administrative codes (12 digits at the second level, which Excel would turn into 3.20214E+11): town 320214001
 * with community 320214001001 (staffed, one source inspected: 1 of its 5 duties done) and village 320214001002
 * (nobody), street 320214002 (nobody); November 2026, the clock on 25 November. The village's name, as its boundary
 * file gave it, reads as an Excel formula ({@link #FORMULA}): the exports must show it, never run it.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
class ExportTest extends ApiTestBase {
    static final String DISTRICT = "320214";
    static final String TOWN = "320214001";
    static final String STREET = "320214002";
    static final String COMMUNITY = "320214001001";
    static final String VILLAGE = "320214001002";
    static final String FORMULA = "=HYPERLINK(\"http://phish.example/login\",\"点此查看\")";
    static final String SOURCE = CreditCode.withCheckCharacter("91320214MA1E00001");

    @Inject
    MutableClock clock;

    ApiClient admin;

    @BeforeEach
    void aDistrictWithRealCodes() {
        clock.set(Instant.parse("2026-11-25T02:00:00Z"));
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin, GridFiles.file()
                .grid(DISTRICT, "district", null, square(0, 0, 20, 10))
                .grid(TOWN, "town", DISTRICT, square(0, 0, 10, 10))
                .grid(STREET, "street", DISTRICT, square(10, 0, 20, 10))
                .grid(COMMUNITY, "community", TOWN, square(0, 0, 10, 5))
                .grid(VILLAGE, FORMULA, "village", TOWN, square(0, 5, 10, 10))
                .json());
        expect(201, admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n"
                + SOURCE + ",化工厂,120.002,30.002,D\n").getBytes(StandardCharsets.UTF_8)).contentType("text/csv")));
        var person = admin.post("/api/people", "{\"name\":\"网格员甲\",\"username\":\"sup-export\",\"password\":\""
                + "Staff-pass-2026\",\"phone\":\"13900000009\",\"role\":\"supervisor\"}");
        expect(201, person);
        expect(201, admin.post("/api/people/" + person.json().get("id").asLong() + "/assignments",
                "{\"grid_code\":\"" + COMMUNITY + "\",\"duty\":\"supervisor\"}"));
        ApiClient supervisor = ApiClient.signedIn(http, "sup-export", "Staff-pass-2026");
        expect(200, admin.post("/api/duties/generate?period=2026-11", ""));
        long duty = Long.parseLong(sql.text("SELECT id FROM duty WHERE target_kind = 'source'"));
        expect(201, supervisor.exchange(HttpRequest.PUT("/api/inspections/" + UUID.randomUUID(), "{\"duty_id\":" + duty
                + ",\"inspected_at\":\"2026-11-20T10:00:00+08:00\",\"fix\":{\"lon\":120.002,\"lat\":30.002,"
                + "\"accuracy_m\":5},\"checklist\":{},\"findings\":[]}").contentType(MediaType.APPLICATION_JSON_TYPE)));
    }

    @Test
    void a_towns_excel_holds_its_own_communities_and_villages_with_codes_as_text_levels_in_chinese_and_rates_in_percent()
            throws Exception {
        try (var book = xlsx("/api/coverage.xlsx?period=2026-11&parent=" + TOWN)) {
            assertEquals(1, book.getNumberOfSheets());
            Sheet sheet = book.getSheetAt(0);
            assertEquals("2026年11月 覆盖率", sheet.getSheetName());
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains("grid " + TOWN), "the title names the town");
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains("2026年11月"));
            Map<String, Row> rows = rowsByCode(sheet);
            assertEquals(List.of(COMMUNITY, VILLAGE), new ArrayList<>(rows.keySet()), "the town's children, not the district's");
            Cell code = rows.get(COMMUNITY).getCell(column(sheet, "编码"));
            assertEquals(CellType.STRING, code.getCellType(), "a code is text, never a number");
            assertEquals("@", code.getCellStyle().getDataFormatString());
            assertEquals("社区", text(sheet, COMMUNITY, "层级"));
            assertEquals("村", text(sheet, VILLAGE, "层级"));
            assertEquals("有", text(sheet, COMMUNITY, "网格员"));
            assertEquals("无", text(sheet, VILLAGE, "网格员"));
            Cell completion = rows.get(COMMUNITY).getCell(column(sheet, "任务完成率"));
            assertEquals(CellType.NUMERIC, completion.getCellType());
            assertEquals(0.2, completion.getNumericCellValue(), 1e-9, "1 of 5 duties");
            assertEquals("0.0%", completion.getCellStyle().getDataFormatString());
        }
    }

    @Test
    void the_first_level_tells_how_many_of_a_towns_grids_have_no_supervisor() throws Exception {
        try (var book = xlsx("/api/coverage.xlsx?period=2026-Q4&level=first")) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("2026年第4季度 覆盖率", sheet.getSheetName());
            assertEquals(List.of(TOWN, STREET), new ArrayList<>(rowsByCode(sheet).keySet()));
            assertEquals("镇", text(sheet, TOWN, "层级"));
            assertEquals("街道", text(sheet, STREET, "层级"));
            assertEquals("2 个社区/村中 1 个无网格员", text(sheet, TOWN, "网格员"));
            assertEquals("无", text(sheet, STREET, "网格员"));
        }
        var town = admin.get("/api/coverage/rows?period=2026-11&level=first").json().get(0);
        assertEquals(false, town.get("staffed").asBoolean());
        assertEquals(true, town.get("anyone_responsible").asBoolean(), "the community's supervisor walks part of it");
        assertEquals(1, town.get("unstaffed_children").asInt());
        assertEquals(2, town.get("children").asInt());
        assertEquals("[\"community\",\"village\"]", town.get("child_levels").toString());
    }

    @Test
    void the_csv_keeps_codes_intact_for_excel_and_writes_rates_as_percentages() {
        byte[] csv = bytes("/api/coverage.csv?period=2026-11&parent=" + TOWN);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csv[0], csv[1], csv[2]), "UTF-8 with a BOM");
        List<List<String>> lines = csvLines(new String(csv, StandardCharsets.UTF_8).substring(1));
        assertTrue(lines.get(0).get(0).contains("2026年11月"));
        List<String> header = lines.get(1);
        assertEquals(3, lines.size() - 1, "header and the town's two children");
        List<String> community = lines.get(2);
        assertEquals("=\"" + COMMUNITY + "\"", community.get(header.indexOf("编码")),
                "a formula whose value is the code as text: Excel shows 320214001001, not 3.20214E+11");
        assertEquals("社区", community.get(header.indexOf("层级")));
        assertEquals("20%", community.get(header.indexOf("任务完成率")));
        assertEquals("5", community.get(header.indexOf("应巡查任务")));
        assertEquals("", lines.get(3).get(header.indexOf("覆盖率")), "nothing due in the village: no rate");
    }

    @Test
    void a_name_that_reads_as_a_formula_is_shown_as_text_in_the_csv_and_the_excel() throws Exception {
        List<List<String>> lines = csvLines(new String(bytes("/api/coverage.csv?period=2026-11&parent=" + TOWN),
                StandardCharsets.UTF_8).substring(1));
        List<String> header = lines.get(1);
        assertEquals("'" + FORMULA, lines.get(3).get(header.indexOf("名称")),
                "after a single quote Excel shows the text and runs nothing");
        assertEquals("=\"" + VILLAGE + "\"", lines.get(3).get(header.indexOf("编码")), "codes stay formulas of text");
        try (var book = xlsx("/api/coverage.xlsx?period=2026-11&parent=" + TOWN)) {
            Sheet sheet = book.getSheetAt(0);
            Cell name = rowsByCode(sheet).get(VILLAGE).getCell(column(sheet, "名称"));
            assertEquals(CellType.STRING, name.getCellType(), "a string cell: Excel never evaluates it");
            assertEquals(FORMULA, name.getStringCellValue());
        }
    }

    @Test
    void the_unpublished_review_exports_with_its_weights_and_says_it_is_unpublished_and_the_published_one_its_time()
            throws Exception {
        try (var book = xlsx("/api/review.xlsx?quarter=2026-Q4&dutyCompletion=1&problemsOnTime=0&complaintsOnTime=0"
                + "&satisfaction=0&locationAccuracy=1")) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("2026年第4季度 季度点评", sheet.getSheetName());
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains("2026年第4季度"));
            assertEquals("权重：任务完成率 50%、问题按期整改率 0%、信访按期办结率 0%、满意率 0%、位置相符率 50%",
                    sheet.getRow(1).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(2).getCell(0).getStringCellValue().startsWith("未发布"));
            Map<String, Row> rows = rowsByCode(sheet);
            assertEquals(List.of(TOWN, STREET), new ArrayList<>(rows.keySet()), "ranked: the town did something");
            assertEquals(CellType.STRING, rows.get(TOWN).getCell(column(sheet, "编码")).getCellType());
            assertEquals("0.0%", rows.get(TOWN).getCell(column(sheet, "任务完成率")).getCellStyle().getDataFormatString());
        }
        expect(201, admin.post("/api/reviews?quarter=2026-Q4", ""));
        List<List<String>> lines = csvLines(new String(bytes("/api/reviews/2026-Q4.csv"), StandardCharsets.UTF_8)
                .substring(1));
        assertEquals("权重：任务完成率 35%、问题按期整改率 20%、信访按期办结率 20%、满意率 15%、位置相符率 10%", lines.get(1).get(0));
        assertEquals("发布时间：2026-11-25 10:00（Asia/Shanghai）", lines.get(2).get(0));
        List<String> header = lines.get(3);
        assertEquals("=\"" + TOWN + "\"", lines.get(4).get(header.indexOf("编码")));
        assertTrue(lines.get(4).get(header.indexOf("任务完成率")).endsWith("%"));
    }

    @Test
    void an_export_of_a_grid_nobody_has_or_of_no_period_is_refused_with_the_reason() {
        var unknown = admin.get("/api/coverage.xlsx?period=2026-11&parent=320214999");
        assertEquals(404, unknown.status());
        assertTrue(unknown.json().toString().contains("320214999"), unknown.json().toString());
        var badPeriod = admin.get("/api/coverage.csv?period=2026-13&parent=" + TOWN);
        assertEquals(400, badPeriod.status());
        assertTrue(badPeriod.json().toString().contains("period"), badPeriod.json().toString());
        var badWeight = admin.get("/api/review.csv?quarter=2026-Q4&satisfaction=-1");
        assertEquals(400, badWeight.status());
        assertTrue(badWeight.json().toString().contains("satisfaction"), badWeight.json().toString());
        assertEquals(400, admin.get("/api/review.xlsx?quarter=2026-Q5").status());
    }

    private XSSFWorkbook xlsx(String uri) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes(uri)));
    }

    private byte[] bytes(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri).bearerAuth(admin.token()), byte[].class);
    }

    /** The data rows by their code (column 编码), in sheet order. */
    private static Map<String, Row> rowsByCode(Sheet sheet) {
        int header = headerRow(sheet);
        int code = column(sheet, "编码");
        Map<String, Row> rows = new java.util.LinkedHashMap<>();
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            rows.put(sheet.getRow(r).getCell(code).getStringCellValue(), sheet.getRow(r));
        }
        return rows;
    }

    private static String text(Sheet sheet, String code, String column) {
        return rowsByCode(sheet).get(code).getCell(column(sheet, column)).getStringCellValue();
    }

    private static int headerRow(Sheet sheet) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Cell first = sheet.getRow(r).getCell(0);
            if (first != null && List.of("编码", "排名").contains(first.getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no header row");
    }

    private static int column(Sheet sheet, String header) {
        Row row = sheet.getRow(headerRow(sheet));
        for (Cell cell : row) {
            if (header.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    /** RFC 4180 lines: quoted fields may hold commas and doubled quotes. */
    static List<List<String>> csvLines(String text) {
        List<List<String>> lines = new ArrayList<>();
        for (String line : text.split("\r\n")) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            lines.add(fields);
        }
        return lines;
    }

    private static void expect(int status, ApiClient.Answer answer) {
        assertEquals(status, answer.status(), String.valueOf(answer.json()));
    }
}
