package com.envgrid.api.radiation;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.core.source.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Radiation end to end on a pinned clock: the licence alerts (a warning 60 days ahead that tells the chief and the
 * administrators, a case on the expiry, each once), the classes of sources and devices making their holder due more
 * often, a class the licence does not permit marked, who reads and who writes, and bad input refused by field.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RadiationApiTest extends ApiTestBase {
    /** 10:00 on Friday 2026-11-20 in the district. */
    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final String WORKS = CreditCode.withCheckCharacter("91320214MA1F00021");
    static final String OTHER_A1 = CreditCode.withCheckCharacter("91320214MA1F00022");
    static final String IN_B = CreditCode.withCheckCharacter("91320214MA1F00023");

    @Inject
    MutableClock clock;
    @Inject
    RadiationHoldings holdings;

    ApiClient admin;
    StaffFixture staff;

    @BeforeEach
    void districtWithTwoAratedWorksInA1AndOneInB() {
        clock.set(NOW);
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        staff = new StaffFixture(http);
        assertEquals(201, admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n"
                + WORKS + ",无损检测公司,120.002,30.002,A\n" + OTHER_A1 + ",机械厂,120.003,30.003,A\n"
                + IN_B + ",医院,120.015,30.003,A\n").getBytes(StandardCharsets.UTF_8)).contentType("text/csv")).status());
    }

    static String licence(String expiresOn) {
        return "{\"number\":\"苏环辐证[00123]\",\"source_classes\":[\"IV\",\"V\"],\"device_classes\":[\"II\",\"III\"],"
                + "\"issued_on\":\"2022-01-20\",\"expires_on\":\"" + expiresOn + "\"}";
    }

    static String source(String radiationClass) {
        return "{\"nuclide\":\"Cs-137\",\"class\":\"" + radiationClass + "\",\"activity\":3.7,\"activity_unit\":\"GBq\","
                + "\"activity_on\":\"2020-05-01\",\"location\":\"探伤室\",\"status\":\"in_use\"}";
    }

    static String device(String radiationClass) {
        return "{\"kind\":\"工业X射线探伤机\",\"model\":\"XXG-2505\",\"class\":\"" + radiationClass
                + "\",\"location\":\"探伤室\",\"status\":\"在用\"}";
    }

    ApiClient.Answer put(ApiClient who, String uri, String body) {
        return who.exchange(HttpRequest.PUT(uri, body).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    long alerts(String kind) {
        return sql.count("SELECT count(*) FROM enterprise_alert WHERE source_code = '" + WORKS + "' AND kind = '" + kind + "'");
    }

    long radiationCases() {
        return sql.count("SELECT count(*) FROM problem_case WHERE category = 'radiation' AND target_code = '" + WORKS + "'");
    }

    void checkOn(Instant at) {
        clock.set(at);
        holdings.checkAllAlone(at);
    }

    @Test
    void a_licence_warns_60_days_before_its_expiry_once_and_opens_a_case_on_the_expiry_once() {
        // expiring on 2027-01-20: 61 days after 2026-11-20
        assertEquals(200, put(admin, "/api/enterprises/" + WORKS + "/radiation/licence", licence("2027-01-20")).status());
        checkOn(NOW);
        assertEquals(0, alerts("radiation_licence_expiring"));
        assertEquals(0, sql.count("SELECT count(*) FROM notification WHERE kind = 'radiation_licence'"));

        checkOn(NOW.plus(Duration.ofDays(1)));
        checkOn(NOW.plus(Duration.ofDays(2)));
        assertEquals(1, alerts("radiation_licence_expiring"));
        assertEquals(0, radiationCases(), "a warning opens no case");
        // the chief of A (over A1) and the administrators are told, each once (phone: the webhook channel)
        assertEquals(1, sql.count("SELECT count(*) FROM notification WHERE kind = 'radiation_licence' AND recipient_id = "
                + staff.chiefAId));
        assertEquals(0, sql.count("SELECT count(*) FROM notification WHERE kind = 'radiation_licence' AND recipient_id = "
                + staff.chiefBId));
        JsonNode card = admin.get("/api/enterprises/" + WORKS + "/radiation").json();
        assertEquals("expiring", card.get("licence").get("standing").asText());
        assertEquals(59, card.get("licence").get("days_to_expiry").asInt());

        checkOn(Instant.parse("2027-01-19T16:00:00Z")); // 00:00 on 2027-01-20 in the district
        checkOn(Instant.parse("2027-01-21T02:00:00Z"));
        assertEquals(1, alerts("radiation_licence_expired"));
        assertEquals(1, radiationCases());
        assertEquals(1, alerts("radiation_licence_expiring"));

        // renewed: a new expiry is a new subject, which will warn again in its time — not now
        assertEquals(200, put(admin, "/api/enterprises/" + WORKS + "/radiation/licence",
                licence("2032-01-20").replace("2022-01-20", "2027-01-15")).status());
        assertEquals(1, alerts("radiation_licence_expired"));
        assertEquals("valid", admin.get("/api/enterprises/" + WORKS + "/radiation").json().get("licence")
                .get("standing").asText());
        assertTrue(sql.count("SELECT count(*) FROM audit_log WHERE entity = 'radiation_licence' AND entity_id = '"
                + WORKS + "'") >= 2);
    }

    @Test
    void a_licence_saved_already_expired_opens_its_case_at_once_and_the_list_names_it() {
        assertEquals(200, put(admin, "/api/enterprises/" + WORKS + "/radiation/licence", licence("2026-11-01")).status());
        assertEquals(1, alerts("radiation_licence_expired"));
        assertEquals(0, alerts("radiation_licence_expiring"));
        JsonNode list = admin.get("/api/radiation/licences").json();
        assertEquals(1, list.size());
        assertEquals(-19, list.get(0).get("days_to_expiry").asInt());
        assertEquals("expired", list.get(0).get("standing").asText());
    }

    @Test
    void the_classes_held_make_an_a_rated_holder_due_monthly_and_a_district_may_set_its_own_frequencies() {
        assertEquals(201, put(admin, "/api/enterprises/" + WORKS + "/radiation/sources/0320CS000123", source("II"))
                .status());
        assertEquals(200, admin.post("/api/duties/generate?period=2027-02", "").status());
        assertEquals(List.of("2027-02-01..2027-02-28"), windows(WORKS));
        assertEquals(List.of("2027-01-01..2027-06-30"), windows(OTHER_A1), "rating A alone: twice a year");
        JsonNode card = admin.get("/api/enterprises/" + WORKS + "/radiation").json();
        assertEquals(1, card.get("class_frequency").get("everyMonths").asInt());

        String quarterly = "{\"sourceI\":{\"everyMonths\":1},\"sourceII\":{\"everyMonths\":3},\"sourceIII\":"
                + "{\"everyMonths\":3},\"sourceIV\":{\"everyMonths\":6},\"sourceV\":{\"everyMonths\":6},\"deviceI\":"
                + "{\"everyMonths\":1},\"deviceII\":{\"everyMonths\":3},\"deviceIII\":{\"everyMonths\":6}}";
        var set = put(admin, "/api/rule-settings/radiation_frequencies?district=D", quarterly);
        assertEquals(200, set.status(), String.valueOf(set.json()));
        assertEquals("district", set.json().get("source").asText());
        assertEquals(200, admin.post("/api/duties/generate?period=2027-05", "").status());
        assertTrue(windows(WORKS).contains("2027-04-01..2027-06-30"), String.valueOf(windows(WORKS)));

        // transferred out, the source no longer counts
        assertEquals(200, put(admin, "/api/enterprises/" + WORKS + "/radiation/sources/0320CS000123",
                source("II").replace("in_use", "transferred_out")).status());
        assertFalse(admin.get("/api/enterprises/" + WORKS + "/radiation").json().hasNonNull("class_frequency"));
    }

    List<String> windows(String code) {
        List<String> windows = new ArrayList<>();
        for (String row : sql.text("SELECT string_agg(due_from || '..' || due_by, ',' ORDER BY due_from) FROM duty"
                + " WHERE target_code = '" + code + "'").split(",")) {
            windows.add(row);
        }
        return windows;
    }

    @Test
    void a_source_or_device_of_a_class_the_licence_does_not_permit_is_saved_and_marked() {
        String base = "/api/enterprises/" + WORKS + "/radiation/";
        assertTrue(put(admin, base + "sources/0320CS000001", source("V")).json().get("outside_licence").asBoolean(),
                "no licence yet: everything is outside");
        assertEquals(200, put(admin, base + "licence", licence("2031-01-20")).status());
        assertEquals(201, put(admin, base + "sources/0320CS000002", source("III")).status());
        assertEquals(201, put(admin, base + "devices/XG-2019-07", device("Ⅰ")).status());
        assertEquals(201, put(admin, base + "devices/XG-2019-08", device("III")).status());
        JsonNode card = admin.get(base.substring(0, base.length() - 1)).json();
        assertEquals("V", card.get("sources").get(1).get("class").asText());
        assertFalse(card.get("sources").get(1).get("outside_licence").asBoolean());
        assertEquals("III", card.get("sources").get(0).get("class").asText());
        assertTrue(card.get("sources").get(0).get("outside_licence").asBoolean());
        assertTrue(card.get("devices").get(0).get("outside_licence").asBoolean());
        assertFalse(card.get("devices").get(1).get("outside_licence").asBoolean());
        assertEquals("in_use", card.get("devices").get(0).get("status").asText());
        // saved again: updated, not doubled
        assertEquals(200, put(admin, base + "devices/XG-2019-08", device("II")).status());
        assertEquals(2, sql.count("SELECT count(*) FROM ray_device WHERE holder_code = '" + WORKS + "'"));
        // a holder's inspection has the radiation items
        JsonNode checklist = admin.get("/api/checklists?kind=source&source_kind=enterprise&source=" + WORKS).json();
        assertTrue(checklist.toString().contains("radiation_interlocks"));
        assertFalse(admin.get("/api/checklists?kind=source&source_kind=enterprise&source=" + OTHER_A1).json()
                .toString().contains("radiation_interlocks"));
    }

    @Test
    void grid_staff_read_their_grids_holders_only_and_only_administrators_write() throws Exception {
        assertEquals(201, put(admin, "/api/enterprises/" + WORKS + "/radiation/sources/0320CS000001", source("IV"))
                .status());
        assertEquals(201, put(admin, "/api/enterprises/" + IN_B + "/radiation/devices/CT-01", device("III")).status());
        ApiClient chiefA = staff.as("chief");
        ApiClient chiefB = ApiClient.signedIn(http, "chief-b", StaffFixture.PASSWORD);
        assertEquals(200, chiefA.get("/api/enterprises/" + WORKS + "/radiation").status());
        assertEquals(403, chiefB.get("/api/enterprises/" + WORKS + "/radiation").status());
        assertEquals(403, put(staff.as("supervisor"), "/api/enterprises/" + WORKS + "/radiation/licence",
                licence("2031-01-20")).status());
        assertEquals(403, put(chiefA, "/api/enterprises/" + WORKS + "/radiation/sources/0320CS000009", source("V"))
                .status());
        assertEquals(1, chiefA.get("/api/radiation/sources").json().size());
        assertEquals(0, chiefA.get("/api/radiation/devices").json().size());
        assertEquals(0, chiefB.get("/api/radiation/sources").json().size());
        assertEquals(1, chiefB.get("/api/radiation/devices").json().size());

        byte[] xlsx = http.toBlocking().retrieve(HttpRequest.GET("/api/radiation/sources.xlsx")
                .bearerAuth(chiefA.token()), byte[].class);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("放射源编码", sheet.getRow(0).getCell(3).getStringCellValue());
            assertEquals("0320CS000001", sheet.getRow(1).getCell(3).getStringCellValue());
            assertEquals("IV类", sheet.getRow(1).getCell(5).getStringCellValue());
            assertEquals(1, sheet.getLastRowNum());
        }
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_nothing_is_stored() {
        String base = "/api/enterprises/" + WORKS + "/radiation/";
        assertField(put(admin, base + "licence", licence("2021-01-01")), "/expires_on");
        assertField(put(admin, base + "licence", licence("2031-01-01").replace("\"IV\"", "\"VI\"")), "/source_classes/0");
        assertField(put(admin, base + "licence", licence("2031-01-01").replace("[\"II\",\"III\"]", "[\"IV\"]")),
                "/device_classes/0");
        assertField(put(admin, base + "licence", licence("2031-01-01").replace("\"苏环辐证[00123]\"", "\" \"")), "/number");
        assertField(put(admin, base + "sources/0320CS000001", source("VI")), "/class");
        assertField(put(admin, base + "sources/0320CS000001", source("II").replace("3.7", "-1")), "/activity");
        assertField(put(admin, base + "sources/0320CS000001", source("II").replace("GBq", "Ci")), "/activity_unit");
        assertField(put(admin, base + "sources/0320CS000001", source("II").replace("Cs-137", "铯")), "/nuclide");
        assertField(put(admin, base + "sources/0320CS000001", source("II").replace("2020-05-01", "2027-05-01")),
                "/activity_on");
        assertField(put(admin, base + "sources/a%20b", source("II")), "serial");
        assertField(put(admin, base + "devices/XG-1", device("IV")), "/class");
        assertField(put(admin, base + "devices/XG-1", device("II").replace("在用", "丢了")), "/status");
        assertEquals(0, sql.count("SELECT count(*) FROM radiation_licence") + sql.count("SELECT count(*) FROM"
                + " radiation_source") + sql.count("SELECT count(*) FROM ray_device"));
        assertEquals(400, admin.get("/api/radiation/licences?within=-1").status());
        assertEquals(404, put(admin, "/api/enterprises/nope/radiation/licence", licence("2031-01-01")).status());
    }

    static void assertField(ApiClient.Answer answer, String pointer) {
        assertEquals(400, answer.status(), String.valueOf(answer.json()));
        assertEquals("application/problem+json", answer.contentType());
        List<String> pointers = new ArrayList<>();
        answer.json().get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
        assertEquals(List.of(pointer), pointers, String.valueOf(answer.json()));
    }
}
