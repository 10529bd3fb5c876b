package com.envgrid.api.grid;

import com.envgrid.core.geo.file.CrsUsed;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.validation.ValidationReport;
import com.envgrid.core.grid.validation.ValidationSettings;

import java.util.List;

/**
 * What an import did or — on a dry run — would do: the grid counts, the file's grids as they are (or would be) stored
 * with how each differs from the stored layer, the validation report of the resulting layer, the tolerances it was
 * made with, and the coordinate system the file was read in.
 */
public record ImportOutcome(boolean dryRun, boolean accepted, Long layerVersion, Counts grids, List<FileGrid> file,
                            ValidationReport report, ValidationSettings tolerances, CrsUsed crs) {

    /** How a grid of the file compares with the stored grid of its code. */
    public enum Change {
        /** No grid of this code is stored. */
        ADDED,
        /** The stored grid differs in geometry, name, level or parent. */
        CHANGED,
        /** The stored grid is the same. */
        UNCHANGED
    }

    /** A grid of the file, after the parent rule, repair and clipping, and how it compares with the stored one. */
    public record FileGrid(Grid grid, Change change) {
    }

    /**
     * How many grids the file held ({@code submitted}, after {@code district=} left {@code leftOut} features out);
     * of them, how many are new ({@code added}), differ from the stored grid of their code in geometry, name, level
     * or parent ({@code updated}) or do not ({@code unchanged}); how many stored grids the import removes (replace
     * mode: those not in the file); the size of the resulting layer.
     */
    public record Counts(int submitted, int added, int updated, int unchanged, int removed, int leftOut, int total) {
    }

    ImportOutcome written(long version) {
        return new ImportOutcome(false, true, version, grids, file, report, tolerances, crs);
    }
}
