package com.envgrid.api.calendar;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Holiday calendars as an administrator meets them: the shipped 2025 and 2026 schedules, 2027 missing — a
 * complaint whose deadline falls in it says so, and so do the calendars and {@code GET /health} —, then 2027 added
 * (audited), after which the open complaint's deadline is counted again with it.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
@Property(name = "test.clock", value = "mutable")
// Wednesday 30 December 2026, 10:00 in the district
@Property(name = "test.clock-start", value = "2026-12-30T02:00:00Z")
@Property(name = "endpoints.health.details-visible", value = "ANONYMOUS")
class CalendarApiTest extends ApiTestBase {
    @Inject
    MutableClock clock;

    ApiClient admin;
    ApiClient viewer;

    @BeforeEach
    void signIn() {
        clock.set(Instant.parse("2026-12-30T02:00:00Z"));
        admin = ApiClient.asAdmin(http);
        viewer = ApiClient.signedIn(http, "viewer", "Viewer#2026demo");
    }

    @Test
    void a_missing_year_is_said_everywhere_until_an_administrator_adds_it() {
        JsonNode calendars = viewer.get("/api/calendars").json();
        assertEquals(List.of(2025, 2026), years(calendars));
        calendars.get("years").forEach(y -> assertEquals("published", y.get("source").asText()));
        assertEquals("[2027]", calendars.get("missing_years").toString());
        assertEquals("[2027]", calendarHealth().get("missing_years").toString());
        assertTrue(calendarHealth().get("warning").asText().contains("2027"));

        // received on Wednesday 30 December: 5 working days to close reach into 2027, counted with weekends only
        JsonNode source = admin.get("/api/sources").json().get("features").get(0).get("geometry").get("coordinates");
        JsonNode receipt = ApiClient.anonymous(http).post("/api/public/complaints", String.format(Locale.ROOT,
                "{\"category\":\"noise\",\"description\":\"元旦前夜施工\",\"lon\":%s,\"lat\":%s}",
                source.get(0).asDouble(), source.get(1).asDouble())).json();
        String complaint = "/api/complaints/" + receipt.get("id").asLong();
        assertEquals("2027-01-06", receipt.get("close_by").asText(), "31 Dec, 1, 4, 5, 6 Jan: weekends only");
        assertTrue(admin.get(complaint).json().get("calendar_missing").asBoolean());

        assertEquals(403, viewer.exchange(put(2027, "[\"2027-01-01\"]", "[]")).status(), "only administrators");
        ApiClient.Answer added = admin.exchange(put(2027, "[\"2027-01-01\", \"2027-02-06..2027-02-12\"]",
                "[\"2027-02-14\"]"));
        assertEquals(200, added.status(), added.json().toString());
        assertEquals("stored", added.json().get("source").asText());
        assertEquals(8, added.json().get("holidays").size());

        calendars = viewer.get("/api/calendars").json();
        assertEquals(List.of(2025, 2026, 2027), years(calendars));
        assertEquals("[]", calendars.get("missing_years").toString());
        assertEquals("[]", calendarHealth().get("missing_years").toString());
        JsonNode counted = admin.get(complaint).json();
        assertFalse(counted.get("calendar_missing").asBoolean());
        assertEquals("2027-01-07", counted.get("close_by").asText(), "1 January is a holiday now: 31 Dec, 4–7 Jan");
        JsonNode audit = admin.get("/api/audit?entity=holiday_calendar").json();
        assertEquals(1, audit.size(), audit.toString());
        assertEquals("2027", audit.get(0).get("entityId").asText());
        assertEquals("create", audit.get(0).get("action").asText());
    }

    @Test
    void a_schedule_with_wrong_dates_is_refused_naming_each_and_nothing_is_stored() {
        ApiClient.Answer refused = admin.exchange(put(2029, "[\"2029-01-01\", \"2029/10/01\", \"2030-01-01\"]",
                "[\"2029-10-09\"]"));
        assertEquals(400, refused.status());
        assertEquals("application/problem+json", refused.contentType());
        List<String> pointers = new ArrayList<>();
        refused.json().get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
        assertEquals(List.of("/holidays/1", "/holidays/2", "/make_up_workdays/0"), pointers.stream().sorted().toList());
        assertFalse(years(admin.get("/api/calendars").json()).contains(2029));
        assertEquals(400, admin.exchange(put(1999, "[]", "[]")).status());
    }

    private static MutableHttpRequest<String> put(int year, String holidays, String makeUps) {
        return HttpRequest.PUT("/api/calendars/" + year, "{\"holidays\":" + holidays + ",\"make_up_workdays\":"
                + makeUps + "}").contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private JsonNode calendarHealth() {
        JsonNode health = ApiClient.anonymous(http).get("/health").json();
        return health.get("details").get("calendars").get("details");
    }

    private static List<Integer> years(JsonNode calendars) {
        List<Integer> years = new ArrayList<>();
        calendars.get("years").forEach(y -> years.add(y.get("year").asInt()));
        return years;
    }
}
