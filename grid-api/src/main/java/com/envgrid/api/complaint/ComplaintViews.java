package com.envgrid.api.complaint;

import com.envgrid.api.publicity.VolunteerReporters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Complaints as submitted, as the public sees them (no personal data), and as the staff handling them see them; the
 * requests of the workflow and of the district desk.
 */
public final class ComplaintViews {
    private ComplaintViews() {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Submission(@Nullable String submissionKey, @Nullable String category, @Nullable String description,
                      @Nullable Double lon, @Nullable Double lat, @Nullable String address, @Nullable String name,
                      @Nullable String contact, @Nullable String channel, @Nullable List<String> photos,
                      @Nullable String mediaUrl, @Nullable UUID reporterVolunteerId) {
        @Override
        public String toString() {
            return "Submission[" + category + " at " + lon + ", " + lat + "]"; // never the complainant
        }
    }

    /**
     * What the complainant is given back: the district that received it and the grid it went to, where to follow it,
     * and the link to rate the outcome.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Receipt(long id, String state, @Nullable String gridName, LocalDate acceptBy, LocalDate closeBy,
                   String statusUrl, @Nullable String ratingUrl, @Nullable String districtCode,
                   @Nullable String districtName) {
        /** The receipt as the member of staff who entered the complaint sees it: the rating link is the complainant's. */
        public Receipt withoutRatingLink() {
            return new Receipt(id, state, gridName, acceptBy, closeBy, statusUrl, null, districtCode, districtName);
        }
    }

    /**
     * The public view: category, the district that received it and its grid, status and dates, a location coarsened
     * to the grid, the reply staff published (null: none yet) and the steps it went through with their dates — never
     * who took them or the staff's notes.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Public(long id, String category, String categoryName, @Nullable String gridCode, @Nullable String gridName,
                  String state, String stateName, Instant receivedAt, LocalDate acceptBy, LocalDate closeBy,
                  @Nullable Instant closedAt, @Nullable Double lon, @Nullable Double lat, @Nullable String reply,
                  @Nullable Instant repliedAt, List<Step> steps, @Nullable Long duplicateOf,
                  @Nullable String declineReason, @Nullable String districtCode, @Nullable String districtName) {
    }

    /** A step of a complaint as the public sees it ({@link com.envgrid.core.complaint.PublicProgress}), and when. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Step(String step, Instant at) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Staff(long id, String channel, String category, String description, double lon, double lat,
                 @Nullable String address, @Nullable String gridCode, @Nullable String gridName, boolean nearBoundary,
                 List<String> alsoShownTo, String state, Instant receivedAt, LocalDate acceptBy, LocalDate closeBy,
                 boolean calendarMissing, boolean overdue, String escalatedTo, @Nullable Instant closedAt, @Nullable String reply,
                 @Nullable Long problemCaseId, List<String> photos, @Nullable String mediaUrl, boolean reopened,
                 @Nullable String satisfaction, @Nullable String complainantName, @Nullable String complainantContact,
                 List<String> actions, List<Event> history, @Nullable String publicReply,
                 @Nullable Instant publicReplyAt, @Nullable Long duplicateOf, @Nullable String declineReason,
                 @Nullable VolunteerReporters.Reporter reporterVolunteer) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Event(Instant at, @Nullable String actorName, String action, @Nullable String fromState, String toState,
                 @Nullable String note) {
    }

    /**
     * An action on a complaint; the text — the staff's own record, never shown to the public — is what was done, the
     * reason, or — to open a case — the problem found, with its finding category, severity and, when it is about one,
     * the source's credit code. Replying and closing may publish a reply to the complainant
     * ({@link com.envgrid.core.complaint.PublicReply}).
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Action(@Nullable String action, @Nullable String text, @Nullable String category, @Nullable String severity,
                  @Nullable String sourceCode, @Nullable String publicReply) {
    }

    /** A grid a complaint may be transferred to: its code, name and tier (1 town/street/park, 2 below). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record GridChoice(String code, String name, int tier) {
    }

    /** 转办: to another grid, and why. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Transfer(@Nullable String grid, @Nullable String reason) {
    }

    /** 退回 to the district desk, or 不予受理: why. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Reason(@Nullable String reason) {
    }

    /** 重复件: the earlier complaint it duplicates, and a note if any. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Duplicate(@Nullable Long duplicateOf, @Nullable String reason) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Rating(@Nullable String satisfaction) {
    }

    /** 按期办结率, 满意率 and the median time to close, per grid. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Figures(String gridCode, String gridName, int received, int closed, int closedOnTime,
                   @Nullable Double onTimeRate, int rated, int satisfied, @Nullable Double satisfactionRate,
                   @Nullable Double medianHoursToClose) {
    }
}
