package com.envgrid.api.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A personal API key as stored: its SHA-256, never the key. */
@MappedEntity("api_key")
record ApiKeyRow(@Id @GeneratedValue @Nullable Long id, long personId, String label, String prefix, String hash,
                 boolean writes, Instant createdAt, long createdBy, @Nullable Instant expiresAt,
                 @Nullable Instant lastUsedAt, @Nullable Instant revokedAt, @Nullable Long revokedBy) {

    /** Whether the key opens the API at {@code now}: not revoked, not expired. */
    boolean worksAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
