package com.envgrid.core.source;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Directory workbooks as a census office keeps them, made with POI for the tests of the directory's reading here and
 * of its import in grid-api (through this module's test-jar).
 */
public final class DirectoryWorkbooks {
    public static final Object[] HEADER = {"序号", "名称", "统一社会信用代码", "地址", "经度", "纬度", "信用等级"};

    private DirectoryWorkbooks() {
    }

    /**
     * 污染源普查名录: a sheet of that name with a title on row 1 and the rows given from row 3 on (the header first;
     * an empty row stays blank), then a sheet of notes.
     */
    public static byte[] census(String sheetName, Object[]... rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            book.createSheet("填表说明").createRow(0).createCell(0).setCellValue("经纬度为 WGS84");
            sheet.createRow(0).createCell(0).setCellValue("XX区污染源普查名录");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
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
