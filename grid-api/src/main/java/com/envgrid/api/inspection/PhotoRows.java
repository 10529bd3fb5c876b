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

    @Query("SELECT count(*) FROM photo WHERE uploaded_from = :uploadedFrom AND uploaded_at > :since")
    long countFromSince(String uploadedFrom, Instant since);

    @Query("SELECT sha256, media_type, size_bytes, exif_time, exif_lon, exif_lat FROM photo WHERE sha256 IN (:hashes)")
    List<PhotoInfo> findInfo(Collection<String> hashes);

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

    /** The grids of the inspections and complaints that show the photo. */
    @Query("SELECT i.grid_code FROM inspection_photo ip JOIN inspection i ON i.id = ip.inspection_id WHERE ip.sha256 = :sha256"
            + " UNION SELECT c.grid_code FROM complaint_photo cp JOIN complaint c ON c.id = cp.complaint_id"
            + " WHERE cp.sha256 = :sha256 AND c.grid_code IS NOT NULL")
    List<String> gridsShowing(String sha256);
}
