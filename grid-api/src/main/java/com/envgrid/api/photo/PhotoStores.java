package com.envgrid.api.photo;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * The stores of photos' bytes this node has: the one new photos go to ({@code envgrid.photos.store}, PostgreSQL
 * unless set to {@code s3}) and every one configured, to read photos from where their rows say they are. Made at
 * start, so that a store that cannot work stops the start rather than the first upload.
 */
@Context
class PhotoStores {
    private static final Logger LOG = LoggerFactory.getLogger(PhotoStores.class);
    private final List<PhotoStore> stores;
    private final PhotoStore receiving;

    PhotoStores(List<PhotoStore> stores, PhotoSettings settings) {
        this.stores = stores;
        String name = settings.store();
        this.receiving = find(name).orElseThrow(() -> new ConfigurationException(
                ObjectPhotoStore.NAME.equals(name)
                        ? "ENVGRID_PHOTOS_STORE=s3 needs the object store: set ENVGRID_PHOTOS_S3_ENDPOINT,"
                        + " ENVGRID_PHOTOS_S3_BUCKET, ENVGRID_PHOTOS_S3_ACCESS_KEY and ENVGRID_PHOTOS_S3_SECRET_KEY"
                        : "ENVGRID_PHOTOS_STORE (envgrid.photos.store) is " + DatabasePhotoStore.NAME + " or "
                        + ObjectPhotoStore.NAME + ", not '" + name + "'"));
        LOG.info("new photos are kept in {}", receiving.name());
    }

    /** The store new photos go to. */
    PhotoStore receiving() {
        return receiving;
    }

    /**
     * The store of this name, which holds photos recorded there.
     *
     * @throws PhotoStoreUnavailable when this node has no such store configured (any more)
     */
    PhotoStore holding(String name) {
        return find(name).orElseThrow(() -> {
            LOG.warn("a photo is kept in the store '{}', which this node is not configured for", name);
            return new PhotoStoreUnavailable();
        });
    }

    private Optional<PhotoStore> find(String name) {
        return stores.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
