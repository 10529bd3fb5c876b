package com.envgrid.api.source;

import com.envgrid.core.source.RowProblem;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.List;

/**
 * What a directory import did or — on a dry run, or when bad rows stopped it — would do: rows read, good and bad,
 * how many were written (new or updated), and every bad row with its line, column and why.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
record ImportReport(boolean dryRun, boolean written, String charset, int rows, int good, int bad, int added,
                    int updated, List<RowProblem> problems) {
}
