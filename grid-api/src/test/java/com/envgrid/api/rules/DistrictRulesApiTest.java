package com.envgrid.api.rules;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.access.RuleDistricts;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.access.Role;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static com.envgrid.api.rules.TwoDistricts.EAST;
import static com.envgrid.api.rules.TwoDistricts.EAST_COMMUNITY;
import static com.envgrid.api.rules.TwoDistricts.IN_EAST;
import static com.envgrid.api.rules.TwoDistricts.IN_WEST;
import static com.envgrid.api.rules.TwoDistricts.WEST;
import static com.envgrid.api.rules.TwoDistricts.WEST_COMMUNITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Rules set per district in a city of two districts side by side: what one district sets changes its own duties,
 * deadlines and working days only, the API says per item whether it is the district's own or inherited, resetting
 * it falls back to the city's, and a district's administrator sets neither the city's rules nor another district's.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
class DistrictRulesApiTest extends ApiTestBase {
    /** Patrols once a month instead of the default four times. */
    static final String MONTHLY_PATROLS = "{\"ratingA\":{\"everyMonths\":6},\"ratingB\":{\"everyMonths\":3},"
            + "\"ratingC\":{\"everyMonths\":2},\"ratingD\":{\"everyMonths\":1},\"keyDischarger\":{\"everyMonths\":1},"
            + "\"stricterInProtectionZone\":true,\"stricterAfterComplaint\":true,"
            + "\"gridPatrol\":{\"timesPerMonth\":1},\"riverPatrol\":{\"timesPerMonth\":2}}";

    @Inject
    MutableClock clock;
    @Inject
    RuleDistricts districts;
    @Inject
    LiveGridLayer live;

    ApiClient city;

    @BeforeEach
    void aCityOfTwoDistricts() throws Exception {
        sql.execute("DELETE FROM rule_setting; DELETE FROM holiday_calendar");
        city = ApiClient.asAdmin(http);
        emptyLayer.startOver(city, TwoDistricts.file());
        clock.set(Instant.parse("2026-11-27T02:00:00Z")); // Friday 10:00 in China
    }

    private int patrols(String period, String grid) {
        JsonNode duties = city.get("/api/duties?period=" + period + "&grid=" + grid + "&category=grid_patrol").json();
        return duties.size();
    }

    private ApiClient.Answer put(ApiClient who, String uri, String body) {
        return who.exchange(HttpRequest.PUT(uri, body).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    private ApiClient.Answer delete(ApiClient who, String uri) {
        return who.exchange(HttpRequest.DELETE(uri));
    }

    private static String complaint(double[] at) {
        return String.format(Locale.ROOT, "{\"channel\":\"hotline_12369\",\"category\":\"noise\",\"description\":"
                + "\"工地夜间施工\",\"lon\":%s,\"lat\":%s,\"name\":\"李先生\",\"contact\":\"13911112222\"}", at[0], at[1]);
    }

    private String closeByOfComplaintIn(double[] at) {
        var entered = city.post("/api/complaints", complaint(at));
        assertEquals(201, entered.status(), String.valueOf(entered.json()));
        return sql.text("SELECT close_by FROM complaint WHERE id = " + entered.json().get("id").asLong());
    }

    @Test
    void a_districts_own_inspection_rules_change_only_its_duties_and_resetting_them_falls_back_to_the_city() {
        var set = put(city, "/api/rules?district=" + EAST, MONTHLY_PATROLS);
        assertEquals(200, set.status(), String.valueOf(set.json()));
        assertEquals(200, city.post("/api/duties/generate?period=2026-11", "").status());
        assertEquals(1, patrols("2026-11", EAST_COMMUNITY), "the east's own rule: once a month");
        assertEquals(4, patrols("2026-11", WEST_COMMUNITY), "the west inherits the city's default");
        assertEquals(4, city.get("/api/rules").json().get("gridPatrol").get("timesPerMonth").asInt(),
                "the city's rules did not move");

        var reset = delete(city, "/api/rule-settings/inspection_rules?district=" + EAST);
        assertEquals(200, reset.status(), String.valueOf(reset.json()));
        assertEquals("default", reset.json().get("source").asText());
        assertFalse(reset.json().get("own").asBoolean());
        city.post("/api/duties/generate?period=2026-12", "");
        assertEquals(4, patrols("2026-12", EAST_COMMUNITY), "inherited again");
    }

    @Test
    void the_city_sets_what_every_district_inherits_unless_it_set_its_own() {
        assertEquals(200, put(city, "/api/rules", MONTHLY_PATROLS).status());
        assertEquals(200, put(city, "/api/rule-settings/inspection_rules?district=" + WEST,
                MONTHLY_PATROLS.replace("\"gridPatrol\":{\"timesPerMonth\":1}", "\"gridPatrol\":{\"timesPerMonth\":2}"))
                .status());
        city.post("/api/duties/generate?period=2026-11", "");
        assertEquals(1, patrols("2026-11", EAST_COMMUNITY), "the city's rule");
        assertEquals(2, patrols("2026-11", WEST_COMMUNITY), "the west's own");

        JsonNode east = city.get("/api/rule-settings?district=" + EAST).json();
        assertEquals(EAST, east.get("district").asText());
        JsonNode eastRules = item(east, "inspection_rules");
        assertEquals("city", eastRules.get("source").asText());
        assertFalse(eastRules.get("own").asBoolean(), "inherited from the city");
        assertEquals(1, eastRules.get("value").get("gridPatrol").get("timesPerMonth").asInt());
        JsonNode westRules = item(city.get("/api/rule-settings?district=" + WEST).json(), "inspection_rules");
        assertEquals("district", westRules.get("source").asText());
        assertTrue(westRules.get("own").asBoolean());
        JsonNode cityWeights = item(city.get("/api/rule-settings").json(), "review_weights");
        assertEquals("default", cityWeights.get("source").asText());
        assertEquals(0.35, cityWeights.get("value").get("dutyCompletion").asDouble());
    }

    @Test
    void a_districts_complaint_deadlines_and_calendar_count_only_there() {
        String westBefore = closeByOfComplaintIn(IN_WEST);
        assertEquals("2026-12-04", westBefore, "noise: 5 working days from Friday 27 November");
        var deadlines = put(city, "/api/rule-settings/complaint_deadlines?district=" + EAST,
                "{\"noise\":{\"acceptWorkingDays\":1,\"closeWorkingDays\":3}}");
        assertEquals(200, deadlines.status(), String.valueOf(deadlines.json()));
        assertEquals(10, deadlines.json().get("value").get("water_pollution").get("closeWorkingDays").asInt(),
                "the categories not given keep their limits");
        assertEquals("2026-12-02", closeByOfComplaintIn(IN_EAST), "the east's own: 3 working days");
        assertEquals("2026-12-04", closeByOfComplaintIn(IN_WEST), "the west's unchanged");

        var holidays = put(city, "/api/calendars/2026?district=" + EAST,
                "{\"holidays\":[\"2026-11-30\",\"2026-12-01\"],\"make_up_workdays\":[]}");
        assertEquals(200, holidays.status(), String.valueOf(holidays.json()));
        assertEquals("district", holidays.json().get("source").asText());
        assertEquals("2026-12-04", closeByOfComplaintIn(IN_EAST), "two days off in the east: 3 working days later");
        assertEquals("2026-12-04", closeByOfComplaintIn(IN_WEST), "the west works those days");
        JsonNode eastYears = city.get("/api/calendars?district=" + EAST).json().get("years");
        JsonNode westYears = city.get("/api/calendars?district=" + WEST).json().get("years");
        assertEquals("district", year(eastYears, 2026).get("source").asText());
        assertEquals("published", year(westYears, 2026).get("source").asText());

        assertEquals(204, delete(city, "/api/calendars/2026?district=" + EAST).status());
        assertEquals(200, delete(city, "/api/rule-settings/complaint_deadlines?district=" + EAST).status());
        assertEquals("2026-12-04", closeByOfComplaintIn(IN_EAST), "back to the city's deadlines and calendar");
        assertEquals(404, delete(city, "/api/calendars/2026?district=" + EAST).status(), "nothing left to remove");
    }

    @Test
    void a_districts_escalation_days_decide_how_far_up_its_complaints_go() {
        closeByOfComplaintIn(IN_WEST);
        closeByOfComplaintIn(IN_EAST);
        assertEquals(200, put(city, "/api/rule-settings/complaint_escalation?district=" + EAST,
                "{\"daysToChief\":5,\"daysToDistrict\":10}").status());
        clock.set(Instant.parse("2026-12-08T02:00:00Z")); // accepted by neither, due 30 November
        JsonNode listed = city.get("/api/complaints").json();
        for (JsonNode c : listed) {
            String expected = c.get("grid_code").asText().equals(EAST_COMMUNITY) ? "chief" : "district";
            assertEquals(expected, c.get("escalated_to").asText(), c.toString());
        }
        assertEquals(2, listed.size());
    }

    @Test
    void every_change_is_on_record() {
        put(city, "/api/rule-settings/rectification_deadlines?district=" + WEST,
                "{\"minorDays\":10,\"generalDays\":5,\"seriousDays\":2}");
        delete(city, "/api/rule-settings/rectification_deadlines?district=" + WEST);
        JsonNode audit = city.get("/api/audit?entity=rule_setting").json();
        String text = audit.toString();
        assertTrue(text.contains(WEST + "/rectification_deadlines"), text);
        assertTrue(text.contains("\"reset\""), text);
        assertTrue(text.contains("\"update\""), text);
    }

    @Test
    void bad_input_is_refused_naming_the_field() {
        assertPointer(put(city, "/api/rule-settings/rectification_deadlines?district=" + WEST,
                "{\"minorDays\":\"many\",\"generalDays\":5,\"seriousDays\":2}"), "/minorDays");
        assertPointer(put(city, "/api/rule-settings/case_escalation", "{\"daysToChief\":4,\"daysToDistrict\":2}"),
                "/daysToDistrict");
        assertPointer(put(city, "/api/rule-settings/complaint_deadlines",
                "{\"noise\":{\"acceptWorkingDays\":1,\"closeWorkingDays\":-1}}"), "/noise/closeWorkingDays");
        assertPointer(put(city, "/api/rule-settings/complaint_deadlines", "{\"smell\":{}}"), "/smell");
        assertPointer(put(city, "/api/rule-settings/review_weights", "{\"dutyCompletion\":1}"), "/problemsOnTime");
        assertPointer(put(city, "/api/rule-settings/case_escalation?district=" + WEST + "001",
                "{\"daysToChief\":1,\"daysToDistrict\":2}"), "?district");
        assertPointer(city.get("/api/rule-settings?district=nowhere"), "?district");
        assertEquals(404, put(city, "/api/rule-settings/colour", "{}").status());
        assertEquals(0, sql.count("SELECT count(*) FROM rule_setting"), "nothing stored");
    }

    @Test
    void the_rules_of_a_district_are_set_by_its_administrators_and_the_citys_only() {
        var layer = live.layer();
        var east = GridScope.of(Role.ADMIN, EAST, List.of(), layer);
        assertEquals(EAST, districts.editable(east, EAST));
        assertThrows(AccessDenied.class, () -> districts.editable(east, null), "the city's");
        assertThrows(AccessDenied.class, () -> districts.editable(east, WEST), "another district's");
        var cityAdmin = GridScope.of(Role.ADMIN, List.of(), layer);
        assertNull(districts.editable(cityAdmin, null));
        assertEquals(WEST, districts.editable(cityAdmin, WEST));
        assertThrows(AccessDenied.class, () -> districts.editable(GridScope.of(Role.VIEWER, List.of(), layer), null));
    }

    /** Through the API, once accounts are bound to a district (person.district_code, V24). */
    @Test
    void a_district_administrator_sets_only_their_own_districts_rules() {
        assumeTrue(sql.count("SELECT count(*) FROM information_schema.columns WHERE table_name = 'person'"
                + " AND column_name = 'district_code'") == 1, "accounts are not bound to districts yet");
        var created = city.post("/api/people", "{\"name\":\"东区管理员\",\"username\":\"east-admin\",\"password\":"
                + "\"East-admin-2026\",\"phone\":\"13900000009\",\"role\":\"admin\",\"district\":\"" + EAST + "\"}");
        assertEquals(201, created.status(), String.valueOf(created.json()));
        ApiClient eastAdmin = ApiClient.signedIn(http, "east-admin", "East-admin-2026");
        String escalation = "{\"daysToChief\":1,\"daysToDistrict\":2}";

        assertEquals(403, put(eastAdmin, "/api/rule-settings/case_escalation", escalation).status(), "the city's");
        assertEquals(403, put(eastAdmin, "/api/rules", MONTHLY_PATROLS).status(), "the city's");
        assertEquals(403, put(eastAdmin, "/api/rule-settings/case_escalation?district=" + WEST, escalation).status());
        assertEquals(403, delete(eastAdmin, "/api/rule-settings/case_escalation?district=" + WEST).status());
        assertEquals(403, put(eastAdmin, "/api/calendars/2027?district=" + WEST,
                "{\"holidays\":[\"2027-01-01\"],\"make_up_workdays\":[]}").status());
        assertEquals(0, sql.count("SELECT count(*) FROM rule_setting"), "nothing changed");

        var own = put(eastAdmin, "/api/rule-settings/case_escalation?district=" + EAST, escalation);
        assertEquals(200, own.status(), String.valueOf(own.json()));
        assertTrue(own.json().get("own").asBoolean());
        assertEquals(200, delete(eastAdmin, "/api/rule-settings/case_escalation?district=" + EAST).status());
        assertEquals(200, eastAdmin.get("/api/rule-settings").status(), "the city's rules are readable");
    }

    private static void assertPointer(ApiClient.Answer answer, String pointer) {
        assertEquals(400, answer.status(), String.valueOf(answer.json()));
        assertEquals(pointer, answer.json().get("errors").get(0).get("pointer").asText(), answer.json().toString());
    }

    private static JsonNode item(JsonNode rules, String key) {
        for (JsonNode i : rules.get("items")) {
            if (i.get("item").asText().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no " + key + " in " + rules);
    }

    private static JsonNode year(JsonNode years, int year) {
        for (JsonNode y : years) {
            if (y.get("year").asInt() == year) {
                return y;
            }
        }
        throw new AssertionError("no " + year + " in " + years);
    }
}
