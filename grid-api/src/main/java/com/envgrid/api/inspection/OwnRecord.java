package com.envgrid.api.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.Instant;
import java.util.UUID;

/**
 * One of the caller's own recent records with what became of it: the record as stored (with the cases its findings
 * opened), the verdict on where it was made — {@code plausible}; {@code flagged}, waiting for a chief's review;
 * {@code accepted} or {@code rejected} on review, with the reviewer's reason — and the record correcting it, if any.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record OwnRecord(InspectionView inspection, String verdict, @Nullable String reviewReason,
                        @Nullable Instant reviewedAt, @Nullable UUID correctedBy) {

    static OwnRecord of(InspectionView inspection, InspectionRows.OwnStanding standing) {
        String verdict = inspection.location().plausible() ? "plausible"
                : standing.reviewAccepted() == null ? "flagged"
                : standing.reviewAccepted() ? "accepted" : "rejected";
        return new OwnRecord(inspection, verdict, standing.reviewReason(), standing.reviewedAt(), standing.correctedBy());
    }
}
