package com.envgrid.api.people;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Staff rosters as bureaus keep them, made with POI for the tests. */
public final class RosterWorkbooks {
    /** The roster's columns, as a CSV header line. */
    public static final String HEADER = "姓名,用户名,手机,角色,网格编码,职务\n";

    private RosterWorkbooks() {
    }

    /** A workbook with a title row above the header, then one row a person (each row given as CSV). */
    public static byte[] workbook(String... rows) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("花名册");
            sheet.createRow(0).createCell(0).setCellValue("XX区网格员花名册");
            List<String> lines = new ArrayList<>(List.of(HEADER.strip()));
            lines.addAll(List.of(rows));
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r + 1);
                String[] cells = lines.get(r).split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].matches("1\\d{10}")) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c])); // phones typed as numbers
                    } else if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
