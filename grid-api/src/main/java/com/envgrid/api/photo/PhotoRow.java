package com.envgrid.api.photo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDateTime;

/** A stored photo: its bytes under their SHA-256, its type, its EXIF, and who sent it first. */
@MappedEntity("photo")
record PhotoRow(@Id String sha256, String mediaType, byte[] bytes, int sizeBytes, @Nullable LocalDateTime exifTime,
                @Nullable Double exifLon, @Nullable Double exifLat, @Nullable Long uploadedBy,
                @Nullable String uploadedFrom, Instant uploadedAt) {
}
