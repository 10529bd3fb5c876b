package com.envgrid.api.people;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.shared.DistrictTime;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.envgrid.api.grid.GridFiles.smallDistrict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assignments have a start and an end; grids with nobody supervising them show as such. */
@MicronautTest(transactional = false)
class StaffingApiTest extends ApiTestBase {
    @Inject
    DistrictTime time;

    ApiClient admin;

    @BeforeEach
    void smallDistrictNobodyAssigned() {
        emptyLayer.reset();
        admin = ApiClient.asAdmin(http);
        admin.post("/api/grids/import", smallDistrict().json());
    }

    private List<String> unstaffed() {
        List<String> codes = new ArrayList<>();
        admin.get("/api/grids/unstaffed").json().forEach(g -> codes.add(g.get("code").asText()));
        return codes.stream().sorted().toList();
    }

    private long supervisor() {
        var p = admin.post("/api/people", "{\"name\":\"s\",\"username\":\"s" + System.nanoTime()
                + "\",\"password\":\"Super-pass-2026\",\"role\":\"supervisor\"}");
        return p.json().get("id").asLong();
    }

    @Test
    void grids_nobody_supervises_are_listed_and_flagged_on_the_map() {
        assertEquals(List.of("A1", "A2", "B"), unstaffed());
        var a1 = admin.post("/api/people/" + supervisor() + "/assignments", "{\"grid_code\":\"A1\",\"duty\":\"supervisor\"}");
        assertEquals(201, a1.status(), a1.json().toString());
        assertEquals(List.of("A2", "B"), unstaffed());
        var grid = admin.get("/api/grids/A1").json().get("properties");
        assertTrue(grid.get("staffed").asBoolean());
        assertEquals(1, grid.get("supervisor_count").asInt());
        assertFalse(admin.get("/api/grids/A").json().get("properties").get("staffed").asBoolean());
    }

    @Test
    void a_released_supervisor_leaves_the_grid_unstaffed_and_the_history_stays() {
        long person = supervisor();
        long assignment = admin.post("/api/people/" + person + "/assignments",
                "{\"grid_code\":\"B\",\"duty\":\"supervisor\"}").json().get("id").asLong();
        assertFalse(unstaffed().contains("B"));
        var released = admin.post("/api/assignments/" + assignment + "/release", "{}");
        assertEquals(200, released.status(), released.json().toString());
        assertTrue(unstaffed().contains("B"));
        var history = admin.get("/api/people/" + person).json().get("assignments");
        assertEquals(1, history.size());
        assertEquals(released.json().get("ends_on").asText(), history.get(0).get("ends_on").asText());
        assertEquals(409, admin.post("/api/assignments/" + assignment + "/release", "{}").status());
    }

    @Test
    void an_assignment_starting_next_month_does_not_staff_the_grid_yet() {
        String nextMonth = time.today().plusMonths(1).toString();
        admin.post("/api/people/" + supervisor() + "/assignments",
                "{\"grid_code\":\"B\",\"duty\":\"supervisor\",\"starts_on\":\"" + nextMonth + "\"}");
        assertTrue(unstaffed().contains("B"));
    }

    @Test
    void duties_must_fit_the_role_and_the_grid() {
        long sup = supervisor();
        var chiefDuty = admin.post("/api/people/" + sup + "/assignments", "{\"grid_code\":\"A\",\"duty\":\"chief\"}");
        assertEquals(400, chiefDuty.status());
        assertEquals("/duty", chiefDuty.json().get("errors").get(0).get("pointer").asText());
        var chief = admin.post("/api/people", "{\"name\":\"c\",\"username\":\"c" + System.nanoTime()
                + "\",\"password\":\"Chief-pass-2026\",\"role\":\"chief\"}").json().get("id").asLong();
        var chiefOfCommunity = admin.post("/api/people/" + chief + "/assignments", "{\"grid_code\":\"A1\",\"duty\":\"chief\"}");
        assertEquals(400, chiefOfCommunity.status());
        assertEquals(400, admin.post("/api/people/" + sup + "/assignments", "{\"grid_code\":\"NOPE\",\"duty\":\"supervisor\"}").status());
        assertEquals(404, admin.post("/api/people/999999/assignments", "{\"grid_code\":\"A1\",\"duty\":\"supervisor\"}").status());
    }

    @Test
    void a_replacing_import_cannot_drop_a_grid_people_were_assigned_to() {
        admin.post("/api/people/" + supervisor() + "/assignments", "{\"grid_code\":\"A2\",\"duty\":\"supervisor\"}");
        var withoutA2 = com.envgrid.api.grid.GridFiles.file()
                .grid("D", "district", null, com.envgrid.api.grid.GridFiles.square(0, 0, 20, 10))
                .grid("A", "town", "D", com.envgrid.api.grid.GridFiles.square(0, 0, 10, 10))
                .grid("B", "street", "D", com.envgrid.api.grid.GridFiles.square(10, 0, 20, 10));
        var answer = admin.post("/api/grids/import?mode=replace", withoutA2.json());
        assertEquals(409, answer.status());
        assertTrue(answer.json().get("detail").asText().contains("A2"));
        assertEquals(5, emptyLayer.storedGrids());
    }

    @Test
    void bad_person_fields_are_a_400_naming_each_field_and_a_taken_username_a_409() {
        var bad = admin.post("/api/people", "{\"name\":\"\",\"username\":\"A B\",\"password\":\"short\","
                + "\"phone\":\"12345\",\"role\":\"mayor\"}");
        assertEquals(400, bad.status());
        List<String> pointers = new ArrayList<>();
        bad.json().get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
        assertEquals(List.of("/name", "/username", "/password", "/phone", "/role"), pointers);
        String ok = "{\"name\":\"x\",\"username\":\"twice\",\"password\":\"Twice-pass-2026\",\"role\":\"viewer\"}";
        assertEquals(201, admin.post("/api/people", ok).status());
        assertEquals(409, admin.post("/api/people", ok).status());
        assertEquals(400, admin.post("/api/people", "{not json").status());
    }
}
