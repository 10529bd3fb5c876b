package com.envgrid.api.photo;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Size limits of photos and where they are kept ({@code envgrid.photos}).
 *
 * @param maxBytes       per photo
 * @param maxRecordBytes all the photos of one inspection record together
 * @param store          where new photos' bytes go: {@code postgres} (their rows) or {@code s3} (the object store of
 *                       {@link ObjectStoreSettings})
 */
@ConfigurationProperties("envgrid.photos")
public record PhotoSettings(@Bindable(defaultValue = "10485760") int maxBytes,
                            @Bindable(defaultValue = "31457280") long maxRecordBytes,
                            @Bindable(defaultValue = "postgres") String store) {
}
