package com.envgrid.api.inspection;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static com.envgrid.api.TestPhotos.image;
import static com.envgrid.api.TestPhotos.sha256;
import static com.envgrid.api.inspection.InspectionFixture.SOURCE_LAT;
import static com.envgrid.api.inspection.InspectionFixture.SOURCE_LON;
import static com.envgrid.api.inspection.InspectionFixture.newId;
import static com.envgrid.api.inspection.InspectionFixture.record;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Photos: recognised by their bytes, within the size limits (here 200 KB a photo, 300 KB a record), stored whole. */
@MicronautTest(transactional = false)
@Property(name = "envgrid.photos.max-bytes", value = "200000")
@Property(name = "envgrid.photos.max-record-bytes", value = "300000")
class PhotoApiTest extends ApiTestBase {
    ApiClient supervisor;

    @BeforeEach
    void signedInSupervisor() {
        supervisor = new InspectionFixture(http, emptyLayer).staff.as("supervisor");
    }

    private ApiClient.Answer upload(String hash, byte[] bytes, String type) {
        return supervisor.exchange(HttpRequest.PUT("/api/photos/" + hash, bytes).contentType(type));
    }

    private long storedPhotos() {
        return sql.count("SELECT count(*) FROM photo");
    }

    @Test
    void a_jpeg_and_a_png_are_stored_with_their_checksum_and_referenced_by_a_record() throws Exception {
        byte[] jpeg = image("jpg", 64, 1);
        byte[] png = image("png", 32, 2);
        var first = upload(sha256(jpeg), jpeg, "image/jpeg");
        assertEquals(201, first.status(), String.valueOf(first.json()));
        assertEquals("image/jpeg", first.json().get("media_type").asText());
        assertEquals(201, upload(sha256(png), png, "application/octet-stream").status());
        assertEquals(201, upload(sha256(png), png, "image/png").status(), "sending a photo again is harmless");
        assertEquals(2, storedPhotos());
        var recorded = supervisor.exchange(HttpRequest.PUT("/api/inspections/" + newId(), record(SOURCE_LON, SOURCE_LAT, 10,
                "wgs84", ",\"photos\":[\"" + sha256(jpeg) + "\",\"" + sha256(png) + "\"]")).contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(201, recorded.status(), String.valueOf(recorded.json()));
        assertEquals(2, recorded.json().get("photos").size());
        assertEquals(sha256(jpeg), sql.text("SELECT encode(sha256(bytes), 'hex') FROM photo WHERE media_type = 'image/jpeg'"));
    }

    @Test
    void a_text_file_with_a_jpg_name_is_refused_and_not_stored() throws Exception {
        byte[] text = "这不是图片, just text pretending to be IMG_0001.jpg".getBytes();
        var answer = upload(sha256(text), text, "image/jpeg");
        assertEquals(400, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals(0, storedPhotos());
    }

    @Test
    void an_oversized_photo_is_refused_with_413_and_not_stored() throws Exception {
        byte[] big = image("png", 400, 3);
        var answer = upload(sha256(big), big, "image/png");
        assertEquals(413, answer.status(), big.length + " bytes");
        assertEquals(0, storedPhotos());
    }

    @Test
    void a_truncated_upload_is_refused_and_not_stored() throws Exception {
        byte[] jpeg = image("jpg", 64, 4);
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length / 2);
        assertEquals(400, upload(sha256(cut), cut, "image/jpeg").status(), "cut in half, its own hash");
        assertEquals(400, upload(sha256(jpeg), cut, "image/jpeg").status(), "cut in half, the whole photo's hash");
        assertEquals(0, storedPhotos());
    }

    @Test
    void a_record_whose_photos_together_exceed_the_limit_is_refused() throws Exception {
        String[] hashes = new String[2];
        for (int i = 0; i < 2; i++) {
            byte[] photo = image("png", 230, 10 + i);
            hashes[i] = sha256(photo);
            assertEquals(201, upload(hashes[i], photo, "image/png").status(), photo.length + " bytes");
        }
        var answer = supervisor.exchange(HttpRequest.PUT("/api/inspections/" + newId(), record(SOURCE_LON, SOURCE_LAT, 10,
                "wgs84", ",\"photos\":[\"" + hashes[0] + "\",\"" + hashes[1] + "\"]")).contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(413, answer.status());
        assertEquals(0, sql.count("SELECT count(*) FROM inspection"));
    }

    @Test
    void a_photo_whose_bytes_were_altered_in_the_database_is_refused_not_shown() throws Exception {
        byte[] jpeg = image("jpg", 64, 20);
        String hash = sha256(jpeg);
        assertEquals(201, upload(hash, jpeg, "image/jpeg").status());
        assertEquals(200, supervisor.get("/api/photos/" + hash).status());
        sql.execute("UPDATE photo SET bytes = bytes || '\\x00'::bytea WHERE sha256 = '" + hash + "'");
        var altered = supervisor.get("/api/photos/" + hash);
        assertEquals(409, altered.status());
        assertEquals("photo.damaged", altered.json().get("code").asText());
    }
}
