package com.envgrid.core.sheet;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spreadsheets as a census office sends them, made here with POI, read as a person sees them in Excel. */
class SheetReaderTest {
    private static final Predicate<List<String>> NAMES_AND_LON = cells -> cells.contains("名称") && cells.contains("经度");
    private static final SheetReader.Options OPTIONS = SheetReader.Options.header(NAMES_AND_LON, 1000);

    private static Workbook workbook(String format) {
        return format.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook();
    }

    private static byte[] bytes(Workbook book) {
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Row row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof String s) {
                row.createCell(c).setCellValue(s);
            } else if (values[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            }
        }
        return row;
    }

    private static CellStyle format(Workbook book, String format) {
        CellStyle style = book.createCellStyle();
        style.setDataFormat(book.createDataFormat().getFormat(format));
        return style;
    }

    /** 污染源普查名录: a merged title, a blank row, the header on row 3, then rows as Excel keeps their values. */
    private static byte[] directory(String format) {
        Workbook book = workbook(format);
        Sheet sheet = book.createSheet("名录");
        row(sheet, 0, "XX区污染源普查名录");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        row(sheet, 2, "名称", "编号", "经度", "纬度", "登记日期", "备注");
        Row first = row(sheet, 3, "华光化工", 330103001001L, 120.508333, 30.25, null, 12000000);
        first.createCell(4).setCellValue(LocalDateTime.of(2026, 3, 1, 0, 0));
        first.getCell(4).setCellStyle(format(book, "yyyy/m/d"));
        Row second = row(sheet, 5, "新光印染", 1234, 120.5, 30.1);
        second.getCell(1).setCellStyle(format(book, "000000"));
        second.createCell(4).setCellValue(LocalDateTime.of(2026, 3, 2, 8, 30));
        second.getCell(4).setCellStyle(format(book, "yyyy-mm-dd hh:mm"));
        second.createCell(5).setCellFormula("A6&\"（二厂）\"");
        Row third = row(sheet, 6, "园区污水站", "007", 120.51, 30.2, null, 0.125);
        third.getCell(5).setCellStyle(format(book, "0.0%"));
        return bytes(book);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void a_title_row_is_skipped_and_the_header_found_under_it(String format) {
        SheetTable table = SheetReader.read(directory(format), OPTIONS);
        assertEquals(format.equals("xlsx") ? SheetFormat.XLSX : SheetFormat.XLS, table.format());
        assertEquals("名录", table.sheet());
        assertEquals(3, table.header().number());
        assertEquals(List.of("名称", "编号", "经度", "纬度", "登记日期", "备注"), table.columns());
        assertEquals(List.of(4, 6, 7), table.rows().stream().map(SheetRow::number).toList(),
                "blank rows are left out, rows keep the numbers Excel shows");
        assertNull(table.charset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void cells_read_as_excel_shows_them(String format) {
        List<SheetRow> rows = SheetReader.read(directory(format), OPTIONS).rows();
        assertEquals(List.of("华光化工", "330103001001", "120.508333", "30.25", "2026-03-01", "12000000"),
                rows.get(0).cells(), "long numbers in full, never 3.30103E+11 or 1.2E7");
        assertEquals(List.of("新光印染", "001234", "120.5", "30.1", "2026-03-02 08:30", "新光印染（二厂）"),
                rows.get(1).cells(), "a code format keeps its leading zeros; a formula gives its value");
        assertEquals(List.of("园区污水站", "007", "120.51", "30.2", "", "12.5%"), rows.get(2).cells(),
                "a code typed as text stays text; a percentage as shown");
    }

    @Test
    void a_cell_is_named_as_excel_names_it() {
        SheetRow row = SheetReader.read(directory("xlsx"), OPTIONS).rows().get(1);
        assertEquals("C6", row.reference(2));
        assertEquals("AA17", SheetRow.reference(26, 17));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void merged_header_cells_name_every_column_they_span(String format) {
        Workbook book = workbook(format);
        Sheet sheet = book.createSheet("Sheet1");
        row(sheet, 0, "名称", "坐标", null, "所属街道");
        row(sheet, 1, null, "经度", "纬度", null);
        sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
        sheet.addMergedRegion(new CellRangeAddress(0, 1, 3, 3));
        row(sheet, 2, "甲厂", 120.1, 30.1, "新华街道");
        row(sheet, 3, "乙厂", 120.2, 30.2, null);
        sheet.addMergedRegion(new CellRangeAddress(2, 3, 3, 3));
        SheetTable table = SheetReader.read(bytes(book), OPTIONS);
        assertEquals(2, table.header().number());
        assertEquals(List.of("名称", "经度", "纬度", "所属街道"), table.columns());
        assertEquals(List.of("乙厂", "120.2", "30.2", "新华街道"), table.rows().get(1).cells(),
                "a street merged down a block of rows belongs to each of them");
    }

    @Test
    void without_a_recognised_header_the_first_non_blank_row_is_the_header() {
        Workbook book = workbook("xlsx");
        Sheet sheet = book.createSheet("Sheet1");
        row(sheet, 1, "企业", "地址");
        row(sheet, 2, "甲厂", "新华路1号");
        SheetTable table = SheetReader.read(bytes(book), OPTIONS);
        assertEquals(2, table.header().number());
        assertEquals(1, table.rows().size());
    }

    @Test
    void the_sheet_named_or_else_the_first_visible_one() {
        Workbook book = workbook("xlsx");
        row(book.createSheet("说明"), 0, "填表说明");
        row(book.createSheet("名录"), 0, "名称", "经度");
        row(book.getSheet("名录"), 1, "甲厂", 120.1);
        book.setSheetHidden(0, true);
        byte[] file = bytes(book);
        assertEquals("名录", SheetReader.read(file, OPTIONS).sheet());
        assertEquals("说明", SheetReader.read(file, OPTIONS.sheet("说明")).sheet());
        assertEquals(List.of("说明", "名录"), SheetReader.sheetNames(file));
        var e = assertThrows(UnreadableSheet.class, () -> SheetReader.read(file, OPTIONS.sheet("Sheet1")));
        assertEquals(SheetCode.NO_SUCH_SHEET, e.code());
        assertEquals("说明、名录", e.params().get("sheets"));
        assertEquals(0, e.row());
    }

    @Test
    void a_password_protected_workbook_is_refused_as_such() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
        encryptor.confirmPassword("机密");
        try (OutputStream out = encryptor.getDataStream(fs)) {
            out.write(directory("xlsx"));
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        fs.writeFilesystem(encrypted);
        var e = assertThrows(UnreadableSheet.class, () -> SheetReader.read(encrypted.toByteArray(), OPTIONS));
        assertEquals(SheetCode.ENCRYPTED, e.code());
        assertTrue(e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void a_damaged_workbook_is_refused_as_a_whole() {
        byte[] truncated = java.util.Arrays.copyOf(directory("xlsx"), 300);
        var e = assertThrows(UnreadableSheet.class, () -> SheetReader.read(truncated, OPTIONS));
        assertEquals(SheetCode.UNREADABLE, e.code());
        assertEquals(0, e.row());
        byte[] xls = java.util.Arrays.copyOf(directory("xls"), 600);
        assertEquals(SheetCode.UNREADABLE, assertThrows(UnreadableSheet.class, () -> SheetReader.read(xls, OPTIONS)).code());
    }

    @Test
    void more_rows_than_the_limit_are_refused_at_the_first_row_past_it() {
        Workbook book = workbook("xlsx");
        Sheet sheet = book.createSheet("Sheet1");
        row(sheet, 0, "名称", "经度");
        for (int r = 1; r <= 4; r++) {
            row(sheet, r, "厂" + r, 120.0);
        }
        byte[] file = bytes(book);
        assertEquals(4, SheetReader.read(file, SheetReader.Options.header(NAMES_AND_LON, 4)).rows().size());
        var e = assertThrows(UnreadableSheet.class, () -> SheetReader.read(file, SheetReader.Options.header(NAMES_AND_LON, 3)));
        assertEquals(SheetCode.TOO_LARGE, e.code());
        assertEquals(5, e.row());
        assertEquals(3, e.params().get("max_rows"));
    }

    @Test
    void csv_text_is_read_the_same_way_with_its_charset() {
        String csv = "XX区污染源普查名录,,\r\n\r\n名称,经度,纬度\r\n\"华光,化工\",120.5,30.2\r\n";
        SheetTable table = SheetReader.read(csv.getBytes(TextEncoding.GBK), OPTIONS);
        assertEquals(SheetFormat.CSV, table.format());
        assertEquals(TextEncoding.GBK, table.charset());
        assertEquals(3, table.header().number());
        assertEquals(List.of("华光,化工", "120.5", "30.2"), table.rows().get(0).cells());
        var e = assertThrows(UnreadableSheet.class, () -> SheetReader.read("名称,经度\n\"甲,1\n".getBytes(
                StandardCharsets.UTF_8), OPTIONS));
        assertEquals(2, e.row(), "a place in CSV text is its line");
    }

    @Test
    void rows_written_back_read_again_as_they_were_with_codes_kept_as_text() {
        List<String> header = List.of("名称", "编号", "经度", "原因");
        List<List<String>> rows = List.of(List.of("华光化工", "001234", "120.5", "C2: 经度不是数字"),
                List.of("新光印染", "330103001001", "", "名称为空"));
        byte[] file = SheetWriter.xlsx("未通过的行", header, rows);
        SheetTable table = SheetReader.read(file, OPTIONS);
        assertEquals("未通过的行", table.sheet());
        assertEquals(header, table.columns());
        assertEquals(rows.get(0), table.rows().get(0).cells());
        assertEquals(List.of("新光印染", "330103001001", "", "名称为空"), table.rows().get(1).cells());
    }

    @Test
    void a_source_name_that_reads_as_a_formula_is_written_back_as_a_string_cell_excel_never_runs() throws IOException {
        String name = "=HYPERLINK(\"http://phish.example/login\",\"点此查看\")";
        byte[] file = SheetWriter.xlsx("未通过的行", List.of("名称", "原因"), List.of(List.of(name, "信用等级为空")));
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var cell = book.getSheetAt(0).getRow(1).getCell(0);
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals(name, cell.getStringCellValue());
        }
    }
}
