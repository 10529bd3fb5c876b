package com.envgrid.api.photo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Photos' bytes in an S3-compatible object store (AWS S3, MinIO, Ceph, cloud object storage), one object per photo
 * under {@code photos/<sha256>}. The bytes go with their MD5 ({@code Content-MD5}, which every S3-compatible store
 * checks; few take S3's newer SHA-256 header), so the store refuses what the network damaged; the platform checked
 * their SHA-256 before and checks it again on every read ({@link Photos}).
 * <p>
 * There whenever a bucket is configured, even when new photos go to PostgreSQL, so that photos kept here stay
 * readable after a switch back. A setting that cannot work — no endpoint, no keys, a bucket that does not exist, a
 * store that does not answer or refuses the keys — stops the start with a message naming the setting.
 */
@Singleton
@Requires(property = "envgrid.photos.s3.bucket")
final class ObjectPhotoStore implements PhotoStore {
    static final String NAME = "s3";
    private static final Logger LOG = LoggerFactory.getLogger(ObjectPhotoStore.class);
    private static final String KEY_PREFIX = "photos/";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private final S3Client client;
    private final String bucket;

    ObjectPhotoStore(ObjectStoreSettings settings) {
        this.bucket = required(settings.bucket(), "ENVGRID_PHOTOS_S3_BUCKET (envgrid.photos.s3.bucket)");
        URI endpoint = endpoint(required(settings.endpoint(), "ENVGRID_PHOTOS_S3_ENDPOINT (envgrid.photos.s3.endpoint)"));
        var credentials = AwsBasicCredentials.create(
                required(settings.accessKey(), "ENVGRID_PHOTOS_S3_ACCESS_KEY (envgrid.photos.s3.access-key)"),
                required(settings.secretKey(), "ENVGRID_PHOTOS_S3_SECRET_KEY (envgrid.photos.s3.secret-key)"));
        this.client = S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT).socketTimeout(READ_TIMEOUT))
                // no checksum headers beyond Content-MD5: not every S3-compatible store takes the SDK's default CRCs
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(o -> o.apiCallTimeout(CALL_TIMEOUT))
                .build();
        checkBucket(endpoint);
    }

    /** Stops the start unless the bucket is there, with the keys that may see it. */
    private void checkBucket(URI endpoint) {
        try {
            client.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException e) {
            client.close();
            throw new ConfigurationException("the object store at " + endpoint + " has no bucket '" + bucket + "': create"
                    + " it, or set ENVGRID_PHOTOS_S3_BUCKET to one that exists");
        } catch (S3Exception e) {
            client.close();
            throw new ConfigurationException("the object store at " + endpoint + " refused to show the bucket '" + bucket
                    + "' (HTTP " + e.statusCode() + "): check ENVGRID_PHOTOS_S3_ACCESS_KEY, ENVGRID_PHOTOS_S3_SECRET_KEY"
                    + " and ENVGRID_PHOTOS_S3_REGION");
        } catch (SdkException e) {
            client.close();
            throw new ConfigurationException("the object store at " + endpoint + " (ENVGRID_PHOTOS_S3_ENDPOINT) does not"
                    + " answer: " + e.getMessage());
        }
    }

    private static String required(String value, String setting) {
        if (value == null || value.isBlank()) {
            throw new ConfigurationException(setting + " is required to keep photos in an object store");
        }
        return value.strip();
    }

    private static URI endpoint(String url) {
        try {
            URI uri = URI.create(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // said below
        }
        throw new ConfigurationException("ENVGRID_PHOTOS_S3_ENDPOINT (envgrid.photos.s3.endpoint) is the object store's"
                + " http:// or https:// URL, not '" + url + "'");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Placement keep(String sha256, String mediaType, byte[] bytes) {
        String key = KEY_PREFIX + sha256;
        try {
            client.putObject(p -> p.bucket(bucket).key(key).contentType(mediaType).contentMD5(md5(bytes)),
                    RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw unavailable("storing photo " + sha256, e);
        }
        return Placement.inObjectStore(bucket, key);
    }

    @Override
    public Optional<byte[]> bytes(Placement placement) {
        try {
            return Optional.of(client.getObjectAsBytes(g -> g.bucket(placement.bucket()).key(placement.objectKey()))
                    .asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw unavailable("reading " + placement.bucket() + "/" + placement.objectKey(), e);
        }
    }

    /** The bytes' MD5 as {@code Content-MD5} has it, in base64. */
    private static String md5(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PhotoStoreUnavailable unavailable(String doing, SdkException e) {
        LOG.warn("the object store failed {}: {}", doing, e.toString());
        return new PhotoStoreUnavailable();
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
