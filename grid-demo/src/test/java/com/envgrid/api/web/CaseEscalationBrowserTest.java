package com.envgrid.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.api.ApiClient;
import com.envgrid.api.MutableClock;
import com.envgrid.api.shared.DistrictTime;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Overdue cases on the chief's page: past its deadline a case escalates from the supervisor to the grid chief, and
 * some days later to the district; the page marks each overdue case with how far it has gone, and filters to the
 * overdue ones. The platform's clock is moved on; nothing sleeps.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "test.clock", value = "mutable")
@Property(name = "test.clock-start", value = "2026-11-18T01:30:00Z")
class CaseEscalationBrowserTest extends BrowserTestBase {

    @Inject
    MutableClock clock;

    @Inject
    DistrictTime time;

    @Test
    void overdueCasesAreMarkedWithTheLevelTheyHaveEscalatedTo() throws IOException {
        ApiClient admin = signedIn(BrowserSession.ADMIN);
        admin.post("/api/duties/generate?period=" + YearMonth.from(time.today()), "");
        ApiClient supervisor = signedIn(BrowserSession.SUPERVISOR);
        ApiClient chief = signedIn(BrowserSession.CHIEF);
        Iterator<JsonNode> duties = StreamSupport.stream(supervisor.get("/api/duties?period=" + YearMonth.from(time.today())
                + "&mine=true").json().spliterator(), false).filter(d -> !"done".equals(d.get("status").asText())).iterator();
        // deadlines: serious 3 days, general 7, minor 15; a case goes to the district 3 days after the chief
        long serious = record(supervisor, duties.next(), "exhaust", "serious", "锅炉烟囱冒黑烟");
        long general = record(supervisor, duties.next(), "dust", "general", "渣土车未苫盖");
        long minor = record(supervisor, duties.next(), "other", "minor", "宣传牌破损");

        clock.advance(Duration.ofDays(9));

        assertEquals("district", chief.get("/api/cases/" + serious).json().get("escalated_to").asText());
        assertEquals("chief", chief.get("/api/cases/" + general).json().get("escalated_to").asText());
        assertEquals("supervisor", chief.get("/api/cases/" + minor).json().get("escalated_to").asText());
        try (BrowserSession browser = BrowserSession.open(server)) {
            browser.signInAt("cases.html", BrowserSession.CHIEF);
            browser.until("the cases never loaded; status line: " + browser.find(By.id("case-status")).getText(),
                    () -> browser.find(By.id("case-list")).getAttribute("data-loaded") != null);

            assertEscalation(browser, serious, "district", "升级至区局");
            assertEscalation(browser, general, "chief", "升级至网格长");
            WebElement onTime = card(browser, minor);
            assertEquals("false", onTime.getAttribute("data-overdue"));
            assertTrue(onTime.findElements(By.cssSelector(".escalation-badge")).isEmpty(), "a case on time has not escalated");
            List<String> order = browser.driver().findElements(By.cssSelector("#case-list .case-card")).stream()
                    .map(card -> card.getAttribute("data-case-id")).toList();
            assertTrue(order.indexOf(String.valueOf(serious)) < order.indexOf(String.valueOf(minor)),
                    "by deadline: the most overdue first " + order);
            browser.screenshotWholePage("cases-escalated.png");

            browser.find(By.id("case-overdue")).click();

            browser.until("the overdue filter never applied", () -> shown(browser).equals(
                    new TreeSet<>(Set.of(String.valueOf(serious), String.valueOf(general)))));

            browser.find(By.id("language-switch")).click();

            browser.until("the badges never switched to English", () -> "Escalated to the district".equals(
                    card(browser, serious).findElement(By.cssSelector(".escalation-badge")).getText()));
            assertEquals("Escalated to the grid chief", card(browser, general).findElement(By.cssSelector(".escalation-badge")).getText());
            assertEquals("Assign", card(browser, general).findElement(By.cssSelector("button[data-action='assign']")).getText());
        }
    }

    private static void assertEscalation(BrowserSession browser, long caseId, String level, String label) {
        WebElement card = card(browser, caseId);
        assertEquals("true", card.getAttribute("data-overdue"), "case " + caseId + " is overdue");
        assertEquals(level, card.getAttribute("data-escalated-to"));
        WebElement badge = card.findElement(By.cssSelector(".escalation-badge"));
        assertEquals(label, badge.getText());
        assertFalse(card.findElements(By.cssSelector(".overdue-text")).isEmpty(), "the deadline says it has passed");
    }

    private static WebElement card(BrowserSession browser, long caseId) {
        return browser.find(By.cssSelector("#case-list .case-card[data-case-id='" + caseId + "']"));
    }

    private static Set<String> shown(BrowserSession browser) {
        Set<String> ids = new TreeSet<>();
        browser.driver().findElements(By.cssSelector("#case-list .case-card"))
                .forEach(card -> ids.add(card.getAttribute("data-case-id")));
        return ids;
    }

    /** The supervisor inspects a duty's target, at the platform's time, with one finding → the case it opened. */
    private long record(ApiClient supervisor, JsonNode duty, String category, String severity, String description) {
        String body = String.format(Locale.ROOT, "{\"duty_id\":%d,\"inspected_at\":\"%s\",\"fix\":{\"lon\":%.7f,"
                        + "\"lat\":%.7f,\"accuracy_m\":10,\"crs\":\"wgs84\"},\"findings\":[{\"category\":\"%s\","
                        + "\"severity\":\"%s\",\"description\":\"%s\"}]}", duty.get("id").asLong(),
                clock.instant().atZone(time.zone()).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS),
                duty.get("lon").asDouble(), duty.get("lat").asDouble(), category, severity, description);
        ApiClient.Answer answer = supervisor.exchange(HttpRequest.PUT("/api/inspections/" + UUID.randomUUID(), body)
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(201, answer.status(), "recording: " + answer.json());
        return answer.json().get("cases").get(0).asLong();
    }
}
