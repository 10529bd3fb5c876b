package com.envgrid.api.inspection;

import com.envgrid.core.inspection.CountsAsInspected;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface InspectionRows extends CrudRepository<InspectionRow, UUID> {
    /** Stores a new record; 0 when the id exists already (a retry, or a concurrent copy of this one). */
    @Query("INSERT INTO inspection (id, payload_hash, inspector_id, duty_id, target_kind, target_code, grid_code,"
            + " inspected_at, fix_lon, fix_lat, fix_crs, sent_lon, sent_lat, accuracy_m, checklist, findings, notes,"
            + " location_plausible, location_distance_m, location_reason, corrects, received_at) VALUES (:id,"
            + " :payloadHash, :inspectorId, :dutyId, :targetKind, :targetCode, :gridCode, :inspectedAt, :fixLon,"
            + " :fixLat, :fixCrs, :sentLon, :sentLat, :accuracyM, CAST(:checklist AS jsonb), CAST(:findings AS jsonb),"
            + " :notes, :locationPlausible, :locationDistanceM, :locationReason, :corrects, :receivedAt)"
            + " ON CONFLICT (id) DO NOTHING")
    int insertIfNew(UUID id, String payloadHash, long inspectorId, @Nullable Long dutyId, String targetKind,
                    String targetCode, String gridCode, Instant inspectedAt, double fixLon, double fixLat,
                    String fixCrs, double sentLon, double sentLat, double accuracyM, String checklist, String findings,
                    @Nullable String notes, boolean locationPlausible, double locationDistanceM,
                    @Nullable String locationReason, @Nullable UUID corrects, Instant receivedAt);

    @Query("SELECT * FROM inspection WHERE (CAST(:grid AS text) IS NULL OR grid_code = :grid)"
            + " AND inspected_at >= :from AND inspected_at < :to ORDER BY inspected_at DESC")
    List<InspectionRow> findBetween(@Nullable String grid, Instant from, Instant to);

    /** The target and grid of a duty. */
    @Introspected
    record DutyTarget(String targetKind, String targetCode, String gridCode) {
    }

    @Query("SELECT target_kind, target_code, grid_code FROM duty WHERE id = :dutyId")
    java.util.Optional<DutyTarget> findDuty(long dutyId);

    /**
     * What decides whether one of a duty's records shows it inspected, as stored: its location check, the review of
     * its location (null when none), whether a later record corrects it.
     */
    @Introspected
    record Standing(UUID id, Instant inspectedAt, boolean locationPlausible, @Nullable Boolean reviewAccepted,
                    boolean corrected) {
        boolean countsAsInspected() {
            return CountsAsInspected.counts(locationPlausible, CountsAsInspected.LocationReview.of(reviewAccepted),
                    corrected);
        }
    }

    @Query("SELECT i.id, i.inspected_at, i.location_plausible, r.accepted AS review_accepted,"
            + " EXISTS (SELECT 1 FROM inspection later WHERE later.corrects = i.id) AS corrected"
            + " FROM inspection i LEFT JOIN inspection_review r ON r.inspection_id = i.id WHERE i.duty_id = :dutyId")
    List<Standing> standingsOfDuty(long dutyId);

    /** Holds the duty until the transaction ends, so that two records settling it at once see each other. */
    @Query("SELECT id FROM duty WHERE id = :dutyId FOR UPDATE")
    List<Long> lockDuty(long dutyId);

    /** The duty done when given, or open again. */
    @Query("UPDATE duty SET done_at = CAST(:doneAt AS timestamptz) WHERE id = :dutyId"
            + " AND done_at IS DISTINCT FROM CAST(:doneAt AS timestamptz)")
    void settleDuty(long dutyId, @Nullable Instant doneAt);

    @Query("INSERT INTO inspection_review (inspection_id, accepted, reviewer_id, reason, reviewed_at)"
            + " VALUES (:inspectionId, :accepted, :reviewerId, :reason, :at) ON CONFLICT DO NOTHING")
    int review(UUID inspectionId, boolean accepted, long reviewerId, String reason, Instant at);

    /** How many of each inspector's records in a time range were flagged for where they were made. */
    @Introspected
    @io.micronaut.serde.annotation.Serdeable(naming = io.micronaut.serde.config.naming.SnakeCaseStrategy.class)
    record FlagCount(long inspectorId, long total, long flagged) {
    }

    @Query("SELECT inspector_id, count(*) AS total, count(*) FILTER (WHERE NOT location_plausible) AS flagged"
            + " FROM inspection WHERE inspected_at >= :from AND inspected_at < :to GROUP BY inspector_id ORDER BY inspector_id")
    List<FlagCount> flagCounts(Instant from, Instant to);
}
