package com.envgrid.api.inspection;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PhotoRows extends GenericRepository<InspectionRow, java.util.UUID> {
    /** What is known of a stored photo, without its bytes. */
    @Introspected
    @Serdeable(naming = SnakeCaseStrategy.class)
    record PhotoInfo(String sha256, String mediaType, int sizeBytes, @Nullable LocalDateTime exifTime,
                     @Nullable Double exifLon, @Nullable Double exifLat) {
    }

    @Query("INSERT INTO photo (sha256, media_type, bytes, size_bytes, exif_time, exif_lon, exif_lat, uploaded_by,"
            + " uploaded_from, uploaded_at)"
            + " VALUES (:sha256, :mediaType, :bytes, :size, :exifTime, :exifLon, :exifLat, :uploadedBy, :uploadedFrom, :at)"
            + " ON CONFLICT (sha256) DO NOTHING")
    void insert(String sha256, String mediaType, byte[] bytes, int size, @Nullable LocalDateTime exifTime,
                @Nullable Double exifLon, @Nullable Double exifLat, @Nullable Long uploadedBy,
                @Nullable String uploadedFrom, Instant at);

    /** Records one more sender of a stored photo; sending the same photo again records nothing. */
    @Query("INSERT INTO photo_upload (sha256, uploaded_by, uploaded_from, uploaded_at)"
            + " VALUES (:sha256, :uploadedBy, :uploadedFrom, :at) ON CONFLICT DO NOTHING")
    void sent(String sha256, @Nullable Long uploadedBy, @Nullable String uploadedFrom, Instant at);

    @Query("SELECT count(*) FROM photo_upload WHERE uploaded_from = :uploadedFrom AND uploaded_at > :since")
    long countFromSince(String uploadedFrom, Instant since);

    @Query("SELECT p.sha256, p.media_type, p.size_bytes, p.exif_time, p.exif_lon, p.exif_lat FROM photo p"
            + " JOIN photo_upload u ON u.sha256 = p.sha256 WHERE p.sha256 IN (:hashes) AND u.uploaded_by = :personId")
    List<PhotoInfo> findSentBy(Collection<String> hashes, long personId);

    @Query("SELECT p.sha256, p.media_type, p.size_bytes, p.exif_time, p.exif_lon, p.exif_lat FROM photo p"
            + " JOIN photo_upload u ON u.sha256 = p.sha256 WHERE p.sha256 IN (:hashes) AND u.uploaded_from = :clientKey")
    List<PhotoInfo> findSentFrom(Collection<String> hashes, String clientKey);

    @Query("SELECT sha256, media_type, size_bytes, exif_time, exif_lon, exif_lat FROM photo WHERE sha256 = :sha256")
    Optional<PhotoInfo> findInfo(String sha256);

    /** A photo's bytes and their type (a record: Micronaut Data reads a bare byte[] result as a single Byte). */
    @Introspected
    record PhotoBytes(String mediaType, byte[] bytes) {
    }

    @Query("SELECT media_type, bytes FROM photo WHERE sha256 = :sha256")
    Optional<PhotoBytes> findBytes(String sha256);

    @Query("INSERT INTO inspection_photo (inspection_id, seq, sha256) VALUES (:inspectionId, :seq, :sha256)")
    void link(java.util.UUID inspectionId, int seq, String sha256);

    @Query("SELECT p.sha256, p.media_type, p.size_bytes, p.exif_time, p.exif_lon, p.exif_lat FROM inspection_photo ip"
            + " JOIN photo p ON p.sha256 = ip.sha256 WHERE ip.inspection_id = :inspectionId ORDER BY ip.seq")
    List<PhotoInfo> findOfInspection(java.util.UUID inspectionId);

    /**
     * The grids whose readers see a record showing the photo: an inspection's grid; a complaint's grid and the
     * neighbouring grids it is shown to (as {@code Complaints} shows it).
     */
    @Query("SELECT i.grid_code FROM inspection_photo ip JOIN inspection i ON i.id = ip.inspection_id WHERE ip.sha256 = :sha256"
            + " UNION SELECT c.grid_code FROM complaint_photo cp JOIN complaint c ON c.id = cp.complaint_id"
            + " WHERE cp.sha256 = :sha256 AND c.grid_code IS NOT NULL"
            + " UNION SELECT jsonb_array_elements_text(c.also_shown_to) FROM complaint_photo cp"
            + " JOIN complaint c ON c.id = cp.complaint_id WHERE cp.sha256 = :sha256")
    List<String> gridsShowing(String sha256);

    /** Whether the person sent the photo and no record shows it yet. */
    @Query("SELECT count(*) > 0 FROM photo_upload u WHERE u.sha256 = :sha256 AND u.uploaded_by = :personId"
            + " AND NOT EXISTS (SELECT 1 FROM inspection_photo ip WHERE ip.sha256 = u.sha256)"
            + " AND NOT EXISTS (SELECT 1 FROM complaint_photo cp WHERE cp.sha256 = u.sha256)")
    boolean sentAndUnlinked(String sha256, long personId);
}
