package com.envgrid.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.api.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The duties page: the district administrator turns the rules into this month's duties and sees them listed by
 * due date; the demo supervisor then sees exactly their own duties, as the API gives them to them.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "test.clock", value = "mutable")
// 00:30 on 1 December in the district, still 30 November in UTC (the browser's zone here): the district decides
@Property(name = "test.clock-start", value = "2026-11-30T16:30:00Z")
class DutiesPageBrowserTest extends BrowserTestBase {

    @Test
    void theAdministratorGeneratesThisMonthsDutiesAndTheSupervisorSeesOnlyTheirOwn() throws IOException {
        String period;
        Set<String> all;
        try (BrowserSession admin = BrowserSession.open(server)) {
            admin.signInAt("duties.html", BrowserSession.ADMIN);
            waitForTable(admin);
            period = admin.find(By.id("duty-period")).getAttribute("value");
            assertEquals("2026-12", period, "the page opens on the district's month, not the browser's");
            WebElement generate = admin.find(By.id("duty-generate"));
            assertTrue(generate.isDisplayed(), "an administrator is offered to generate the period's duties");

            generate.click();

            WebElement status = admin.find(By.id("duty-status"));
            admin.until("generating never finished; status line: " + status.getText(),
                    () -> status.getAttribute("data-generated") != null
                            && !admin.driver().findElements(By.cssSelector("#duty-table[data-loaded]")).isEmpty());
            assertTrue(status.getAttribute("data-kind").matches("success|warning"), "status line: " + status.getText());
            all = dutyIds(admin);
            JsonNode fromApi = ApiClient.withToken(http, admin.token()).get("/api/duties?period=" + period).json();
            assertFalse(all.isEmpty(), "the demo district has duties this month");
            assertEquals(idsOf(fromApi), all, "the table lists the duties the API gives the administrator");
            assertSortedByDueDate(admin);
            assertTrue(texts(admin, "#duty-table tr[data-duty-id] .status-badge").stream().noneMatch(String::isBlank),
                    "every duty has its status badge");
            admin.screenshot("duties.png");
        }

        try (BrowserSession supervisor = BrowserSession.open(server)) {
            supervisor.signInAt("duties.html", BrowserSession.SUPERVISOR);
            waitForTable(supervisor);
            assertEquals(period, supervisor.find(By.id("duty-period")).getAttribute("value"));

            ApiClient api = ApiClient.withToken(http, supervisor.token());
            long me = api.get("/api/me").json().get("id").asLong();
            JsonNode mine = api.get("/api/duties?period=" + period + "&mine=true").json();
            Set<String> shown = dutyIds(supervisor);
            assertFalse(shown.isEmpty(), "the demo supervisor has duties in their two communities");
            assertEquals(idsOf(mine), shown, "the supervisor's page lists exactly their duties");
            mine.forEach(duty -> assertEquals(me, duty.get("supervisor_id").asLong(), "a duty of someone else: " + duty));
            assertTrue(all.containsAll(shown) && shown.size() < all.size(),
                    "the supervisor's duties (" + shown.size() + ") are a part of the district's (" + all.size() + ")");
            assertFalse(supervisor.find(By.id("duty-generate")).isDisplayed(), "only administrators generate duties");
            supervisor.screenshot("duties-supervisor.png");
        }
    }

    private static void waitForTable(BrowserSession browser) {
        browser.until("the duty table never loaded; status line: " + browser.find(By.id("duty-status")).getText(),
                () -> !browser.driver().findElements(By.cssSelector("#duty-table[data-loaded]")).isEmpty());
    }

    private static Set<String> dutyIds(BrowserSession browser) {
        return new TreeSet<>(texts(browser, "#duty-table tr[data-duty-id]", "dutyId"));
    }

    /** The text of every element the selector finds, read in one script rather than one round trip each. */
    private static List<String> texts(BrowserSession browser, String css) {
        return texts(browser, css, null);
    }

    /** The text, or a data attribute (camelCase name), of every element the selector finds. */
    @SuppressWarnings("unchecked")
    private static List<String> texts(BrowserSession browser, String css, String data) {
        return (List<String>) browser.script("return [...document.querySelectorAll(arguments[0])]"
                + ".map(e => arguments[1] ? e.dataset[arguments[1]] : e.textContent.trim());", css, data);
    }

    private static Set<String> idsOf(JsonNode duties) {
        Set<String> ids = new TreeSet<>();
        duties.forEach(duty -> ids.add(duty.get("id").asText()));
        return ids;
    }

    /** The rows come in the order of their due dates (ISO dates compare as text). */
    private static void assertSortedByDueDate(BrowserSession browser) {
        List<String> dueDates = texts(browser, "#duty-table tr[data-duty-id] .due-by");
        List<String> sorted = new ArrayList<>(dueDates);
        sorted.sort(null);
        assertEquals(sorted, dueDates, "duties are listed by due date");
    }
}
