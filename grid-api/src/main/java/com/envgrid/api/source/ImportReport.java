package com.envgrid.api.source;

import com.envgrid.core.sheet.SheetTable;
import com.envgrid.core.source.RowProblem;
import com.envgrid.core.source.SourceSheetReader;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.List;
import java.util.Locale;

/**
 * What a directory import did or — on a dry run, or when bad rows stopped it — would do: the file read (format
 * {@code xlsx}, {@code xls}, {@code csv} or {@code geojson}; the sheet; the charset of CSV text; the coordinate
 * system of projected coordinates, null for lon/lat), rows read, good and bad, how many were written (new or
 * updated), and every bad row with its line (the row as Excel numbers it), cell, column and why.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
record ImportReport(boolean dryRun, boolean written, String format, String sheet, String charset, String crs,
                    int rows, int good, int bad, int added, int updated, List<RowIssue> problems) {

    /**
     * One thing wrong with a row ({@link RowProblem}): its row (CSV: line; GeoJSON: feature index), cell ({@code C17},
     * workbooks only), column, and why — in English ({@code message}) and in Chinese ({@code message_zh}, null for
     * GeoJSON).
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record RowIssue(int line, String cell, String column, String message, String messageZh) {
        static RowIssue of(RowProblem p) {
            return new RowIssue(p.line(), p.cell(), p.column(), p.message(), p.messageZh());
        }
    }

    static ImportReport of(SourceSheetReader.Result read, boolean geoJson, SourceSheetReader.Options options,
                           boolean dryRun, boolean written, int bad, int added, int updated) {
        SheetTable table = read.table();
        // no table from a spreadsheet: CSV text that could not be decoded (a workbook that cannot be read is refused)
        String format = geoJson ? "geojson" : table == null ? "csv" : table.format().name().toLowerCase(Locale.ROOT);
        String sheet = table == null || !table.format().isWorkbook() ? null : table.sheet();
        String crs = options.coordinates() == null ? null : options.coordinates().name();
        return new ImportReport(dryRun, written, format, sheet, read.charset() == null ? null : read.charset().name(),
                crs, read.rows().size() + bad, read.rows().size(), bad, added, updated,
                read.problems().stream().map(RowIssue::of).toList());
    }
}
