package com.envgrid.api.complaint;

import com.envgrid.api.photo.PhotoShowings;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ComplaintRows extends CrudRepository<ComplaintRows.ComplaintRow, Long>, PhotoShowings {
    @MappedEntity("complaint")
    record ComplaintRow(@Id @GeneratedValue @Nullable Long id, @Nullable String submissionKey, String channel,
                        String category, String description, double lon, double lat, @Nullable String address,
                        @Nullable String gridCode, boolean nearBoundary,
                        @TypeDef(type = DataType.JSON) String alsoShownTo, String state, Instant receivedAt,
                        LocalDate acceptBy, LocalDate closeBy, @Nullable Instant acceptedAt, @Nullable Instant closedAt,
                        @Nullable String reply, @Nullable Long problemCaseId, boolean reopened,
                        @Nullable String satisfaction, @Nullable Instant ratedAt, String ratingToken, String statusToken,
                        @Nullable String complainantName, @Nullable String complainantContact, @Nullable String clientKey,
                        @Nullable String mediaUrl) {
    }

    @Introspected
    record EventRow(long id, long complaintId, Instant at, @Nullable Long actorId, String action,
                    @Nullable String fromState, String toState, @Nullable String note) {
    }

    Optional<ComplaintRow> findBySubmissionKey(String submissionKey);

    Optional<ComplaintRow> findByRatingToken(String ratingToken);

    Optional<ComplaintRow> findByStatusToken(String statusToken);

    List<ComplaintRow> findAllOrderByReceivedAtDesc();

    List<ComplaintRow> findByClosedAtIsNull();

    @Query("UPDATE complaint SET accept_by = :acceptBy, close_by = :closeBy WHERE id = :id")
    void updateDeadlines(long id, LocalDate acceptBy, LocalDate closeBy);

    @Query("SELECT count(*) FROM complaint WHERE client_key = :clientKey AND received_at > :since")
    long countFromClientSince(String clientKey, Instant since);

    @Query("INSERT INTO complaint_event (complaint_id, at, actor_id, action, from_state, to_state, note)"
            + " VALUES (:complaintId, :at, :actorId, :action, :fromState, :toState, :note)")
    void event(long complaintId, Instant at, @Nullable Long actorId, String action, @Nullable String fromState,
               String toState, @Nullable String note);

    @Query("INSERT INTO complaint_photo (complaint_id, seq, sha256) VALUES (:complaintId, :seq, :sha256)")
    void linkPhoto(long complaintId, int seq, String sha256);

    @Query("SELECT sha256 FROM complaint_photo WHERE complaint_id = :complaintId ORDER BY seq")
    List<String> photosOf(long complaintId);

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

    @Query("SELECT * FROM complaint_event WHERE complaint_id = :complaintId ORDER BY at, id")
    List<EventRow> events(long complaintId);
}
