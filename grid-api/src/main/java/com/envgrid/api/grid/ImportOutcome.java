package com.envgrid.api.grid;

import com.envgrid.core.grid.validation.ValidationReport;
import com.envgrid.core.grid.validation.ValidationSettings;

/**
 * What an import did or — on a dry run — would do: how many grids the file held, how many are new or replace
 * stored ones, the size of the resulting layer, and the validation report of that layer with the sliver
 * tolerances it was made with.
 */
public record ImportOutcome(boolean dryRun, boolean accepted, Long layerVersion, int submitted, int added, int updated,
                            int total, ValidationReport report, ValidationSettings tolerances) {
}
