package com.envgrid.api.photo;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real S3 API on this machine for the photo store's tests — S3Proxy on a free loopback port, signing checked,
 * its objects in memory (jclouds' transient blob store) — with the bucket {@value #BUCKET} made; and a client of the test's own to look at the
 * objects and alter them behind the platform's back. It can be stopped and started again on the same port with
 * the same objects, as a store that goes away for a while.
 */
final class InMemoryS3 implements AutoCloseable {
    static final String BUCKET = "envgrid-photos";
    static final String ACCESS_KEY = "test-access-key";
    static final String SECRET_KEY = "test-secret-key-0123456789";

    private final BlobStoreContext memory = ContextBuilder.newBuilder("transient").build(BlobStoreContext.class);
    private final BlobStore objects = memory.getBlobStore();
    private final S3Client client;
    private S3Proxy proxy;
    private URI endpoint;

    private InMemoryS3() throws Exception {
        listen(URI.create("http://127.0.0.1:0"));
        endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
        client = S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(2)))
                // S3Proxy takes none of the SDK's default checksum headers
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
        client.createBucket(b -> b.bucket(BUCKET));
    }

    static InMemoryS3 start() {
        try {
            return new InMemoryS3();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
    }

    private void listen(URI at) throws Exception {
        proxy = S3Proxy.builder().blobStore(objects).endpoint(at)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(5);
        }
    }

    URI endpoint() {
        return endpoint;
    }

    /** The platform's settings for this store: the bucket, its keys and the store new photos go to. */
    Map<String, String> settings(String store) {
        Map<String, String> settings = new HashMap<>();
        settings.put("envgrid.photos.store", store);
        settings.put("envgrid.photos.s3.endpoint", endpoint.toString());
        settings.put("envgrid.photos.s3.bucket", BUCKET);
        settings.put("envgrid.photos.s3.access-key", ACCESS_KEY);
        settings.put("envgrid.photos.s3.secret-key", SECRET_KEY);
        return settings;
    }

    /** The objects in the bucket. */
    List<S3Object> objects() {
        return client.listObjectsV2(l -> l.bucket(BUCKET)).contents();
    }

    byte[] read(String key) {
        return client.getObjectAsBytes(g -> g.bucket(BUCKET).key(key)).asByteArray();
    }

    /** Puts other bytes under a key, as someone with access to the store could. */
    void overwrite(String key, byte[] bytes) {
        client.putObject(p -> p.bucket(BUCKET).key(key), RequestBody.fromBytes(bytes));
    }

    void delete(String key) {
        client.deleteObject(d -> d.bucket(BUCKET).key(key));
    }

    /** Stops answering: connections to the store are refused. */
    void stop() throws Exception {
        proxy.stop();
    }

    /** Answers again, on the same port, with the objects it had. */
    void restart() throws Exception {
        listen(endpoint);
    }

    @Override
    public void close() throws Exception {
        client.close();
        proxy.stop();
        memory.close();
    }
}
