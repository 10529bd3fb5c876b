package com.envgrid.api.waste;

import com.envgrid.core.source.RowProblem;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.List;

/**
 * What a manifest import did or — on a dry run, or when bad rows stopped it — would do, as the directory's import
 * reports it: the file read (format {@code xlsx}, {@code xls} or {@code csv}, the sheet, the charset of CSV text),
 * rows read, good and bad, how many manifests were added and how many were recorded already as they are (a retried
 * import: left unchanged), and every bad row with its line, cell, column and why in English and Chinese.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
record ManifestImportReport(boolean dryRun, boolean written, String format, String sheet, String charset, int rows,
                            int good, int bad, int added, int unchanged, List<RowIssue> problems) {

    @Serdeable(naming = SnakeCaseStrategy.class)
    record RowIssue(int line, String cell, String column, String message, String messageZh) {
        static RowIssue of(RowProblem p) {
            return new RowIssue(p.line(), p.cell(), p.column(), p.message(), p.messageZh());
        }
    }
}
