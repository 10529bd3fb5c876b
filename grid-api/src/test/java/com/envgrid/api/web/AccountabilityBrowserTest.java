package com.envgrid.api.web;

import com.envgrid.api.ApiClient;
import com.envgrid.api.MutableClock;
import com.envgrid.api.Sql;
import com.envgrid.api.order.JointFixture;
import com.envgrid.api.grid.EmptyLayer;
import com.envgrid.api.people.StaffFixture;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accountability section (问责) of the review page on 25 November 2026 in the small district: two supervision
 * orders overdue by more than 30 days — one in A1, one in B — proposed for an interview. The administrator confirms
 * one as a circular and dismisses the other, each with the reason the page insists on; the viewer reads them.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
@Property(name = "micronaut.server.port", value = "-1")
class AccountabilityBrowserTest extends BrowserTestBase {
    private static final BrowserSession.Account ADMIN = new BrowserSession.Account(ApiClient.ADMIN,
            ApiClient.ADMIN_PASSWORD);
    private static final BrowserSession.Account VIEWER = new BrowserSession.Account("viewer1", StaffFixture.PASSWORD);

    @Inject
    MutableClock clock;
    @Inject
    Sql sql;
    @Inject
    EmptyLayer emptyLayer;

    ApiClient admin;

    @BeforeEach
    void twoOverdueOrders() throws Exception {
        clock.set(Instant.parse("2026-11-25T02:00:00Z"));
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        new StaffFixture(http);
        var joint = new JointFixture(sql);
        var campaign = joint.campaign("扬尘联合督查");
        joint.order(campaign, "A1", null, "2026-10-01", "rectifying");
        joint.order(campaign, "B", null, "2026-10-10", "issued");
        assertEquals(2, admin.post("/api/accountability/proposals", "").json().get("added").asInt());
    }

    private void open(BrowserSession.Account account) throws IOException {
        openBrowser().signInAt("review.html?quarter=2026-Q4", account);
        browser.until("the accountability records never loaded", () -> "true".equals(
                browser.find(By.id("accountability")).getAttribute("data-loaded")));
    }

    private List<WebElement> rows(String state) {
        return browser.driver().findElements(By.cssSelector("#accountability-table tbody tr[data-state='" + state
                + "']"));
    }

    @Test
    void theAdministratorConfirmsOneAsACircularAndDismissesTheOtherEachWithAReason() throws IOException {
        open(ADMIN);
        assertEquals(2, rows("proposed").size());
        assertTrue(browser.find(By.id("accountability-table")).getText().contains("逾期"), "the reason is shown");
        assertTrue(browser.find(By.id("accountability-propose")).isDisplayed());

        WebElement first = rows("proposed").get(0);
        String firstId = first.getAttribute("data-id");
        first.findElement(By.cssSelector("button[data-decision='confirm']")).click();
        browser.until("a confirmation without a reason was never refused", () -> "true".equals(
                browser.find(By.cssSelector("#accountability-table tr[data-id='" + firstId
                        + "'] .accountability-reason-input")).getAttribute("aria-invalid")));
        assertEquals("error", browser.find(By.id("accountability-status")).getAttribute("data-kind"));
        browser.screenshot("accountability-refused.png");

        WebElement line = browser.find(By.cssSelector("#accountability-table tr[data-id='" + firstId + "']"));
        new Select(line.findElement(By.cssSelector(".accountability-measure"))).selectByValue("circular");
        BrowserSession.type(line.findElement(By.cssSelector(".accountability-reason-input")), "逾期整改属实，予以通报");
        line.findElement(By.cssSelector("button[data-decision='confirm']")).click();
        browser.until("the record was never shown confirmed", () -> rows("confirmed").size() == 1);
        assertTrue(rows("confirmed").get(0).getText().contains("逾期整改属实，予以通报"));
        assertTrue(rows("confirmed").get(0).getText().contains("通报"));

        WebElement second = rows("proposed").get(0);
        String secondId = second.getAttribute("data-id");
        BrowserSession.type(second.findElement(By.cssSelector(".accountability-reason-input")), "汛期停工，已整改完毕");
        second.findElement(By.cssSelector("button[data-decision='dismiss']")).click();
        browser.until("the record was never shown dismissed", () -> rows("dismissed").size() == 1);
        browser.screenshot("accountability-decided.png");

        JsonNode records = admin.get("/api/accountability").json();
        for (JsonNode r : records) {
            if (r.get("id").asText().equals(firstId)) {
                assertEquals("confirmed", r.get("state").asText());
                assertEquals("circular", r.get("measure").asText());
            } else {
                assertEquals(secondId, r.get("id").asText());
                assertEquals("dismissed", r.get("state").asText());
            }
        }
    }

    @Test
    void theViewerReadsTheRecordsAndIsOfferedNoDecision() throws IOException {
        open(VIEWER);
        assertEquals(2, rows("proposed").size());
        assertTrue(browser.driver().findElements(By.cssSelector(".accountability-form")).isEmpty());
        assertFalse(browser.find(By.id("accountability-propose")).isDisplayed());
        assertTrue(rows("proposed").get(0).getText().contains("待管理员确认"));
    }
}
