package com.envgrid.api.shared;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table exported as Excel (.xlsx) or CSV, read by people in Excel or WPS first: a title row naming district and
 * period, lines of notes under it (weights, publication), bold Chinese headers, then the rows.
 * <ul>
 *   <li>Excel: one sheet (or one per table, {@link #xlsx(List)}) named for what it holds ({@code 2026年第3季度 覆盖率}, made safe for Excel: at most 31
 *   characters, no {@code []:*?/\}); codes are string cells formatted as text ({@code @}), so a 12-digit grid code
 *   never turns into {@code 3.20214E+11}; counts are whole numbers and rates numbers shown as percentages.</li>
 *   <li>CSV: UTF-8 with a byte-order mark, so that Excel reads the Chinese; rates written as percentages
 *   ({@code 87.5%}), scores with two decimals. Codes are written as the formula {@code ="320214001"}: Excel and WPS
 *   take an unquoted long number as a number and show it in scientific notation, dropping digits past the 15th and
 *   leading zeros; the formula's value is the code as text, exactly, and is what sorting and look-ups see. (A leading
 *   tab also keeps Excel from reading a number, but then the tab is part of the cell's value and breaks look-ups.)
 *   A program reading the CSV strips the {@code ="…"} around a code. Every other text that Excel would take for a
 *   formula — beginning with {@code = + - @}, a tab or a carriage return, say a grid named
 *   {@code =HYPERLINK("http://…","点击")} — is written after a single quote, which Excel shows and runs nothing
 *   of (OWASP's advice against CSV injection); numbers are written as they are.</li>
 * </ul>
 * In the workbook every text is a string cell, which Excel never evaluates, so it needs no quote.
 * A route that downloads a table declares {@code produces = {Tables.XLSX, MediaType.APPLICATION_JSON, MediaType.ALL}}
 * (or CSV): a file is sent as what it is whatever the Accept, never refused with a 406 (RFC 9110 §12.5.1 lets a
 * server disregard Accept). JSON is named for the router: a client that asks JSON of every route gets the file, not
 * the JSON route beside it ({@code /api/reviews/{quarter}} reading {@code 2026-Q3.csv} as a quarter).
 */
public record Tables(String sheet, String title, List<String> notes, List<Column> columns, List<List<Object>> rows) {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv; charset=utf-8";

    /** A table on a sheet named after its title, with no notes. */
    public Tables(String title, List<Column> columns, List<List<Object>> rows) {
        this(title, title, List.of(), columns, rows);
    }

    public Tables {
        notes = List.copyOf(notes);
    }

    /**
     * A column: its header and how its values read — TEXT, CODE (an identifier of digits that must stay text),
     * COUNT, RATE (a fraction shown in %), SCORE.
     */
    public record Column(String header, Kind kind) {
        public enum Kind { TEXT, CODE, COUNT, RATE, SCORE }
    }

    /** The sheet's name as Excel allows it. */
    public String sheetName() {
        return WorkbookUtil.createSafeSheetName(sheet, '_');
    }

    public byte[] xlsx() {
        return xlsx(List.of(this));
    }

    /** Several tables in one workbook, a sheet each in the order given; their sheet names must differ. */
    public static byte[] xlsx(List<Tables> tables) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            tables.forEach(table -> table.write(book, styles));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell styles of a workbook, made once for all its sheets. */
    private record Styles(CellStyle title, CellStyle header, CellStyle text, CellStyle count, CellStyle rate,
                          CellStyle score) {
        Styles(XSSFWorkbook book) {
            this(bold(book), bold(book), formatted(book, "@"), formatted(book, "0"), formatted(book, "0.0%"),
                    formatted(book, "0.00"));
        }

        private static CellStyle bold(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle style = book.createCellStyle();
            style.setFont(bold);
            return style;
        }

        private static CellStyle formatted(XSSFWorkbook book, String format) {
            DataFormat formats = book.createDataFormat();
            CellStyle style = book.createCellStyle();
            style.setDataFormat(formats.getFormat(format));
            return style;
        }
    }

    private void write(XSSFWorkbook book, Styles styles) {
        Sheet sheet = book.createSheet(sheetName());
        int last = Math.max(1, columns.size() - 1);
        int r = 0;
        Cell titleCell = sheet.createRow(r).createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(styles.title());
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
        for (String note : notes) {
            r++;
            sheet.createRow(r).createCell(0).setCellValue(note);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
        }
        Row header = sheet.createRow(++r);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header());
        }
        for (List<Object> values : rows) {
            Row row = sheet.createRow(++r);
            for (int c = 0; c < columns.size(); c++) {
                Object v = values.get(c);
                Column.Kind kind = columns.get(c).kind();
                Cell cell = row.createCell(c);
                if (v instanceof Number n && kind != Column.Kind.CODE && kind != Column.Kind.TEXT) {
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(switch (kind) {
                        case RATE -> styles.rate();
                        case SCORE -> styles.score();
                        default -> styles.count();
                    });
                } else if (v != null) {
                    cell.setCellValue(v.toString());
                    cell.setCellStyle(styles.text());
                }
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
    }

    public byte[] csv() {
        StringBuilder sb = new StringBuilder("\uFEFF");
        line(sb, List.of(inert(title)));
        notes.forEach(note -> line(sb, List.of(inert(note))));
        line(sb, columns.stream().map(column -> inert(column.header())).toList());
        for (List<Object> values : rows) {
            List<String> texts = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                texts.add(csvText(columns.get(c).kind(), values.get(c)));
            }
            line(sb, texts);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csvText(Column.Kind kind, Object v) {
        if (v == null) {
            return "";
        }
        return switch (kind) {
            case CODE -> "=\"" + v.toString().replace("\"", "\"\"") + "\"";
            case RATE -> v instanceof Number n ? decimal(n.doubleValue() * 100, 1) + "%" : inert(v.toString());
            case SCORE -> v instanceof Number n ? new BigDecimal(n.toString()).setScale(2, RoundingMode.HALF_UP).toPlainString()
                    : inert(v.toString());
            default -> v instanceof Number ? v.toString() : inert(v.toString());
        };
    }

    /** A text as Excel reads it from a CSV without running it: after a single quote if it would start a formula. */
    private static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** At most {@code digits} decimals, none written when they are zeros: 87.5, 100, 11.1. */
    private static String decimal(double value, int digits) {
        return new BigDecimal(Double.toString(value)).setScale(digits, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    private static void line(StringBuilder sb, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String text = values.get(i);
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                text = "\"" + text.replace("\"", "\"\"") + "\"";
            }
            sb.append(text);
        }
        sb.append("\r\n");
    }
}
