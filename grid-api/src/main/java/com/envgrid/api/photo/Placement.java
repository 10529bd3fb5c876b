package com.envgrid.api.photo;

import io.micronaut.core.annotation.Nullable;

/**
 * Where a photo's bytes are, as its row records it: in PostgreSQL, the bytes themselves in the row; in an object
 * store, the bucket and the key of the object.
 *
 * @param store     the {@link PhotoStore#name() store's name}
 * @param bytes     the bytes, when kept in the row
 * @param bucket    the object's bucket, when kept in an object store
 * @param objectKey the object's key in its bucket
 */
record Placement(String store, @Nullable byte[] bytes, @Nullable String bucket, @Nullable String objectKey) {
    static Placement inRow(byte[] bytes) {
        return new Placement(DatabasePhotoStore.NAME, bytes, null, null);
    }

    static Placement inObjectStore(String bucket, String objectKey) {
        return new Placement(ObjectPhotoStore.NAME, null, bucket, objectKey);
    }
}
