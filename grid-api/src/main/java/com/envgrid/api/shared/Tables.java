package com.envgrid.api.shared;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table exported as Excel (.xlsx: a title row naming district and period, bold Chinese headers, counts as whole
 * numbers and rates as percentages) or as CSV (UTF-8 with a byte-order mark, so that Excel reads the Chinese).
 */
public record Tables(String title, List<Column> columns, List<List<Object>> rows) {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv; charset=utf-8";

    /** A column: its header and how its numbers read (COUNT, RATE as a fraction shown in %, SCORE, TEXT). */
    public record Column(String header, Kind kind) {
        public enum Kind { TEXT, COUNT, RATE, SCORE }
    }

    public byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("sheet1");
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle titleStyle = book.createCellStyle();
            titleStyle.setFont(bold);
            CellStyle headerStyle = book.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle count = book.createCellStyle();
            count.setDataFormat(book.createDataFormat().getFormat("0"));
            CellStyle rate = book.createCellStyle();
            rate.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            CellStyle score = book.createCellStyle();
            score.setDataFormat(book.createDataFormat().getFormat("0.00"));
            Cell titleCell = sheet.createRow(0).createCell(0);
            titleCell.setCellValue(title);
            titleCell.setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, Math.max(1, columns.size() - 1)));
            Row header = sheet.createRow(1);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(headerStyle);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                List<Object> values = rows.get(r);
                for (int c = 0; c < columns.size(); c++) {
                    Object v = values.get(c);
                    Cell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                        cell.setCellStyle(switch (columns.get(c).kind()) {
                            case RATE -> rate;
                            case SCORE -> score;
                            default -> count;
                        });
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, 14 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] csv() {
        StringBuilder sb = new StringBuilder("\uFEFF");
        line(sb, List.of(title));
        line(sb, columns.stream().map(c -> (Object) c.header()).toList());
        rows.forEach(r -> line(sb, r));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder sb, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = values.get(i);
            String text = v == null ? "" : v.toString();
            if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
                text = "\"" + text.replace("\"", "\"\"") + "\"";
            }
            sb.append(text);
        }
        sb.append("\r\n");
    }
}
