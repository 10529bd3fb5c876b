package com.envgrid.api.photo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A stored photo: its SHA-256, its type, its EXIF, who sent it first, and where its bytes are ({@link Placement}:
 * {@code bytes} here, or {@code bucket} and {@code objectKey} in an object store).
 */
@MappedEntity("photo")
record PhotoRow(@Id String sha256, String mediaType, @Nullable byte[] bytes, int sizeBytes,
                @Nullable LocalDateTime exifTime, @Nullable Double exifLon, @Nullable Double exifLat,
                @Nullable Long uploadedBy, @Nullable String uploadedFrom, Instant uploadedAt, String store,
                @Nullable String bucket, @Nullable String objectKey) {
}
