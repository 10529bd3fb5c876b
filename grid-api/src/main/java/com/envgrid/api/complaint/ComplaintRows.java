package com.envgrid.api.complaint;

import com.envgrid.api.photo.PhotoShowings;
import com.envgrid.api.shared.VocabularyColumn;
import com.envgrid.core.complaint.Channel;
import com.envgrid.core.complaint.Complaint;
import com.envgrid.core.complaint.ComplaintCategory;
import com.envgrid.core.complaint.ComplaintState;
import com.envgrid.core.complaint.ComplaintStore;
import com.envgrid.core.complaint.Satisfaction;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The complaint, complaint_event and complaint_photo tables, and the {@link ComplaintStore} port on them. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ComplaintRows extends CrudRepository<ComplaintRows.ComplaintRow, Long>, ComplaintStore, PhotoShowings {
    @MappedEntity("complaint")
    record ComplaintRow(@Id @GeneratedValue @Nullable Long id, @Nullable String submissionKey,
                        @MappedProperty(converter = ChannelColumn.class) Channel channel,
                        @MappedProperty(converter = CategoryColumn.class) ComplaintCategory category,
                        String description, double lon, double lat, @Nullable String address,
                        @Nullable String gridCode, boolean nearBoundary,
                        @TypeDef(type = DataType.JSON) List<String> alsoShownTo,
                        @MappedProperty(converter = StateColumn.class) ComplaintState state, Instant receivedAt,
                        LocalDate acceptBy, LocalDate closeBy, @Nullable Instant acceptedAt, @Nullable Instant closedAt,
                        @Nullable String reply, @Nullable Long problemCaseId, boolean reopened,
                        @Nullable @MappedProperty(converter = SatisfactionColumn.class) Satisfaction satisfaction,
                        @Nullable Instant ratedAt, String ratingToken, String statusToken,
                        @Nullable String complainantName, @Nullable String complainantContact,
                        @Nullable String clientKey, @Nullable String mediaUrl, @Nullable Long duplicateOf,
                        @Nullable String declineReason) {

        static ComplaintRow of(Complaint c) {
            return new ComplaintRow(c.id(), c.submissionKey(), c.channel(), c.category(), c.description(), c.lon(),
                    c.lat(), c.address(), c.gridCode(), c.nearBoundary(), c.alsoShownTo(), c.state(), c.receivedAt(),
                    c.acceptBy(), c.closeBy(), c.acceptedAt(), c.closedAt(), c.reply(), c.problemCaseId(),
                    c.reopened(), c.satisfaction(), c.ratedAt(), c.ratingToken(), c.statusToken(),
                    c.complainantName(), c.complainantContact(), c.clientKey(), c.mediaUrl(), c.duplicateOf(),
                    c.declineReason());
        }

        Complaint toComplaint() {
            return new Complaint(id, submissionKey, channel, category, description, lon, lat, address, gridCode,
                    nearBoundary, alsoShownTo, state, receivedAt, acceptBy, closeBy, acceptedAt, closedAt, reply,
                    problemCaseId, reopened, satisfaction, ratedAt, ratingToken, statusToken, complainantName,
                    complainantContact, clientKey, mediaUrl, duplicateOf, declineReason);
        }
    }

    @Singleton
    final class ChannelColumn extends VocabularyColumn<Channel> {
        ChannelColumn() {
            super(Channel.class);
        }
    }

    @Singleton
    final class CategoryColumn extends VocabularyColumn<ComplaintCategory> {
        CategoryColumn() {
            super(ComplaintCategory.class);
        }
    }

    @Singleton
    final class StateColumn extends VocabularyColumn<ComplaintState> {
        StateColumn() {
            super(ComplaintState.class);
        }
    }

    @Singleton
    final class SatisfactionColumn extends VocabularyColumn<Satisfaction> {
        SatisfactionColumn() {
            super(Satisfaction.class);
        }
    }

    @Introspected
    record EventRow(long id, long complaintId, Instant at, @Nullable Long actorId, String action,
                    @Nullable String fromState, String toState, @Nullable String note) {
    }

    @Override
    default Optional<Complaint> byId(long id) {
        return findById(id).map(ComplaintRow::toComplaint);
    }

    @Override
    default Optional<Complaint> bySubmissionKey(String submissionKey) {
        return findBySubmissionKey(submissionKey).map(ComplaintRow::toComplaint);
    }

    @Override
    default Optional<Complaint> byRatingToken(String ratingToken) {
        return findByRatingToken(ratingToken).map(ComplaintRow::toComplaint);
    }

    @Override
    default Complaint add(Complaint received) {
        return save(ComplaintRow.of(received)).toComplaint();
    }

    @Override
    default void saveStep(Complaint c) {
        update(c.id(), c.state(), c.gridCode(), c.alsoShownTo(), c.acceptBy(), c.closeBy(), c.acceptedAt(),
                c.closedAt(), c.reply(), c.problemCaseId(), c.reopened(), c.duplicateOf(), c.declineReason());
    }

    @Override
    default void saveRating(Complaint c) {
        update(c.id(), c.state(), c.closedAt(), c.reopened(), c.satisfaction(), c.ratedAt());
    }

    @Override
    default void recordEvent(long complaintId, Instant at, Long actorId, String action, ComplaintState from,
                             ComplaintState to, String note) {
        event(complaintId, at, actorId, action, from == null ? null : from.key(), to.key(), note);
    }

    void update(@Id long id, ComplaintState state, @Nullable String gridCode, List<String> alsoShownTo,
                LocalDate acceptBy, LocalDate closeBy, @Nullable Instant acceptedAt, @Nullable Instant closedAt,
                @Nullable String reply, @Nullable Long problemCaseId, boolean reopened, @Nullable Long duplicateOf,
                @Nullable String declineReason);

    void update(@Id long id, ComplaintState state, @Nullable Instant closedAt, boolean reopened,
                Satisfaction satisfaction, Instant ratedAt);

    Optional<ComplaintRow> findBySubmissionKey(String submissionKey);

    Optional<ComplaintRow> findByRatingToken(String ratingToken);

    Optional<ComplaintRow> findByStatusToken(String statusToken);

    List<ComplaintRow> findAllOrderByReceivedAtDesc();

    List<ComplaintRow> findByClosedAtIsNull();

    /** The complaints of a state (null: any), the latest first. */
    @Query("SELECT * FROM complaint WHERE CAST(:state AS text) IS NULL OR state = :state ORDER BY received_at DESC")
    List<ComplaintRow> listed(@Nullable ComplaintState state);

    /** The complaints in these states, of a category, received in [start, end) — each null: any —, latest first. */
    @Query("SELECT * FROM complaint WHERE state IN (:states)"
            + " AND (CAST(:category AS text) IS NULL OR category = :category)"
            + " AND (CAST(:start AS timestamptz) IS NULL OR received_at >= :start)"
            + " AND (CAST(:end AS timestamptz) IS NULL OR received_at < :end) ORDER BY received_at DESC")
    List<ComplaintRow> requests(@Nullable ComplaintCategory category, Collection<String> states,
                                @Nullable Instant start, @Nullable Instant end);

    /** The complaints received in [from, to) that have a grid, for the figures. */
    @Query("SELECT * FROM complaint WHERE grid_code IS NOT NULL AND received_at >= :from AND received_at < :to")
    List<ComplaintRow> receivedBetween(Instant from, Instant to);

    @Query("UPDATE complaint SET accept_by = :acceptBy, close_by = :closeBy WHERE id = :id")
    void updateDeadlines(long id, LocalDate acceptBy, LocalDate closeBy);

    /**
     * Holds one public client's intake until the transaction ends, on every node: its allowance is counted and used
     * by one request at a time, so requests at the same moment cannot all slip under it. (Advisory locks of class 2.)
     */
    @Query("SELECT 1 FROM (SELECT pg_advisory_xact_lock(2, hashtext(:clientKey))) AS held")
    int holdClient(String clientKey);

    @Query("SELECT count(*) FROM complaint WHERE client_key = :clientKey AND received_at > :since")
    long countFromClientSince(String clientKey, Instant since);

    @Query("INSERT INTO complaint_event (complaint_id, at, actor_id, action, from_state, to_state, note)"
            + " VALUES (:complaintId, :at, :actorId, :action, :fromState, :toState, :note)")
    void event(long complaintId, Instant at, @Nullable Long actorId, String action, @Nullable String fromState,
               String toState, @Nullable String note);

    @Query("INSERT INTO complaint_photo (complaint_id, seq, sha256) VALUES (:complaintId, :seq, :sha256)")
    void linkPhoto(long complaintId, int seq, String sha256);

    @Introspected
    record PhotoOf(long complaintId, String sha256) {
    }

    /** Who sees a complaint's photos: its grid and the neighbouring grids it is shown to (as {@link Complaints} does). */
    @Override
    @Query("SELECT c.grid_code FROM complaint_photo cp JOIN complaint c ON c.id = cp.complaint_id"
            + " WHERE cp.sha256 = :sha256 AND c.grid_code IS NOT NULL"
            + " UNION SELECT jsonb_array_elements_text(c.also_shown_to) FROM complaint_photo cp"
            + " JOIN complaint c ON c.id = cp.complaint_id WHERE cp.sha256 = :sha256")
    List<String> gridsShowing(String sha256);

    @Override
    @Query("SELECT EXISTS (SELECT 1 FROM complaint_photo WHERE sha256 = :sha256)")
    boolean shows(String sha256);

    /** The photos of the complaints, each complaint's in their order. */
    @Query("SELECT complaint_id, sha256 FROM complaint_photo WHERE complaint_id IN (:complaintIds) ORDER BY seq")
    List<PhotoOf> photosOf(Collection<Long> complaintIds);

    /** The histories of the complaints, each in the order it happened. */
    @Query("SELECT * FROM complaint_event WHERE complaint_id IN (:complaintIds) ORDER BY at, id")
    List<EventRow> eventsOf(Collection<Long> complaintIds);
}
