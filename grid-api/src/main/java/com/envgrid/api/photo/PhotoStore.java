package com.envgrid.api.photo;

import java.util.Optional;

/**
 * Where the bytes of photos are kept: PostgreSQL, in the photo's own row ({@link DatabasePhotoStore}, the default),
 * or an S3-compatible object store ({@link ObjectPhotoStore}). New photos go to the store configured
 * ({@code envgrid.photos.store}); each photo's row records where its bytes went ({@link Placement}), and they are
 * read back from there, whatever the store is now.
 */
interface PhotoStore {
    /** The store's name as configured and recorded per photo: {@code postgres} or {@code s3}. */
    String name();

    /**
     * Keeps a photo's bytes, already checked against their SHA-256, and says where they are. Keeping the same bytes
     * again keeps nothing more: they are addressed by their hash.
     *
     * @throws PhotoStoreUnavailable when the store cannot be reached; nothing is recorded then
     */
    Placement keep(String sha256, String mediaType, byte[] bytes);

    /**
     * The bytes kept at a placement of this store, as the store gives them — unchecked: the caller compares them
     * with their hash. Empty when the store has nothing there.
     *
     * @throws PhotoStoreUnavailable when the store cannot be reached
     */
    Optional<byte[]> bytes(Placement placement);
}
