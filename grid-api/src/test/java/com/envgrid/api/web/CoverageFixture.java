package com.envgrid.api.web;

import static com.envgrid.api.grid.GridFiles.square;

import com.envgrid.api.ApiClient;
import com.envgrid.api.MutableClock;
import com.envgrid.api.grid.GridFiles;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.core.source.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * A district whose coverage in November 2026 is known, built through the API as the test administrator on the empty
 * database a test context starts with; the clock stands at 25 November 2026.
 * <ul>
 *   <li>District D (0..20 × 0..10 units of {@link GridFiles}) holds town A (0..10, split into A1 south and A2 north)
 *   and street B (10..18, not split); the strip 18..20 is a district area that no grid covers.</li>
 *   <li>A D-rated source in A1 is due once a month; A1 and A2 are each due four patrols a month (nine duties in A,
 *   none in B).</li>
 *   <li>The supervisor of A1 (the {@link StaffFixture}'s, the only supervisor) inspected the source on 20 November
 *   and found waste water: the duty is done, the source covered, and a problem is open in A1.</li>
 *   <li>A complaint about cooking fumes came in from A2 on 25 November.</li>
 * </ul>
 * Only A1 is staffed; A2, A (not every child staffed) and B are not. Some supervisor walks part of A; nobody walks
 * any part of B or A2.
 */
final class CoverageFixture {
    static final String MONTH = "2026-11";
    static final String QUARTER = "2026-Q4";
    static final String DISTRICT = "D";
    static final String TOWN = "A";
    static final String STREET = "B";
    static final String STAFFED_COMMUNITY = "A1";
    static final String UNSTAFFED_COMMUNITY = "A2";
    /** The test administrator every test context starts with, as the login page takes them. */
    static final BrowserSession.Account ADMIN = new BrowserSession.Account(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
    /** The staff fixture's district viewer. */
    static final BrowserSession.Account VIEWER = new BrowserSession.Account("viewer1", StaffFixture.PASSWORD);
    /** The staff fixture's supervisor of A1. */
    static final BrowserSession.Account SUPERVISOR = new BrowserSession.Account("sup-a1", StaffFixture.PASSWORD);

    private static final String SOURCE = CreditCode.withCheckCharacter("91320214MA1H00001");

    final ApiClient admin;

    CoverageFixture(HttpClient http, MutableClock clock) {
        clock.set(Instant.parse("2026-11-25T02:00:00Z"));
        admin = ApiClient.asAdmin(http);
        expect(201, admin.post("/api/grids/import", GridFiles.file()
                .grid(DISTRICT, "district", null, square(0, 0, 20, 10))
                .grid(TOWN, "town", DISTRICT, square(0, 0, 10, 10))
                .grid(STREET, "street", DISTRICT, square(10, 0, 18, 10))
                .grid(STAFFED_COMMUNITY, "community", TOWN, square(0, 0, 10, 5))
                .grid(UNSTAFFED_COMMUNITY, "community", TOWN, square(0, 5, 10, 10))
                .json()), "the grids");
        expect(201, admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n"
                + SOURCE + ",化工厂,120.002,30.002,D\n").getBytes(StandardCharsets.UTF_8)).contentType("text/csv")), "the source");
        ApiClient supervisor = new StaffFixture(http).as("supervisor");
        expect(200, admin.post("/api/duties/generate?period=" + MONTH, ""), "the duties");
        long sourceDuty = StreamSupport.stream(admin.get("/api/duties?period=" + MONTH).json().spliterator(), false)
                .filter(duty -> "source".equals(duty.get("target_kind").asText()))
                .mapToLong(duty -> duty.get("id").asLong())
                .findFirst().orElseThrow(() -> new IllegalStateException("no duty for the source"));
        expect(201, supervisor.exchange(HttpRequest.PUT("/api/inspections/" + UUID.randomUUID(), "{\"duty_id\":" + sourceDuty
                + ",\"inspected_at\":\"2026-11-20T10:00:00+08:00\",\"fix\":{\"lon\":120.002,\"lat\":30.002,\"accuracy_m\":5},"
                + "\"checklist\":{},\"findings\":[{\"category\":\"wastewater\",\"severity\":\"serious\","
                + "\"description\":\"雨水口有黄色废水\"}]}").contentType(MediaType.APPLICATION_JSON_TYPE)), "the inspection");
        expect(201, admin.post("/api/complaints", "{\"channel\":\"12369\",\"category\":\"油烟\","
                + "\"description\":\"饭店油烟直排\",\"lon\":120.005,\"lat\":30.007}"), "the complaint");
    }

    /** The API's row of a grid's figures for a period at a level (first, second, district). */
    JsonNode row(String period, String level, String code) {
        for (JsonNode row : admin.get("/api/coverage/rows?period=" + period + "&level=" + level).json()) {
            if (code.equals(row.get("code").asText())) {
                return row;
            }
        }
        throw new AssertionError("no " + level + " row for " + code + " in " + period);
    }

    private static void expect(int status, ApiClient.Answer answer, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + ": " + answer.status() + " " + answer.json());
        }
    }
}
