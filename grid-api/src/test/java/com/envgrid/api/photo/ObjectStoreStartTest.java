package com.envgrid.api.photo;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A photo store that cannot work stops the start with a message naming the setting — never a platform that starts
 * and fails on the first photo: no endpoint or keys, a bucket that does not exist, keys the store refuses, a store
 * that does not answer, {@code s3} chosen without an object store, a store of another name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObjectStoreStartTest {
    private InMemoryS3 s3;

    @BeforeAll
    void startStore() {
        s3 = InMemoryS3.start();
    }

    @AfterAll
    void stopStore() throws Exception {
        s3.close();
    }

    private ObjectStoreSettings settings(String endpoint, String bucket, String secretKey) {
        return new ObjectStoreSettings(endpoint, bucket, "us-east-1", true, InMemoryS3.ACCESS_KEY, secretKey);
    }

    private static String refusal(ObjectStoreSettings settings) {
        return assertThrows(ConfigurationException.class, () -> new ObjectPhotoStore(settings), settings.toString())
                .getMessage();
    }

    @Test
    void a_reachable_store_with_its_bucket_starts() {
        new ObjectPhotoStore(settings(s3.endpoint().toString(), InMemoryS3.BUCKET, InMemoryS3.SECRET_KEY)).close();
    }

    @Test
    void settings_that_cannot_work_stop_the_start_naming_what_to_set() throws Exception {
        String endpoint = s3.endpoint().toString();
        assertTrue(refusal(settings(endpoint, "no-such-bucket", InMemoryS3.SECRET_KEY))
                .contains("has no bucket 'no-such-bucket'"));
        assertTrue(refusal(settings(endpoint, InMemoryS3.BUCKET, "a-wrong-secret"))
                .contains("ENVGRID_PHOTOS_S3_SECRET_KEY"));
        assertTrue(refusal(settings(null, InMemoryS3.BUCKET, InMemoryS3.SECRET_KEY))
                .contains("ENVGRID_PHOTOS_S3_ENDPOINT"));
        assertTrue(refusal(settings("minio:9000", InMemoryS3.BUCKET, InMemoryS3.SECRET_KEY))
                .contains("http:// or https:// URL"));
        assertTrue(refusal(settings(endpoint, InMemoryS3.BUCKET, " ")).contains("ENVGRID_PHOTOS_S3_SECRET_KEY"));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertTrue(refusal(settings("http://127.0.0.1:" + closedPort, InMemoryS3.BUCKET, InMemoryS3.SECRET_KEY))
                .contains("does not answer"));
    }

    @Test
    void the_store_for_new_photos_is_postgres_or_a_configured_object_store() {
        var database = List.<PhotoStore>of(new DatabasePhotoStore());
        assertEquals("postgres", new PhotoStores(database, new PhotoSettings(1, 1, "postgres")).receiving().name());
        assertTrue(assertThrows(ConfigurationException.class,
                () -> new PhotoStores(database, new PhotoSettings(1, 1, "s3"))).getMessage()
                .contains("ENVGRID_PHOTOS_S3_BUCKET"));
        assertTrue(assertThrows(ConfigurationException.class,
                () -> new PhotoStores(database, new PhotoSettings(1, 1, "ftp"))).getMessage()
                .contains("postgres or s3, not 'ftp'"));
    }

    @Test
    void the_platform_does_not_start_on_a_bucket_that_does_not_exist() {
        Map<String, Object> properties = new HashMap<>(s3.settings("s3"));
        properties.put("envgrid.photos.s3.bucket", "no-such-bucket");
        properties.put("flyway.datasources.default.clean-schema", false);
        var failure = assertThrows(RuntimeException.class, () -> ApplicationContext.run(properties, "test").close());
        assertTrue(causes(failure).contains("has no bucket 'no-such-bucket'"), causes(failure));
    }

    private static String causes(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
