package com.envgrid.api.photo;

import jakarta.inject.Singleton;

import java.util.Optional;

/** Photos' bytes in PostgreSQL, in the {@code bytes} column of their row: the default store. */
@Singleton
final class DatabasePhotoStore implements PhotoStore {
    static final String NAME = "postgres";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Placement keep(String sha256, String mediaType, byte[] bytes) {
        return Placement.inRow(bytes);
    }

    @Override
    public Optional<byte[]> bytes(Placement placement) {
        return Optional.ofNullable(placement.bytes());
    }
}
