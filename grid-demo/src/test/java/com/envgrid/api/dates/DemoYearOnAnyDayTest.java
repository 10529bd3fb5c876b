package com.envgrid.api.dates;

import com.envgrid.api.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's year of activity recorded on a first start at 00:30 on 1 January 2027 (a new year, a new quarter, no
 * published calendar yet; still 31 December in UTC) and at 23:30 on 29 February 2028, district time: it ends where
 * the district's today begins, and last quarter's review of 清源区 ranks every town, street and park.
 */
@Tag("dates")
class DemoYearOnAnyDayTest {
    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest
    @CsvSource({"2026-12-31T16:30:00Z, 2027-01-01, 2026-Q4", "2028-02-29T15:30:00Z, 2028-02-29, 2027-Q4"})
    void theYearEndsWhereTheDistrictsTodayBegins(String instant, LocalDate today, String lastQuarter) {
        Map<String, Object> settings = Map.of("envgrid.demo.enabled", true, "envgrid.demo.activity", true,
                "test.clock", "mutable", "test.clock-start", instant);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, settings, "test");
             HttpClient http = server.getApplicationContext().createBean(HttpClient.class, server.getURL())) {
            ApiClient admin = ApiClient.asAdmin(http);
            assertEquals(today.toString(), admin.get("/api/today").json().get("today").asText());
            Instant todayBegins = today.atStartOfDay(DISTRICT).toInstant();

            List<JsonNode> complaints = new ArrayList<>();
            admin.get("/api/complaints").json().forEach(complaints::add);
            assertFalse(complaints.isEmpty(), "the demo received complaints");
            complaints.forEach(c -> assertTrue(Instant.parse(c.get("received_at").asText()).isBefore(todayBegins),
                    "received before today: " + c.get("received_at")));
            assertTrue(complaints.stream().anyMatch(c -> c.get("state").asText().equals("closed")));

            JsonNode inspections = admin.get("/api/inspections?from=" + todayBegins.minusSeconds(400L * 86400)
                    + "&to=" + todayBegins.plusSeconds(86400)).json();
            assertFalse(inspections.isEmpty(), "the demo recorded inspections");
            inspections.forEach(i -> assertTrue(Instant.parse(i.get("inspected_at").asText()).isBefore(todayBegins),
                    "inspected before today: " + i.get("inspected_at")));

            // the city's administrator names the district: 清源区's eight towns, streets and parks
            JsonNode ranking = admin.get("/api/review?district=320214&quarter=" + lastQuarter).json().get("ranking");
            assertEquals(8, ranking.size(), lastQuarter + ": " + ranking);
        }
    }
}
