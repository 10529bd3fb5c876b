package com.envgrid.api.people;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import static com.envgrid.api.grid.GridFiles.smallDistrict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Phones and e-mail addresses are personal data: seen by administrators, by the person, and by the chief of the grid
 * they work in.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataTest extends ApiTestBase {
    StaffFixture staff;

    @BeforeAll
    void districtWithStaff() {
        emptyLayer.holdOnly(ApiClient.asAdmin(http), smallDistrict().json());
        staff = new StaffFixture(http);
    }

    private static List<String> usernames(JsonNode people) {
        List<String> names = new ArrayList<>();
        people.forEach(p -> names.add(p.get("username").asText()));
        return names;
    }

    private static JsonNode find(JsonNode people, String username) {
        for (JsonNode p : people) {
            if (p.get("username").asText().equals(username)) {
                return p;
            }
        }
        throw new AssertionError(username + " not in " + people);
    }

    @Test
    void an_administrator_sees_everyone_with_their_phone() {
        var people = staff.as("admin").get("/api/people").json();
        assertEquals("13900000004", find(people, "sup-a1").get("phone").asText());
    }

    @Test
    void an_e_mail_address_is_seen_by_those_who_see_the_phone_and_by_nobody_else() {
        var set = staff.as("admin").exchange(HttpRequest.PUT("/api/people/" + staff.supervisorA1Id + "/contact",
                "{\"phone\":\"13900000004\",\"email\":\"sup-a1@example.cn\"}").contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(200, set.status(), String.valueOf(set.json()));
        assertEquals("sup-a1@example.cn", find(staff.as("admin").get("/api/people").json(), "sup-a1").get("email").asText());
        assertEquals("sup-a1@example.cn", find(staff.as("chief").get("/api/people").json(), "sup-a1").get("email").asText());
        assertEquals("sup-a1@example.cn", staff.as("supervisor").get("/api/me").json().get("email").asText());
        assertFalse(staff.as("viewer").get("/api/people/" + staff.supervisorA1Id).json().has("email"));
        assertEquals(404, ApiClient.signedIn(http, "chief-b", StaffFixture.PASSWORD)
                .get("/api/people/" + staff.supervisorA1Id).status());
    }

    @Test
    void a_district_viewer_sees_everyone_but_no_phone_except_their_own() {
        var answer = staff.as("viewer").get("/api/people");
        assertTrue(usernames(answer.json()).containsAll(List.of("chief-a", "chief-b", "sup-a1")));
        answer.json().forEach(p -> assertEquals(p.get("username").asText().equals("viewer1"), p.has("phone"), p.toString()));
        assertFalse(staff.as("viewer").get("/api/people/" + staff.supervisorA1Id).json().has("phone"));
    }

    @Test
    void a_chief_sees_the_people_of_their_town_with_phones_and_nobody_from_the_other_town() {
        var people = staff.as("chief").get("/api/people").json();
        assertEquals(List.of("chief-a", "sup-a1"), usernames(people).stream().sorted().toList());
        assertEquals("13900000004", find(people, "sup-a1").get("phone").asText());
        assertEquals(404, staff.as("chief").get("/api/people/" + staff.chiefBId).status());
    }

    @Test
    void a_supervisor_sees_only_themselves() {
        var people = staff.as("supervisor").get("/api/people").json();
        assertEquals(List.of("sup-a1"), usernames(people));
        assertEquals("13900000004", people.get(0).get("phone").asText());
        assertEquals("sup-a1", staff.as("supervisor").get("/api/me").json().get("username").asText());
    }

    @Test
    void the_map_shows_each_role_only_the_grids_it_may_read() {
        assertEquals(5, staff.as("viewer").get("/api/grids").json().get("features").size());
        assertEquals(3, staff.as("chief").get("/api/grids").json().get("features").size());
        var mine = staff.as("supervisor").get("/api/grids").json().get("features");
        assertEquals(1, mine.size());
        assertEquals("A1", mine.get(0).get("id").asText());
        assertEquals(0, staff.as("supervisor").get("/api/grids/validation").json().get("features").size());
    }
}
