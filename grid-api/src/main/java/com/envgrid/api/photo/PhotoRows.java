package com.envgrid.api.photo;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PhotoRows extends GenericRepository<PhotoRow, String> {
    /** Records a photo unless it is recorded already (under the same SHA-256). */
    @Query("INSERT INTO photo (sha256, media_type, bytes, size_bytes, exif_time, exif_lon, exif_lat, uploaded_by,"
            + " uploaded_from, uploaded_at, store, bucket, object_key) VALUES (:sha256, :mediaType, :bytes, :sizeBytes,"
            + " :exifTime, :exifLon, :exifLat, :uploadedBy, :uploadedFrom, :uploadedAt, :store, :bucket, :objectKey)"
            + " ON CONFLICT (sha256) DO NOTHING")
    void insertIfNew(PhotoRow photo);

    @Query("SELECT EXISTS (SELECT 1 FROM photo WHERE sha256 = :sha256)")
    boolean recorded(String sha256);

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

    @Query("SELECT sha256, media_type, size_bytes, exif_time, exif_lon, exif_lat FROM photo WHERE sha256 IN (:hashes)")
    List<PhotoInfo> findInfos(Collection<String> hashes);

    /** A photo's type and where its bytes are (a record: Micronaut Data reads a bare byte[] result as a single Byte). */
    @Introspected
    record Kept(String mediaType, String store, @Nullable byte[] bytes, @Nullable String bucket,
                @Nullable String objectKey) {
        Placement placement() {
            return new Placement(store, bytes, bucket, objectKey);
        }
    }

    @Query("SELECT media_type, store, bytes, bucket, object_key FROM photo WHERE sha256 = :sha256")
    Optional<Kept> findKept(String sha256);

    @Query("SELECT count(*) > 0 FROM photo_upload WHERE sha256 = :sha256 AND uploaded_by = :personId")
    boolean sentBy(String sha256, long personId);
}
