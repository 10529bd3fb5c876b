package com.envgrid.api.web;

import com.envgrid.api.ApiClient;
import com.envgrid.api.MutableClock;
import com.envgrid.api.shared.DistrictTime;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The field page's lists at 23:30 on the last day of a month and at 00:30 on the first of the next, district time —
 * in UTC, which is the browser's zone here, both are still the 30th —: the page shows the district's month, its
 * duties whose window has opened by the district's today under "open", and the others under "upcoming".
 */
@Tag("dates")
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "test.clock", value = "mutable")
class FieldListsOnAnyDayBrowserTest extends BrowserTestBase {

    @Inject
    MutableClock clock;

    @Inject
    DistrictTime time;

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30T15:30:00Z", "2026-11-30T16:30:00Z"})
    void theFieldPageListsTheDistrictsOpenAndUpcomingDuties(String instant) throws IOException {
        clock.set(Instant.parse(instant));
        LocalDate today = time.today();
        String month = YearMonth.from(today).toString();
        ApiClient.asAdmin(http).post("/api/duties/generate?period=" + month, "");
        ApiClient supervisor = ApiClient.signedIn(http, "supervisor", "Super#2026demo");
        List<JsonNode> duties = StreamSupport.stream(supervisor.get("/api/duties?period=" + month + "&mine=true").json()
                .spliterator(), false).filter(d -> !"done".equals(d.get("status").asText())).toList();
        Set<String> open = ids(duties, d -> !LocalDate.parse(d.get("due_from").asText()).isAfter(today));
        Set<String> upcoming = ids(duties, d -> LocalDate.parse(d.get("due_from").asText()).isAfter(today));
        assertFalse(open.isEmpty(), "a window has opened on " + today + ": " + duties);

        try (BrowserSession phone = BrowserSession.openPhone(server)) {
            phone.signInAt("field.html", BrowserSession.SUPERVISOR);
            phone.until("the duty list never loaded", () -> phone.find(By.id("duty-list")).getAttribute("data-loaded") != null);
            assertEquals(open, shown(phone, "#duty-list"), instant + ": open on the district's " + today);
            assertEquals(upcoming, shown(phone, "#upcoming-list"), instant + ": upcoming after the district's " + today);
        }
    }

    private static Set<String> ids(List<JsonNode> duties, java.util.function.Predicate<JsonNode> which) {
        return duties.stream().filter(which).map(d -> d.get("id").asText()).collect(Collectors.toCollection(TreeSet::new));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> shown(BrowserSession phone, String list) {
        List<Object> ids = (List<Object>) phone.script("return [...document.querySelectorAll(arguments[0] + ' [data-duty-id]')]"
                + ".map(card => card.dataset.dutyId);", list);
        return ids.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }
}
