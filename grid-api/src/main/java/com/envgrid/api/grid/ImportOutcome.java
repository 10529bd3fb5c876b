package com.envgrid.api.grid;

import com.envgrid.core.geo.file.CrsUsed;
import com.envgrid.core.grid.validation.ValidationReport;
import com.envgrid.core.grid.validation.ValidationSettings;

/**
 * What an import did or — on a dry run — would do: the grid counts, the validation report of the resulting layer
 * and the tolerances it was made with, and the coordinate system the file was read in.
 */
public record ImportOutcome(boolean dryRun, boolean accepted, Long layerVersion, Counts grids,
                            ValidationReport report, ValidationSettings tolerances, CrsUsed crs) {

    /**
     * How many grids the file held ({@code submitted}, after {@code district=} left {@code leftOut} features out);
     * of them, how many are new ({@code added}), differ from the stored grid of their code in geometry, name, level
     * or parent ({@code updated}) or do not ({@code unchanged}); how many stored grids the import removes (replace
     * mode: those not in the file); the size of the resulting layer.
     */
    public record Counts(int submitted, int added, int updated, int unchanged, int removed, int leftOut, int total) {
    }

    ImportOutcome written(long version) {
        return new ImportOutcome(false, true, version, grids, report, tolerances, crs);
    }
}
