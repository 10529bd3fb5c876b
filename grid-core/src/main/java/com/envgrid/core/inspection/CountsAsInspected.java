package com.envgrid.core.inspection;

/**
 * The policy deciding whether an inspection record shows its target inspected: the one rule behind a duty being done
 * and a supervised object counting as inspected in coverage (and so in the trend, the exports and the quarterly
 * review, which are built from coverage).
 * <p>
 * A record counts when
 * <ul>
 *   <li>where it was made is plausible ({@link LocationCheck}), or, flagged for where it was made, a grid chief or an
 *       administrator accepted its location on review; and</li>
 *   <li>no later record corrects it. Records are never edited: a correction is a new record naming the one it
 *       corrects, and it stands in the corrected record's place, judged by this rule in its turn. A corrected
 *       inspection therefore counts once, as its latest correction says.</li>
 * </ul>
 * A flagged record awaiting review does not count, nor does one whose location was rejected on review.
 * <p>
 * Where PostgreSQL has to apply this rule to rows it aggregates, grid-api states it once as
 * {@code com.envgrid.api.inspection.CountsAsInspectedSql}, which a test holds to this class over the same records.
 */
public final class CountsAsInspected {
    private CountsAsInspected() {
    }

    /** The review of a record's location: none (every plausible record, and a flagged one not yet reviewed), or the decision. */
    public enum LocationReview {
        NONE, ACCEPTED, REJECTED;

        /** The review as stored: {@code null} when there is none, else whether the location was accepted. */
        public static LocationReview of(Boolean accepted) {
            return accepted == null ? NONE : accepted ? ACCEPTED : REJECTED;
        }
    }

    /**
     * @param locationPlausible whether the record's location check passed
     * @param review            the review of its location
     * @param corrected         whether a later record corrects it
     * @return whether the record shows its target inspected
     */
    public static boolean counts(boolean locationPlausible, LocationReview review, boolean corrected) {
        return !corrected && (locationPlausible || review == LocationReview.ACCEPTED);
    }
}
