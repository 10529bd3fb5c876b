/**
 * Coverage (覆盖): what supervision happened in each grid during a period — duties, objects inspected, patrols,
 * problems, complaints, location mismatches — as {@link com.envgrid.core.coverage.GridFigures}, and the roll-up that
 * makes every parent grid's figures the sums of its children's ({@link com.envgrid.core.coverage.CoverageRollup}).
 */
package com.envgrid.core.coverage;
