package com.envgrid.api.duty;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What generating a period did: duties the rules call for, those newly created (the rest existed already), open
 * duties moved to another supervisor, and duties in grids nobody supervises.
 */
@Serdeable
public record GenerationReport(String period, int planned, int created, int reassigned, int unassigned) {
}
