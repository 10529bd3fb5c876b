package com.envgrid.api.photo;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The S3-compatible object store that may keep photos ({@code envgrid.photos.s3}, environment variables
 * {@code ENVGRID_PHOTOS_S3_*}). Its keys are meant for the environment, never for a file in the repository.
 *
 * @param endpoint  the store's URL, e.g. {@code https://minio.example:9000}
 * @param bucket    the bucket, which must exist
 * @param region    the region requests are signed for; stores without regions accept the default
 * @param pathStyle whether the bucket goes in the path ({@code endpoint/bucket/key}), as most self-hosted stores
 *                  want, rather than in the host name ({@code bucket.endpoint/key})
 * @param accessKey the access key id
 * @param secretKey the secret access key
 */
@ConfigurationProperties("envgrid.photos.s3")
public record ObjectStoreSettings(@Nullable String endpoint, @Nullable String bucket,
                                  @Bindable(defaultValue = "us-east-1") String region,
                                  @Bindable(defaultValue = "true") boolean pathStyle,
                                  @Nullable String accessKey, @Nullable String secretKey) {
    /** The settings without the secret key, which is never written to a log. */
    @Override
    public String toString() {
        return "endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + ", path-style=" + pathStyle
                + ", access-key=" + accessKey;
    }
}
