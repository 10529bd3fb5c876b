package com.envgrid.api.photo;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.OtherNode;
import com.envgrid.api.people.StaffFixture;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

import static com.envgrid.api.TestPhotos.image;
import static com.envgrid.api.TestPhotos.sha256;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Photos kept in an S3-compatible object store ({@code envgrid.photos.store=s3}), against a real S3 API
 * ({@link InMemoryS3}): sent and shown through the API as with PostgreSQL, one object per photo whatever the
 * retries, bytes altered in the store refused, photos kept in PostgreSQL before the switch still shown, and a store
 * that goes away answered with 503 until it is back.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObjectPhotoStoreTest extends ApiTestBase implements TestPropertyProvider {
    private final InMemoryS3 s3 = InMemoryS3.start();
    private ApiClient supervisor;

    @Override
    public Map<String, String> getProperties() {
        return s3.settings("s3");
    }

    @AfterAll
    void stopStore() throws Exception {
        s3.close();
    }

    @BeforeEach
    void aSupervisorAndAnEmptyBucket() {
        emptyLayer.startOver(ApiClient.asAdmin(http));
        supervisor = new StaffFixture(http).as("supervisor");
        s3.objects().forEach(o -> s3.delete(o.key()));
    }

    private ApiClient.Answer upload(byte[] bytes) {
        return supervisor.exchange(HttpRequest.PUT("/api/photos/" + sha256(bytes), bytes).contentType("image/jpeg"));
    }

    /** The photo as {@code GET /api/photos/{sha256}} answers it, bytes kept whole. */
    private static HttpResponse<byte[]> shown(HttpClient node, ApiClient reader, String sha256) {
        try {
            return node.toBlocking().exchange(HttpRequest.GET("/api/photos/" + sha256).bearerAuth(reader.token()),
                    byte[].class);
        } catch (HttpClientResponseException e) {
            return e.getResponse().toMutableResponse().body(new byte[0]);
        }
    }

    @Test
    void a_photo_sent_is_kept_in_the_bucket_under_its_hash_and_shown_whole() {
        byte[] jpeg = image("jpg", 64, 1);
        String hash = sha256(jpeg);
        var sent = upload(jpeg);
        assertEquals(201, sent.status(), String.valueOf(sent.json()));
        assertEquals(hash, sent.json().get("sha256").asText());
        assertEquals("s3", sql.text("SELECT store FROM photo WHERE sha256 = '" + hash + "'"));
        assertNull(sql.text("SELECT bytes FROM photo WHERE sha256 = '" + hash + "'"), "the bytes are not in PostgreSQL");
        assertEquals("photos/" + hash, sql.text("SELECT object_key FROM photo WHERE sha256 = '" + hash + "'"));
        assertArrayEquals(jpeg, s3.read("photos/" + hash));

        var photo = shown(http, supervisor, hash);
        assertEquals(200, photo.code());
        assertEquals("image/jpeg", photo.getContentType().orElseThrow().toString());
        assertArrayEquals(jpeg, photo.body());
    }

    @Test
    void a_photo_sent_again_is_kept_once() {
        byte[] jpeg = image("jpg", 64, 2);
        for (int attempt = 0; attempt < 3; attempt++) {
            assertEquals(201, upload(jpeg).status(), "attempt " + attempt);
        }
        assertEquals(1, s3.objects().size());
        assertEquals(1, sql.count("SELECT count(*) FROM photo"));
        assertEquals(1, sql.count("SELECT count(*) FROM photo_upload"));
    }

    @Test
    void bytes_altered_or_removed_in_the_store_are_refused_not_shown() {
        byte[] jpeg = image("jpg", 64, 3);
        String hash = sha256(jpeg);
        assertEquals(201, upload(jpeg).status());

        s3.overwrite("photos/" + hash, image("jpg", 64, 4));
        var altered = supervisor.get("/api/photos/" + hash);
        assertEquals(409, altered.status());
        assertEquals("application/problem+json", altered.contentType());
        assertEquals("photo.damaged", altered.json().get("code").asText());

        s3.delete("photos/" + hash);
        assertEquals("photo.damaged", supervisor.get("/api/photos/" + hash).json().get("code").asText());
    }

    @Test
    void photos_kept_in_postgresql_before_the_switch_are_still_shown() {
        byte[] before = image("jpg", 64, 5);
        Map<String, Object> postgres = new HashMap<>(Map.of("envgrid.photos.store", "postgres"));
        try (OtherNode beforeTheSwitch = OtherNode.start(postgres)) {
            var sent = ApiClient.withToken(beforeTheSwitch.http(), supervisor.token())
                    .exchange(HttpRequest.PUT("/api/photos/" + sha256(before), before).contentType("image/jpeg"));
            assertEquals(201, sent.status(), String.valueOf(sent.json()));
        }
        assertEquals("postgres", sql.text("SELECT store FROM photo WHERE sha256 = '" + sha256(before) + "'"));
        assertEquals(0, s3.objects().size());

        byte[] after = image("jpg", 64, 6);
        assertEquals(201, upload(after).status());
        assertArrayEquals(before, shown(http, supervisor, sha256(before)).body());
        assertArrayEquals(after, shown(http, supervisor, sha256(after)).body());
    }

    @Test
    void a_store_away_is_a_503_and_the_retry_once_it_is_back_keeps_the_photo_once() throws Exception {
        byte[] kept = image("jpg", 64, 7);
        byte[] jpeg = image("jpg", 64, 8);
        assertEquals(201, upload(kept).status());
        s3.stop();
        try {
            var refused = upload(jpeg);
            assertEquals(503, refused.status());
            assertEquals("photo.store_unavailable", refused.json().get("code").asText());
            assertEquals(0, sql.count("SELECT count(*) FROM photo WHERE sha256 = '" + sha256(jpeg) + "'"),
                    "nothing is recorded");
            var unread = shown(http, supervisor, sha256(kept));
            assertEquals(503, unread.code());
            assertEquals("5", unread.header("Retry-After"));
        } finally {
            s3.restart();
        }
        assertEquals(201, upload(jpeg).status());
        assertEquals(201, upload(jpeg).status());
        assertEquals(2, s3.objects().size());
        assertArrayEquals(jpeg, shown(http, supervisor, sha256(jpeg)).body());
    }
}
