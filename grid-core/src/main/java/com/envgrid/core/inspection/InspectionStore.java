package com.envgrid.core.inspection;

import java.util.Optional;
import java.util.UUID;

/** Where inspection records and the reviews of their locations are kept (a port: grid-api implements it). */
public interface InspectionStore {
    /** A stored record and the hash of the submission that stored it, which a retry must match. */
    record Stored(Inspection inspection, String payloadHash) {
    }

    Optional<Stored> byId(UUID id);

    /** Stores a new record with the photos it names, in their order. */
    void add(Inspection recorded, String payloadHash);

    /** Stores a review of a flagged record's location; false when it was reviewed already (decided once). */
    boolean addReview(LocationReviewed review);
}
