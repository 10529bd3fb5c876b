package com.envgrid.core.complaint;

import java.time.Instant;
import java.util.Optional;

/** Where complaints and their histories are kept (a port: grid-api implements it on its database). */
public interface ComplaintStore {
    Optional<Complaint> byId(long id);

    Optional<Complaint> bySubmissionKey(String submissionKey);

    Optional<Complaint> byRatingToken(String ratingToken);

    /** Stores a complaint just received; the stored complaint, with its id. */
    Complaint add(Complaint received);

    /** Stores what a workflow step changes: state, grid and neighbours, acceptance, closing, reply, case, reopening. */
    void saveStep(Complaint next);

    /** Stores what a rating changes: the rating and when, and the reopening it may cause. */
    void saveRating(Complaint next);

    /** Adds to the complaint's history: who (null: the complainant or the public) did what when, with a note. */
    void recordEvent(long complaintId, Instant at, Long actorId, String action, ComplaintState from,
                     ComplaintState to, String note);
}
