package com.envgrid.api.photo;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.LocalDateTime;

/** What is known of a stored photo, without its bytes: as an upload is answered and a record lists it. */
@Introspected
@Serdeable(naming = SnakeCaseStrategy.class)
public record PhotoInfo(String sha256, String mediaType, int sizeBytes, @Nullable LocalDateTime exifTime,
                        @Nullable Double exifLon, @Nullable Double exifLat) {
}
