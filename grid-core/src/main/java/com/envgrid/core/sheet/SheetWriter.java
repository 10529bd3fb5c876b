package com.envgrid.core.sheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes rows of text back as an Excel workbook (.xlsx) that {@link SheetReader} reads again as it was written: a
 * bold header row frozen at the top, then the rows. Every cell is a text cell in the text format ({@code @}), so that
 * codes keep their leading zeros and long digit strings never turn into numbers in scientific notation when the
 * bureau edits and saves the file again. The sheet's name is made safe for Excel (at most 31 characters, no
 * {@code []:*?/\}).
 */
public final class SheetWriter {
    /** The media type of an .xlsx workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SheetWriter() {
    }

    public static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(sheetName, '_'));
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            CellStyle bold = book.createCellStyle();
            bold.cloneStyleFrom(text);
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            write(sheet.createRow(0), header, bold);
            for (int r = 0; r < rows.size(); r++) {
                write(sheet.createRow(r + 1), rows.get(r), text);
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(style);
            if (values.get(c) != null && !values.get(c).isEmpty()) {
                cell.setCellValue(values.get(c));
            }
        }
    }
}
