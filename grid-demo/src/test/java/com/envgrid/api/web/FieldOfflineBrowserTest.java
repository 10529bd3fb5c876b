package com.envgrid.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.api.ApiClient;
import com.envgrid.api.CuttableNetwork;
import com.envgrid.api.Sql;
import com.envgrid.api.shared.DistrictTime;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The supervisor in a dead zone: the field page, reopened with the network gone, still shows the period's duties, the
 * records waiting on the phone and since when the list is that old — its files, the checklists and the vocabulary
 * coming from its service worker, the duties and the outbox from the phone's database; a record kept there is sent
 * exactly once when the network is back. And a sign-in that expires while records wait loses none of them: they go,
 * once each, after signing in again.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "test.clock", value = "mutable")
// Wednesday 18 November 2026, 09:30 in the district: the month's first patrol windows are open
@Property(name = "test.clock-start", value = "2026-11-18T01:30:00Z")
@Property(name = "test.network", value = "cuttable")
class FieldOfflineBrowserTest extends BrowserTestBase {
    @Inject
    CuttableNetwork network;

    @Inject
    DistrictTime time;

    @Inject
    Sql sql;

    @Inject
    JwtTokenGenerator tokens;

    private ApiClient supervisor;

    @BeforeEach
    void thisMonthsDutiesExist() {
        signedIn(BrowserSession.ADMIN).post("/api/duties/generate?period=" + YearMonth.from(time.today()), "");
        supervisor = signedIn(BrowserSession.SUPERVISOR);
    }

    @AfterEach
    void networkBack() {
        network.restore();
    }

    @Test
    void theFieldPageReopenedWithoutANetworkShowsTheDutiesAndTheWaitingRecordAndSendsItOnceWhenTheNetworkIsBack()
            throws IOException {
        JsonNode duty = SupervisorDuties.anOpenDuty(supervisor, time.today());
        long dutyId = duty.get("id").asLong();
        BrowserSession phone = BrowserSession.openPhone(server);
        browser = phone;
        phone.signInAt("field.html", BrowserSession.SUPERVISOR);
        readyForOffline(phone);
        int shownDuties = phone.driver().findElements(By.cssSelector("#duty-list .duty-card")).size();
        assertTrue(shownDuties > 0, "the supervisor has duties to do");
        String refreshedAt = phone.find(By.id("duties-refreshed")).getAttribute("data-at");

        network.cut();
        String recordId = recordAt(phone, duty);
        WebElement result = phone.find(By.id("record-result"));
        phone.until("the record never showed as waiting; status line: " + status(phone),
                () -> "queued".equals(result.getAttribute("data-state")) && "1".equals(outboxCount(phone)));

        // the page closed and opened again in the dead zone; the vocabulary kept by the page itself is gone too, as on
        // a phone whose first start of the field page is offline
        phone.script("window.localStorage.removeItem('envgrid.vocabulary');");
        phone.open("field.html");
        phone.until("the reopened page never showed the kept duties; status line: " + status(phone),
                () -> "true".equals(phone.find(By.id("duties-refreshed")).getAttribute("data-kept")));
        assertEquals(shownDuties, phone.driver().findElements(By.cssSelector("#duty-list .duty-card")).size(),
                "the same duties as before the network went");
        assertEquals(refreshedAt, phone.find(By.id("duties-refreshed")).getAttribute("data-at"),
                "it says when the list was last loaded");
        assertTrue(phone.find(By.id("duties-refreshed")).isDisplayed());
        phone.until("the waiting record is not counted", () -> "1".equals(outboxCount(phone)));
        assertFalse(phone.driver().findElements(By.cssSelector("#outbox-list .outbox-item[data-id='" + recordId + "']")).isEmpty(),
                "the waiting record is listed");
        assertTrue(phone.find(By.cssSelector(".duty-card[data-duty-id='" + dutyId + "']")).getAttribute("data-queued") != null,
                "its duty shows it waiting");
        assertFalse(status(phone).contains("加载失败"), "no failure is reported: " + status(phone));
        phone.screenshot("field-offline-reopened.png");

        // a new record can still be started offline: the checklist and the finding categories are there
        phone.tap(By.cssSelector("#duty-list [data-duty-id='" + dutyId + "'] button.duty-open"));
        WebElement panel = phone.find(By.id("record-panel"));
        phone.until("the checklist is not there offline", () -> panel.getAttribute("data-checklist-loaded") != null
                && !"error".equals(panel.getAttribute("data-checklist-loaded")));
        assertTrue(Integer.parseInt(panel.getAttribute("data-checklist-loaded")) > 0, "a checklist to answer");
        phone.tap(By.id("finding-add"));
        int categories = phone.driver().findElements(By.cssSelector("#findings select.finding-category option")).size();
        int severities = phone.driver().findElements(By.cssSelector("#findings select.finding-severity option")).size();
        assertTrue(categories > 5, "the finding categories are offered offline: " + categories);
        assertTrue(severities > 1, "the severities are offered offline: " + severities);
        phone.screenshot("field-offline-form.png");
        phone.tap(By.id("record-close"));
        assertEquals(0, inspections(recordId), "nothing reached the server while the network was gone");

        // back in coverage: the supervisor opens the page again, which sends what waits
        network.restore();
        phone.open("field.html");
        phone.until("the list is never loaded again", () -> "false".equals(
                phone.find(By.id("duties-refreshed")).getAttribute("data-kept")));
        phone.until("the record never left the outbox; status line: " + status(phone),
                () -> "0".equals(outboxCount(phone)) && inspections(recordId) == 1);
        phone.open("field.html");
        phone.until("the list is never loaded again", () -> "false".equals(
                phone.find(By.id("duties-refreshed")).getAttribute("data-kept")));
        assertEquals("0", outboxCount(phone));
        assertEquals(1, inspections(recordId), "stored once, still once after the page was reopened");
        assertEquals(1, inspectionsOfDuty(dutyId), "one inspection of the duty");
    }

    @Test
    void aSignInThatExpiresWhileRecordsWaitLosesNoneAndSendsEachOnceAfterSigningInAgain() throws IOException {
        JsonNode duty = SupervisorDuties.anOpenDuty(supervisor, time.today());
        long dutyId = duty.get("id").asLong();
        long personId = supervisor.get("/api/me").json().get("id").asLong();
        BrowserSession phone = BrowserSession.openPhone(server);
        browser = phone;
        phone.signInAt("field.html", BrowserSession.SUPERVISOR);
        readyForOffline(phone);

        // the working day is over for the token: the same person's sign-in, expired a minute ago
        long past = Instant.now().minusSeconds(60).getEpochSecond();
        phone.setToken(tokens.generateToken(Map.of("sub", BrowserSession.SUPERVISOR.username(),
                "roles", List.of("supervisor"), "pid", personId, "iat", past - 28800, "exp", past)).orElseThrow());

        String recordId = recordAt(phone, duty);
        WebElement result = phone.find(By.id("record-result"));
        phone.until("the expired sign-in was never reported; status line: " + status(phone),
                () -> "unauthorized".equals(result.getAttribute("data-state")));
        assertEquals("1", outboxCount(phone), "the record waits on the phone");
        assertEquals(0, inspections(recordId), "nothing stored with an expired sign-in");
        phone.screenshot("field-signin-expired.png");

        phone.tap(By.cssSelector("#result-body button"));
        phone.waitForPage("login.html");
        phone.submitLogin(BrowserSession.SUPERVISOR.username(), BrowserSession.SUPERVISOR.password());
        phone.waitForPage("field.html");
        phone.until("the waiting record was never sent after signing in again; status line: " + status(phone),
                () -> "0".equals(outboxCount(phone)) && inspections(recordId) == 1);
        assertEquals(1, inspectionsOfDuty(dutyId), "stored once, not twice");
    }

    /** Signed in and the list loaded: the service worker controls the page and the list is kept on the phone. */
    private static void readyForOffline(BrowserSession phone) {
        phone.until("the duty list never loaded; status line: " + status(phone),
                () -> phone.find(By.id("duty-list")).getAttribute("data-loaded") != null);
        phone.until("the checklists were never fetched",
                () -> "ready".equals(phone.find(By.id("duty-list")).getAttribute("data-checklists")));
        phone.until("the service worker never took over the page",
                () -> Boolean.TRUE.equals(phone.script("return navigator.serviceWorker.controller !== null;")));
    }

    /** Opens the duty's form, types the fix at its target, answers the checklist and submits → the record's UUID. */
    private static String recordAt(BrowserSession phone, JsonNode duty) {
        phone.tap(By.cssSelector("#duty-list [data-duty-id='" + duty.get("id").asLong() + "'] button.duty-open"));
        WebElement panel = phone.find(By.id("record-panel"));
        phone.until("the record form never opened", panel::isDisplayed);
        phone.until("the checklist never loaded", () -> panel.getAttribute("data-checklist-loaded") != null
                && !"error".equals(panel.getAttribute("data-checklist-loaded")));
        phone.type("fix-lon", duty.get("lon").asText());
        phone.type("fix-lat", duty.get("lat").asText());
        phone.type("fix-accuracy", "15");
        phone.tap(By.id("checklist-all-yes"));
        phone.tap(By.id("record-submit"));
        WebElement result = phone.find(By.id("record-result"));
        phone.until("the record was never kept", () -> !result.getAttribute("data-record-id").isBlank());
        return result.getAttribute("data-record-id");
    }

    private static String outboxCount(BrowserSession phone) {
        return phone.find(By.id("outbox-count")).getText();
    }

    private static String status(BrowserSession phone) {
        return phone.find(By.id("field-status")).getText();
    }

    private long inspections(String id) {
        return sql.count("SELECT count(*) FROM inspection WHERE id = '" + id + "'");
    }

    private long inspectionsOfDuty(long dutyId) {
        return sql.count("SELECT count(*) FROM inspection WHERE duty_id = " + dutyId);
    }

}
