package com.envgrid.api.inspection;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.TestPhotos;
import com.envgrid.api.people.StaffFixture;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.envgrid.api.inspection.InspectionFixture.SOURCE_LAT;
import static com.envgrid.api.inspection.InspectionFixture.SOURCE_LON;
import static com.envgrid.api.inspection.InspectionFixture.newId;
import static com.envgrid.api.inspection.InspectionFixture.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Ids and hashes do not open other grids: another grid's inspection id is unknown to a supervisor whatever they send
 * with it, a record names only photos its author sent, and a photo is shown to those who may see a record showing it
 * — or, before any does, to the person who sent it.
 */
@MicronautTest(transactional = false)
class ForeignRecordsTest extends ApiTestBase {
    /** A patrol of street B by its chief, with a fix inside B. */
    static final String PATROL_OF_B = "{\"target\":{\"kind\":\"grid_patrol\",\"code\":\"B\"},"
            + "\"inspected_at\":\"2026-11-20T10:15:00+08:00\",\"fix\":{\"lon\":120.015,\"lat\":30.005,\"accuracy_m\":10},"
            + "\"checklist\":{},\"findings\":[]%s}";

    InspectionFixture fixture;
    ApiClient supervisorA1;
    ApiClient chiefA;
    ApiClient chiefB;

    @BeforeEach
    void districtWithStaff() {
        fixture = new InspectionFixture(http, emptyLayer);
        supervisorA1 = fixture.staff.as("supervisor");
        chiefA = fixture.staff.as("chief");
        chiefB = ApiClient.signedIn(http, "chief-b", StaffFixture.PASSWORD);
    }

    private static ApiClient.Answer put(ApiClient who, String id, String body) {
        return who.exchange(HttpRequest.PUT("/api/inspections/" + id, body).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    private static String upload(ApiClient who, byte[] jpeg) {
        String hash = TestPhotos.sha256(jpeg);
        assertEquals(201, who.exchange(HttpRequest.PUT("/api/photos/" + hash, jpeg).contentType("image/jpeg")).status());
        return hash;
    }

    private int download(ApiClient who, String hash) {
        return who.exchange(HttpRequest.GET("/api/photos/" + hash).accept("image/*")).status();
    }

    @Test
    void another_grids_inspection_id_is_unknown_whatever_is_sent_with_it() {
        String id = newId();
        String patrol = String.format(PATROL_OF_B, ",\"notes\":\"河边有垃圾\"");
        var original = put(chiefB, id, patrol);
        assertEquals(201, original.status(), String.valueOf(original.json()));

        var sameContent = put(supervisorA1, id, patrol);
        var otherContent = put(supervisorA1, id, record(SOURCE_LON, SOURCE_LAT, 10, "wgs84", ""));
        for (var answer : List.of(sameContent, otherContent)) {
            assertEquals(404, answer.status(), "neither the record nor its existence: " + answer.json());
            assertEquals("application/problem+json", answer.contentType());
            assertFalse(answer.json().toString().contains("河边有垃圾"));
        }
        assertEquals(404, put(chiefA, id, patrol).status(), "nor to the chief of the other town");
        assertEquals(original.json(), put(chiefB, id, patrol).json(), "its author's retry is answered as before");
        assertEquals(original.json(), put(fixture.admin, id, patrol).json(), "an administrator sees every grid");
        assertEquals(1, sql.count("SELECT count(*) FROM inspection"));

        var correcting = put(supervisorA1, newId(), record(SOURCE_LON, SOURCE_LAT, 10, "wgs84", ",\"corrects\":\"" + id + "\""));
        var correctingNothing = put(supervisorA1, newId(), record(SOURCE_LON, SOURCE_LAT, 10, "wgs84",
                ",\"corrects\":\"" + id.replaceAll("^.", "f") + "\""));
        assertEquals(400, correcting.status(), "another grid's record is not one to correct");
        assertEquals(correctingNothing.json().get("errors").get(0).get("message").asText().replaceAll("[0-9a-f-]{36}", "…"),
                correcting.json().get("errors").get(0).get("message").asText().replaceAll("[0-9a-f-]{36}", "…"),
                "said as of an id that does not exist");
        assertEquals(1, sql.count("SELECT count(*) FROM inspection"));
    }

    @Test
    void a_record_names_only_photos_its_author_sent_and_a_photo_follows_the_record_that_shows_it() {
        String ofB = upload(chiefB, TestPhotos.image("jpg", 24, 41));
        assertEquals(201, put(chiefB, newId(), String.format(PATROL_OF_B, ",\"photos\":[\"" + ofB + "\"]")).status());

        var linking = put(supervisorA1, newId(), record(SOURCE_LON, SOURCE_LAT, 10, "wgs84", ",\"photos\":[\"" + ofB + "\"]"));
        assertEquals(400, linking.status(), "a hash is not a photo of one's own: " + linking.json());
        assertEquals("/photos/0", linking.json().get("errors").get(0).get("pointer").asText());
        assertEquals(404, download(supervisorA1, ofB));
        assertEquals(404, download(chiefA, ofB));
        assertEquals(200, download(chiefB, ofB));
        assertEquals(200, download(fixture.staff.as("viewer"), ofB));

        String own = upload(supervisorA1, TestPhotos.image("jpg", 24, 42));
        assertEquals(200, download(supervisorA1, own), "its sender sees a photo no record shows yet");
        assertEquals(404, download(chiefA, own), "nobody else does");
        assertEquals(201, put(supervisorA1, newId(), record(SOURCE_LON, SOURCE_LAT, 10, "wgs84",
                ",\"photos\":[\"" + own + "\"]")).status());
        assertEquals(200, download(chiefA, own), "once a record in A1 shows it, A's chief sees it");
        assertEquals(404, download(chiefB, own));
    }

    @Test
    void a_complainants_photo_stays_with_the_complaint() {
        byte[] jpeg = TestPhotos.image("jpg", 24, 43);
        String hash = TestPhotos.sha256(jpeg);
        var anonymous = ApiClient.anonymous(http);
        assertEquals(201, anonymous.exchange(HttpRequest.PUT("/api/public/photos/" + hash, jpeg).contentType("image/jpeg")).status());
        assertEquals(201, anonymous.post("/api/public/complaints", "{\"category\":\"dumping\",\"description\":\"倾倒垃圾\","
                + "\"lon\":120.015,\"lat\":30.003,\"photos\":[\"" + hash + "\"]}").status());

        var linking = put(supervisorA1, newId(), record(SOURCE_LON, SOURCE_LAT, 10, "wgs84", ",\"photos\":[\"" + hash + "\"]"));
        assertEquals(400, linking.status(), String.valueOf(linking.json()));
        assertEquals(404, download(supervisorA1, hash));
        assertEquals(200, download(chiefB, hash), "the staff handling the complaint see it");
        assertEquals(0, sql.count("SELECT count(*) FROM inspection_photo"));
    }
}
