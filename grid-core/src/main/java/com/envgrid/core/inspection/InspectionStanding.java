package com.envgrid.core.inspection;

import com.envgrid.core.duty.DutyRecords;

import java.time.Instant;
import java.util.UUID;

/**
 * What decides whether a stored record shows its target inspected: its location check, the review of its location,
 * whether a later record corrects it.
 */
public record InspectionStanding(UUID id, Instant inspectedAt, boolean locationPlausible,
                                 CountsAsInspected.LocationReview review, boolean corrected)
        implements DutyRecords.Record {
    @Override
    public boolean countsAsInspected() {
        return CountsAsInspected.counts(locationPlausible, review, corrected);
    }
}
