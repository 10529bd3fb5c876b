package com.envgrid.api.complaint;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.TestPhotos;
import com.envgrid.api.people.StaffFixture;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Complaints entered by staff from the hotline, letters and visits: only in the caller's grids (administrators
 * anywhere), never handing staff the complainant's rating link, never using up the public's allowance, and a
 * submission key of a complaint the caller may not see is unknown to them.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.complaints.max-per-hour", value = "3")
class StaffEntryTest extends ApiTestBase {
    static final double[] IN_A1 = {120.003, 30.002};
    static final double[] IN_A2 = {120.003, 30.008};
    static final double[] IN_B = {120.015, 30.003};

    StaffFixture staff;
    ApiClient supervisorA1;
    ApiClient chiefA;
    ApiClient chiefB;
    ApiClient anonymous;

    @BeforeEach
    void smallDistrictWithStaff() throws Exception {
        emptyLayer.startOver(ApiClient.asAdmin(http));
        staff = new StaffFixture(http);
        supervisorA1 = staff.as("supervisor");
        chiefA = staff.as("chief");
        chiefB = ApiClient.signedIn(http, "chief-b", StaffFixture.PASSWORD);
        anonymous = ApiClient.anonymous(http);
    }

    static String complaint(double[] at, String extra) {
        return String.format(Locale.ROOT, "{\"channel\":\"hotline_12369\",\"category\":\"noise\",\"description\":"
                + "\"工地夜间施工\",\"lon\":%s,\"lat\":%s,\"name\":\"李先生\",\"contact\":\"13911112222\"%s}", at[0], at[1], extra);
    }

    private long complaints() {
        return sql.count("SELECT count(*) FROM complaint");
    }

    @Test
    void staff_enter_complaints_only_in_their_grids_and_administrators_anywhere() {
        var inOwnGrid = supervisorA1.post("/api/complaints", complaint(IN_A1, ""));
        assertEquals(201, inOwnGrid.status(), String.valueOf(inOwnGrid.json()));
        assertEquals(201, chiefA.post("/api/complaints", complaint(IN_A2, "")).status(), "A2 lies in the chief's town");

        var outside = supervisorA1.post("/api/complaints", complaint(IN_B, ""));
        assertEquals(403, outside.status());
        assertEquals("application/problem+json", outside.contentType());
        assertTrue(outside.json().get("detail").asText().contains("grid B"), outside.json().toString());
        assertEquals(403, chiefA.post("/api/complaints", complaint(IN_B, "")).status());
        assertEquals(403, supervisorA1.post("/api/complaints", complaint(IN_A2, "")).status(),
                "a supervisor of A1 does not work in A2");
        assertEquals(2, complaints(), "nothing stored for the refused ones");

        assertEquals(201, staff.admin.post("/api/complaints", complaint(IN_B, "")).status());
        assertEquals(201, chiefB.post("/api/complaints", complaint(IN_B, "")).status());
        assertEquals(List.of("B", "B"), List.of(sql.text("SELECT min(grid_code) FROM complaint WHERE lon > 120.01"),
                sql.text("SELECT max(grid_code) FROM complaint WHERE lon > 120.01")));
    }

    @Test
    void the_rating_link_is_the_complainants_and_never_shown_to_staff() {
        var entered = supervisorA1.post("/api/complaints", complaint(IN_A1, ""));
        assertEquals(201, entered.status(), String.valueOf(entered.json()));
        long id = entered.json().get("id").asLong();
        String token = sql.text("SELECT rating_token FROM complaint WHERE id = " + id);
        assertFalse(entered.json().has("rating_url"), entered.json().toString());
        assertFalse(entered.json().toString().contains(token));
        var byAdmin = staff.admin.post("/api/complaints", complaint(IN_B, ""));
        assertFalse(byAdmin.json().has("rating_url"), "not even for an administrator: " + byAdmin.json());

        var filed = anonymous.post("/api/public/complaints", complaint(IN_A1, "").replace("hotline_12369", "web"));
        assertTrue(filed.json().get("rating_url").asText().contains("rate="), "the public gets its own link");
        String publicToken = sql.text("SELECT rating_token FROM complaint WHERE id = " + filed.json().get("id").asLong());
        for (ApiClient who : List.of(supervisorA1, chiefA, staff.admin, staff.as("viewer"))) {
            String list = who.get("/api/complaints").json().toString();
            String one = who.get("/api/complaints/" + id).json().toString();
            for (String t : List.of(token, publicToken)) {
                assertFalse(list.contains(t) || one.contains(t), "no staff view carries a rating token");
            }
        }
    }

    @Test
    void complaints_entered_by_staff_do_not_use_up_the_public_intakes_allowance() {
        for (int i = 0; i < 5; i++) {
            assertEquals(201, supervisorA1.post("/api/complaints", complaint(IN_A1, "")).status(), "staff are not limited");
        }
        String web = complaint(IN_A1, "").replace("hotline_12369", "web");
        for (int i = 0; i < 3; i++) {
            var filed = anonymous.post("/api/public/complaints", web);
            assertEquals(201, filed.status(), "the public client from the same address still has its three: " + filed.json());
        }
        assertEquals(429, anonymous.post("/api/public/complaints", web).status());
        assertEquals(8, complaints());
    }

    @Test
    void a_submission_key_of_a_complaint_the_caller_may_not_see_is_unknown_to_them_whatever_the_content() {
        var first = supervisorA1.post("/api/complaints", complaint(IN_A1, ",\"submission_key\":\"hotline-0001\""));
        assertEquals(201, first.status(), String.valueOf(first.json()));
        var again = supervisorA1.post("/api/complaints", complaint(IN_A1, ",\"submission_key\":\"hotline-0001\""));
        assertEquals(201, again.status());
        assertEquals(first.json(), again.json(), "a resent entry gets the first receipt");
        assertEquals(first.json().get("id"), chiefA.post("/api/complaints",
                complaint(IN_A1, ",\"submission_key\":\"hotline-0001\"")).json().get("id"), "the chief of A sees it");

        for (double[] at : List.of(IN_A1, IN_B)) {
            var foreign = chiefB.post("/api/complaints", complaint(at, ",\"submission_key\":\"hotline-0001\""));
            assertEquals(404, foreign.status(), "chief of B, same or other content: " + foreign.json());
            assertFalse(foreign.json().toString().contains("13911112222"));
        }
        var byPublic = anonymous.post("/api/public/complaints",
                complaint(IN_A1, ",\"submission_key\":\"hotline-0001\"").replace("hotline_12369", "web"));
        assertEquals(409, byPublic.status(), "a key staff used is no public receipt: " + byPublic.json());
        assertFalse(byPublic.json().toString().contains("rate="));
        assertEquals(1, complaints());

        String web = complaint(IN_A1, ",\"submission_key\":\"4f1c9a\"").replace("hotline_12369", "web");
        var filed = anonymous.post("/api/public/complaints", web);
        assertEquals(201, filed.status());
        assertEquals(filed.json(), anonymous.post("/api/public/complaints", web).json(), "the public resends its form");
        assertEquals(409, supervisorA1.post("/api/complaints", complaint(IN_A1, ",\"submission_key\":\"4f1c9a\""))
                .status(), "a key the public used is not a staff entry");
        assertEquals(404, chiefB.post("/api/complaints", complaint(IN_B, ",\"submission_key\":\"4f1c9a\"")).status());
        assertEquals(2, complaints());
    }

    @Test
    void staff_name_only_photos_they_sent_themselves() {
        byte[] complainants = TestPhotos.image("jpg", 24, 31);
        String theirs = TestPhotos.sha256(complainants);
        assertEquals(201, anonymous.exchange(HttpRequest.PUT("/api/public/photos/" + theirs, complainants)
                .contentType("image/jpeg")).status());
        var refused = supervisorA1.post("/api/complaints", complaint(IN_A1, ",\"photos\":[\"" + theirs + "\"]"));
        assertEquals(400, refused.status(), String.valueOf(refused.json()));
        assertEquals("/photos/0", refused.json().get("errors").get(0).get("pointer").asText());
        assertEquals(0, complaints());

        byte[] own = TestPhotos.image("jpg", 24, 32);
        assertEquals(201, supervisorA1.exchange(HttpRequest.PUT("/api/photos/" + TestPhotos.sha256(own), own)
                .contentType("image/jpeg")).status());
        var entered = supervisorA1.post("/api/complaints", complaint(IN_A1, ",\"photos\":[\"" + TestPhotos.sha256(own) + "\"]"));
        assertEquals(201, entered.status(), String.valueOf(entered.json()));
        var byPublic = anonymous.post("/api/public/complaints", complaint(IN_A1, ",\"photos\":[\""
                + TestPhotos.sha256(own) + "\"]").replace("hotline_12369", "web"));
        assertEquals(400, byPublic.status(), "the public names only photos it sent: " + byPublic.json());
    }
}
