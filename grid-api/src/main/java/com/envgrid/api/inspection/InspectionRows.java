package com.envgrid.api.inspection;

import com.envgrid.api.photo.PhotoShowings;
import com.envgrid.core.inspection.Inspection;
import com.envgrid.core.inspection.InspectionStore;
import com.envgrid.core.inspection.LocationReviewed;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The inspection, inspection_photo and inspection_review tables, and the {@link InspectionStore} port on them. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface InspectionRows extends CrudRepository<InspectionRow, UUID>, InspectionStore, PhotoShowings {
    @Override
    default Optional<Stored> byId(UUID id) {
        return findById(id).map(this::stored);
    }

    /** A stored row as the record it is, with the photos it names. */
    default Stored stored(InspectionRow row) {
        return new Stored(row.inspection(photosOf(row.id())), row.payloadHash());
    }

    @Override
    default void add(Inspection recorded, String payloadHash) {
        save(InspectionRow.of(recorded, payloadHash));
        for (int i = 0; i < recorded.photos().size(); i++) {
            linkPhoto(recorded.id(), i, recorded.photos().get(i));
        }
    }

    @Override
    default boolean addReview(LocationReviewed review) {
        return review(review.inspectionId(), review.accepted(), review.reviewerId(), review.reason(), review.at()) > 0;
    }

    /** Whether a record has this id, in whatever month it was made: one probe of the key table, not one per month. */
    @Query("SELECT EXISTS (SELECT 1 FROM inspection_key WHERE id = :id)")
    boolean known(UUID id);

    @Query("INSERT INTO inspection_photo (inspection_id, seq, sha256) VALUES (:inspectionId, :seq, :sha256)")
    void linkPhoto(UUID inspectionId, int seq, String sha256);

    @Query("SELECT sha256 FROM inspection_photo WHERE inspection_id = :inspectionId ORDER BY seq")
    List<String> photosOf(UUID inspectionId);

    /** Who sees an inspection's photos: the readers of the record's grid. */
    @Override
    @Query("SELECT DISTINCT i.grid_code FROM inspection_photo ip JOIN inspection i ON i.id = ip.inspection_id"
            + " WHERE ip.sha256 = :sha256")
    List<String> gridsShowing(String sha256);

    @Override
    @Query("SELECT EXISTS (SELECT 1 FROM inspection_photo WHERE sha256 = :sha256)")
    boolean shows(String sha256);

    @Query("SELECT * FROM inspection WHERE (CAST(:grid AS text) IS NULL OR grid_code = :grid)"
            + " AND inspected_at >= :from AND inspected_at < :to ORDER BY inspected_at DESC")
    List<InspectionRow> findBetween(@Nullable String grid, Instant from, Instant to);

    /**
     * What decides whether one of a duty's records shows it inspected, as stored: its location check, the review of
     * its location (null when none), whether a later record corrects it.
     */
    @Introspected
    record Standing(UUID id, Instant inspectedAt, boolean locationPlausible, @Nullable Boolean reviewAccepted,
                    boolean corrected) {
    }

    /** Whether a later record corrects it: the key table's flag, one probe, rather than a search of every month. */
    @Query("SELECT i.id, i.inspected_at, i.location_plausible, r.accepted AS review_accepted, k.corrected"
            + " FROM inspection i JOIN inspection_key k ON k.id = i.id"
            + " LEFT JOIN inspection_review r ON r.inspection_id = i.id WHERE i.duty_id = :dutyId")
    List<Standing> standingsOfDuty(long dutyId);

    /**
     * One of a person's own records as it stands: the review of where it was made (null when none) and the latest
     * record that corrects it (null when none).
     */
    @Introspected
    record OwnStanding(UUID id, @Nullable Boolean reviewAccepted, @Nullable String reviewReason,
                       @Nullable Instant reviewedAt, @Nullable UUID correctedBy) {
    }

    @Query("SELECT i.id, r.accepted AS review_accepted, r.reason AS review_reason, r.reviewed_at,"
            + " (SELECT later.id FROM inspection later WHERE later.corrects = i.id ORDER BY later.received_at DESC"
            + " LIMIT 1) AS corrected_by"
            + " FROM inspection i LEFT JOIN inspection_review r ON r.inspection_id = i.id"
            + " WHERE i.inspector_id = :inspectorId AND i.received_at >= :since"
            + " ORDER BY i.inspected_at DESC, i.received_at DESC LIMIT :limit")
    List<OwnStanding> ownSince(long inspectorId, Instant since, int limit);

    @Query("INSERT INTO inspection_review (inspection_id, accepted, reviewer_id, reason, reviewed_at)"
            + " VALUES (:inspectionId, :accepted, :reviewerId, :reason, :at) ON CONFLICT DO NOTHING")
    int review(UUID inspectionId, boolean accepted, long reviewerId, String reason, Instant at);

    /** A review of where a flagged record was made, as stored. */
    @Introspected
    record ReviewRow(UUID inspectionId, boolean accepted, long reviewerId, String reason, Instant reviewedAt) {
    }

    @Query("SELECT * FROM inspection_review WHERE inspection_id = :inspectionId")
    Optional<ReviewRow> reviewOf(UUID inspectionId);

    /**
     * The records flagged for where they were made — awaiting review, or (reviewed) decided —, those no later record
     * corrects, in the grids given (all when {@code everyGrid}), the latest first.
     */
    @Query("SELECT i.* FROM inspection i WHERE NOT i.location_plausible"
            + " AND NOT EXISTS (SELECT 1 FROM inspection later WHERE later.corrects = i.id)"
            + " AND EXISTS (SELECT 1 FROM inspection_review r WHERE r.inspection_id = i.id) = :reviewed"
            + " AND (:everyGrid OR i.grid_code = ANY(:grids))"
            + " ORDER BY i.inspected_at DESC, i.id LIMIT :limit")
    List<InspectionRow> findFlagged(boolean reviewed, boolean everyGrid, String[] grids, int limit);

    /** A target's latest records. */
    @Query("SELECT * FROM inspection WHERE target_kind = :kind AND target_code = :code"
            + " ORDER BY inspected_at DESC, id LIMIT :limit")
    List<InspectionRow> findOfTarget(String kind, String code, int limit);

    /** How many of each inspector's records in a time range were flagged for where they were made. */
    @Introspected
    @io.micronaut.serde.annotation.Serdeable(naming = io.micronaut.serde.config.naming.SnakeCaseStrategy.class)
    record FlagCount(long inspectorId, long total, long flagged) {
    }

    @Query("SELECT inspector_id, count(*) AS total, count(*) FILTER (WHERE NOT location_plausible) AS flagged"
            + " FROM inspection WHERE inspected_at >= :from AND inspected_at < :to"
            + " AND (:everyGrid OR grid_code = ANY(:grids)) GROUP BY inspector_id ORDER BY inspector_id")
    List<FlagCount> flagCounts(Instant from, Instant to, boolean everyGrid, String[] grids);
}
