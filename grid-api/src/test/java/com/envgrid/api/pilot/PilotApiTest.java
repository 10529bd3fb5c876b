package com.envgrid.api.pilot;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.TestPhotos;
import com.envgrid.api.people.StaffFixture;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pilots and eco-creation in the small district: town A (chief of A) with communities A1 (its supervisor) and A2,
 * street B (chief-b); the district's date is 2026-11-25.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
class PilotApiTest extends ApiTestBase {
    @Inject
    MutableClock clock;

    ApiClient admin;
    ApiClient chiefA;
    ApiClient chiefB;
    ApiClient supervisor;
    ApiClient viewer;

    @BeforeEach
    void district() {
        clock.set(Instant.parse("2026-11-25T02:00:00Z"));
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        StaffFixture staff = new StaffFixture(http);
        chiefA = staff.as("chief");
        supervisor = staff.as("supervisor");
        viewer = staff.as("viewer");
        chiefB = ApiClient.signedIn(http, "chief-b", StaffFixture.PASSWORD);
    }

    static String pilot(UUID id, String grid, String title) {
        return "{\"id\":\"" + id + "\",\"grid\":\"" + grid + "\",\"title\":\"" + title + "\",\"fromYear\":2026,"
                + "\"toYear\":2027,\"targets\":[{\"indicator\":\"农村生活污水治理率\",\"unit\":\"%\",\"kind\":\"rate\","
                + "\"target\":80},{\"indicator\":\"黑臭水体消除数\",\"unit\":\"个\",\"kind\":\"count\",\"target\":2}]}";
    }

    static String entry(UUID id, String date, String indicator, double value, String photos) {
        return "{\"id\":\"" + id + "\",\"date\":\"" + date + "\",\"indicator\":\"" + indicator + "\",\"value\":"
                + value + ",\"note\":\"验收\",\"photos\":[" + photos + "],\"documents\":[\"验收报告.pdf\"]}";
    }

    private static void expect(int status, ApiClient.Answer answer) {
        assertEquals(status, answer.status(), String.valueOf(answer.json()));
    }

    @Test
    void a_pilot_reaches_one_target_a_rate_at_its_latest_entry_and_a_count_summed() {
        UUID id = UUID.randomUUID();
        expect(201, chiefA.post("/api/pilots", pilot(id, "A1", "A1 村整治试点")));
        expect(200, chiefA.post("/api/pilots", pilot(id, "A1", "A1 村整治试点")));
        expect(409, chiefA.post("/api/pilots", pilot(id, "A1", "另一个标题")));
        assertEquals(1, admin.get("/api/pilots").json().size(), "a retried POST sets up one pilot");

        byte[] jpeg = TestPhotos.image("jpg", 8, 41);
        String photo = TestPhotos.sha256(jpeg);
        expect(201, supervisor.exchange(HttpRequest.PUT("/api/photos/" + photo, jpeg).contentType("image/jpeg")));
        String path = "/api/pilots/" + id + "/progress";
        UUID first = UUID.randomUUID();
        expect(200, supervisor.post(path, entry(first, "2026-06-01", "农村生活污水治理率", 60, "")));
        expect(200, supervisor.post(path, entry(UUID.randomUUID(), "2026-11-20", "农村生活污水治理率", 85,
                "\"" + photo + "\"")));
        expect(200, supervisor.post(path, entry(UUID.randomUUID(), "2026-11-21", "黑臭水体消除数", 1, "")));
        JsonNode view = supervisor.post(path, entry(first, "2026-06-01", "农村生活污水治理率", 60, "")).json();
        assertEquals(3, view.get("progress").size(), "a retried entry is stored once");

        JsonNode sewage = view.get("targets").get(0);
        assertEquals(85, sewage.get("reached").asDouble());
        assertTrue(sewage.get("met").asBoolean());
        JsonNode water = view.get("targets").get(1);
        assertEquals(1, water.get("reached").asDouble());
        assertFalse(water.get("met").asBoolean());
        assertEquals(1, view.get("met").asInt());
        assertEquals(0.5, view.get("share").asDouble());
        assertEquals(photo, view.get("progress").get(1).get("photos").get(0).asText());

        expect(400, supervisor.post(path, entry(UUID.randomUUID(), "2026-11-21", "不是指标", 1, "")));
        expect(400, supervisor.post(path, entry(UUID.randomUUID(), "2026-11-26", "黑臭水体消除数", 1, "")));
        expect(400, supervisor.post(path, entry(UUID.randomUUID(), "2026-11-21", "黑臭水体消除数", 1,
                "\"" + "0".repeat(64) + "\"")));
        expect(400, chiefA.post("/api/pilots", pilot(UUID.randomUUID(), "D", "全区")));

        JsonNode changed = chiefA.put("/api/pilots/" + id, "{\"title\":\"A1 整治\",\"fromYear\":2026,\"toYear\":2028,"
                + "\"targets\":[{\"indicator\":\"农村生活污水治理率\",\"unit\":\"%\",\"kind\":\"rate\",\"target\":90}]}")
                .json();
        assertEquals(2028, changed.get("toYear").asInt());
        assertFalse(changed.get("targets").get(0).get("met").asBoolean(), "85 % no longer meets a target of 90 %");
        assertEquals(0, changed.get("share").asDouble());
    }

    @Test
    void pilots_are_kept_in_the_grids_of_whoever_sets_them_up() {
        UUID inB = UUID.randomUUID();
        expect(403, chiefA.post("/api/pilots", pilot(UUID.randomUUID(), "B", "B 试点")));
        expect(403, supervisor.post("/api/pilots", pilot(UUID.randomUUID(), "A1", "A1 试点")));
        expect(403, viewer.post("/api/pilots", pilot(UUID.randomUUID(), "A1", "A1 试点")));
        expect(201, chiefB.post("/api/pilots", pilot(inB, "B", "B 试点")));
        expect(201, admin.post("/api/pilots", pilot(UUID.randomUUID(), "A", "A 镇试点")));
        assertEquals(1, chiefA.get("/api/pilots").json().size());
        assertEquals(2, viewer.get("/api/pilots").json().size());
        expect(404, chiefA.get("/api/pilots/" + inB));
        expect(404, supervisor.post("/api/pilots/" + inB + "/progress", entry(UUID.randomUUID(), "2026-11-21",
                "黑臭水体消除数", 1, "")));
        expect(403, chiefA.put("/api/creations/B", "{\"stage\":\"declared\",\"date\":\"2026-03-01\"}"));
        expect(200, admin.get("/api/pilots.xlsx"));
    }

    @Test
    void a_creation_moves_forward_only_and_a_repeated_stage_changes_nothing() throws Exception {
        expect(200, chiefA.put("/api/creations/A2", "{\"stage\":\"declared\",\"date\":\"2026-03-01\",\"note\":\"镇申报\"}"));
        expect(200, chiefA.put("/api/creations/A2", "{\"stage\":\"declared\",\"date\":\"2026-03-01\",\"note\":\"镇申报\"}"));
        expect(200, chiefA.put("/api/creations/A2", "{\"stage\":\"county_accepted\",\"date\":\"2026-10-01\"}"));
        expect(409, chiefA.put("/api/creations/A2", "{\"stage\":\"in_progress\",\"date\":\"2026-10-02\"}"));
        expect(400, chiefA.put("/api/creations/A2", "{\"stage\":\"city_named\",\"date\":\"2026-09-01\"}"));
        expect(400, chiefA.put("/api/creations/A2", "{\"stage\":\"named\",\"date\":\"2026-11-01\"}"));
        expect(404, chiefA.put("/api/creations/NONE", "{\"stage\":\"declared\",\"date\":\"2026-11-01\"}"));

        JsonNode creations = admin.get("/api/creations").json();
        assertEquals(1, creations.size());
        JsonNode a2 = creations.get(0);
        assertEquals("county_accepted", a2.get("stage").asText());
        assertEquals("县级验收", a2.get("stageName").asText());
        assertEquals(2, a2.get("stages").size());
        assertEquals(0, chiefB.get("/api/creations").json().size());

        byte[] file = http.toBlocking().retrieve(HttpRequest.GET("/api/pilots.xlsx").bearerAuth(admin.token()),
                byte[].class);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = book.getSheet("生态创建");
            String text = sheet.getRow(sheet.getLastRowNum()).getCell(2).getStringCellValue();
            assertEquals("县级验收", text);
        }
    }
}
