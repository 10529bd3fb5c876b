package com.envgrid.api.web;

import com.envgrid.api.ApiClient;
import com.envgrid.api.MutableClock;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The complaint desk in the browser, as the chief of town A uses it: transferring a complaint to street B with a
 * reason, declining one with the reason its complainant sees, filtering the queue, and entering a hotline complaint
 * on the staff entry page — on a desktop and on a phone.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
@Property(name = "micronaut.server.port", value = "-1")
class ComplaintDeskBrowserTest extends BrowserTestBase {
    private static final BrowserSession.Account CHIEF = new BrowserSession.Account("chief-a", StaffFixture.PASSWORD);

    @Inject
    MutableClock clock;
    @Inject
    EmptyLayer emptyLayer;

    ApiClient admin;
    ApiClient chief;

    @BeforeEach
    void smallDistrictWithStaff() {
        clock.set(Instant.parse("2026-11-27T02:00:00Z"));
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        new StaffFixture(http);
        chief = signedIn(CHIEF);
    }

    private long complaint(String category, String description) {
        var receipt = chief.post("/api/complaints", String.format(Locale.ROOT, "{\"channel\":\"hotline_12345\","
                + "\"category\":\"%s\",\"description\":\"%s\",\"lon\":120.003,\"lat\":30.002,\"name\":\"李先生\","
                + "\"contact\":\"13812345678\"}", category, description));
        assertEquals(201, receipt.status(), String.valueOf(receipt.json()));
        return receipt.json().get("id").asLong();
    }

    /** The queue on a 1366 × 900 desktop screen. */
    private void openQueue() throws IOException {
        browser = BrowserSession.open(server, 1366, 900);
        browser.signInAt("complaints.html", CHIEF);
        waitForQueue();
    }

    private void waitForQueue() {
        browser.until("the queue never loaded; status: " + browser.find(By.id("complaint-list-status")).getText(),
                () -> browser.find(By.id("complaint-list")).getAttribute("data-loaded") != null);
    }

    private WebElement card(long id) {
        return browser.find(By.cssSelector("[data-complaint-id='" + id + "']"));
    }

    private void clickAction(long id, String action) {
        card(id).findElement(By.cssSelector("button[data-action='" + action + "']")).click();
    }

    private WebElement form(long id) {
        return card(id).findElement(By.cssSelector("form.case-form"));
    }

    @Test
    void theChiefTransfersAComplaintToStreetBWithAReason() throws IOException {
        long id = complaint("noise", "工地夜间施工");
        openQueue();
        clickAction(id, "transfer");
        By gridB = By.cssSelector("#complaint-" + id + "-desk-grid option[value='B']");
        browser.until("the grids to transfer to never arrived", () -> !browser.driver().findElements(gridB).isEmpty());
        assertTrue(browser.driver().findElements(By.cssSelector("#complaint-" + id + "-desk-grid option[value='A1']"))
                .isEmpty(), "not to the grid it is in");
        form(id).findElement(By.cssSelector(".action-confirm")).click();
        browser.until("a transfer without a grid was not stopped",
                () -> !form(id).findElements(By.cssSelector(".case-form-error")).isEmpty());
        new Select(browser.find(By.id("complaint-" + id + "-desk-grid"))).selectByValue("B");
        browser.find(By.id("complaint-" + id + "-desk-reason")).sendKeys("施工工地位于B街道");
        browser.screenshot("complaints-transfer.png");
        form(id).findElement(By.cssSelector(".action-confirm")).click();

        browser.until("the transfer never went through; status: " + browser.find(By.id("complaint-list-status")).getText(),
                () -> "B".equals(admin.get("/api/complaints/" + id).json().get("grid_code").asText()));
        JsonNode moved = admin.get("/api/complaints/" + id).json();
        assertEquals("received", moved.get("state").asText());
        assertTrue(moved.get("history").toString().contains("施工工地位于B街道"));
        browser.until("the card never showed the transfer", () -> card(id).getText().contains("B"));
        assertEquals(404, chief.get("/api/complaints/" + id).status(), "A no longer sees it");
    }

    @Test
    void theChiefDeclinesAComplaintWithTheReasonItsComplainantSees() throws IOException {
        long id = complaint("other", "邻里纠纷");
        openQueue();
        clickAction(id, "decline");
        form(id).findElement(By.cssSelector(".action-confirm")).click();
        browser.until("a decline without a reason was not stopped",
                () -> !form(id).findElements(By.cssSelector(".case-form-error")).isEmpty());
        assertEquals("received", admin.get("/api/complaints/" + id).json().get("state").asText(), "nothing sent");
        browser.find(By.id("complaint-" + id + "-desk-reason")).sendKeys("属邻里民事纠纷，不属环保部门职责");
        form(id).findElement(By.cssSelector(".action-confirm")).click();

        browser.until("the card never showed the decline", () -> "declined".equals(card(id).getAttribute("data-state")));
        assertTrue(card(id).findElement(By.cssSelector("[data-field='decline_reason']")).getText()
                .contains("不属环保部门职责"));
        assertTrue(card(id).findElements(By.cssSelector("button[data-action]")).isEmpty(), "declining is final");
        assertEquals("属邻里民事纠纷，不属环保部门职责", ApiClient.anonymous(http).get("/api/public/complaints/" + id)
                .json().get("decline_reason").asText());
    }

    @Test
    void theQueueIsFilteredByCategoryAndTheFilterIsKeptInTheAddress() throws IOException {
        long noise = complaint("noise", "工地夜间施工");
        long dust = complaint("dust", "道路扬尘");
        openQueue();
        new Select(browser.find(By.id("complaint-filter-category"))).selectByValue("dust");
        browser.until("the queue was never filtered to dust",
                () -> browser.driver().findElements(By.cssSelector("#complaint-list [data-complaint-id]")).size() == 1);
        assertEquals(String.valueOf(dust), browser.find(By.cssSelector("#complaint-list [data-complaint-id]"))
                .getAttribute("data-complaint-id"));
        assertTrue(browser.driver().getCurrentUrl().contains("category=dust"));
        browser.driver().navigate().refresh();
        waitForQueue();
        assertEquals("dust", new Select(browser.find(By.id("complaint-filter-category"))).getFirstSelectedOption()
                .getAttribute("value"));
        assertTrue(browser.driver().findElements(By.cssSelector("[data-complaint-id='" + noise + "']")).isEmpty());
        browser.find(By.cssSelector(".list-filters .button")).click();
        browser.until("clearing never showed both",
                () -> browser.driver().findElements(By.cssSelector("#complaint-list [data-complaint-id]")).size() == 2);
        browser.screenshot("complaints-desktop.png");
    }

    @Test
    void staffEnterAHotlineComplaintOnTheEntryPageWithAPlaceClickedOnTheMap() throws IOException {
        openQueue();
        browser.find(By.id("complaint-enter")).click();
        browser.waitForPage("complaint-entry.html");
        browser.until("the entry form never showed", () -> browser.find(By.id("entry-form")).isDisplayed());
        new Select(browser.find(By.id("entry-channel"))).selectByValue("hotline_12369");
        browser.find(By.id("entry-name")).sendKeys("王女士");
        browser.find(By.id("entry-contact")).sendKeys("13912345678");
        browser.until("the categories never arrived",
                () -> !browser.driver().findElements(By.cssSelector("#entry-category option[value='odour']")).isEmpty());
        new Select(browser.find(By.id("entry-category"))).selectByValue("odour");
        browser.find(By.id("entry-description")).sendKeys("化工厂附近夜间有刺鼻气味");
        browser.find(By.id("entry-address")).sendKeys("清源路88号附近");
        WebElement map = browser.find(By.id("entry-map"));
        browser.until("the map never showed the grids",
                () -> !browser.driver().findElements(By.cssSelector("#entry-map path.leaflet-interactive, #entry-map svg path")).isEmpty());
        new Actions(browser.driver()).moveToElement(map, -20, 20).click().perform();
        browser.until("the click never placed the complaint", () -> "true".equals(map.getAttribute("data-placed")));
        assertFalse(browser.find(By.id("entry-lon")).getAttribute("value").isEmpty());
        browser.screenshotWholePage("complaint-entry-desktop.png");
        browser.find(By.id("entry-submit")).click();

        browser.until("the receipt never showed; status: " + browser.find(By.id("entry-status")).getText(),
                () -> browser.find(By.id("entry-receipt")).isDisplayed());
        long id = Long.parseLong(browser.find(By.id("entry-receipt")).getAttribute("data-complaint-id"));
        JsonNode entered = admin.get("/api/complaints/" + id).json();
        assertEquals("hotline_12369", entered.get("channel").asText());
        assertEquals("odour", entered.get("category").asText());
        assertEquals("王女士", entered.get("complainant_name").asText());
        assertEquals("清源路88号附近", entered.get("address").asText());
        assertTrue(entered.get("grid_code").asText().startsWith("A"), entered.toString());
    }

    @Test
    void onAPhoneTheQueueAndTheEntryPageFitTheScreen() throws IOException {
        complaint("noise", "工地夜间施工");
        browser = BrowserSession.openPhone(server);
        browser.signInAt("complaints.html", CHIEF);
        waitForQueue();
        assertNoSidewaysScroll();
        browser.screenshot("complaints-phone.png");
        browser.open("complaint-entry.html");
        browser.until("the entry form never showed", () -> browser.find(By.id("entry-form")).isDisplayed());
        assertNoSidewaysScroll();
        browser.screenshot("complaint-entry-phone.png");
    }

    private void assertNoSidewaysScroll() {
        Object overflow = browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(((Number) overflow).intValue() <= 1, "the page scrolls sideways by " + overflow + " px");
    }
}
