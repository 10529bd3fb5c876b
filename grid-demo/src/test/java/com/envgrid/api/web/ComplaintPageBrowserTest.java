package com.envgrid.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.api.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The public complaint page and the staff's queue: a signed-out browser files a complaint at a place in the demo
 * chief's street (by the browser's location), gets the receipt with its two links and never meets the login page;
 * the public API has the complaint, without the complainant's contact. The chief then finds it in the queue, with
 * the contact, and accepts it.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
class ComplaintPageBrowserTest extends BrowserTestBase {

    @Test
    void aCitizenFilesAComplaintAndTheChiefAcceptsIt() throws IOException {
        ApiClient chief = signedIn(BrowserSession.CHIEF);
        // a place in the chief's street: where one of the sources the chief may see stands
        ApiClient.Answer sources = chief.get("/api/sources");
        assertEquals(200, sources.status(), "the chief's sources: " + sources.json());
        JsonNode source = sources.json().get("features").get(0);
        double lon = source.get("geometry").get("coordinates").get(0).asDouble();
        double lat = source.get("geometry").get("coordinates").get(1).asDouble();

        try (BrowserSession browser = BrowserSession.open(server)) {
            browser.setGeolocation(lon, lat, 10);
            browser.open("complaint.html");
            browser.until("the complaint form never showed", () -> browser.find(By.id("complaint-form")).isDisplayed()
                    && browser.driver().findElements(By.cssSelector("#complaint-map.leaflet-container")).size() == 1);
            assertNull(browser.token(), "nobody is signed in");

            new Select(browser.find(By.id("complaint-category"))).selectByValue("cooking_fumes");
            browser.find(By.id("complaint-description")).sendKeys("楼下饭店油烟直排，晚上味道很大");
            browser.find(By.id("complaint-name")).sendKeys("李先生");
            browser.find(By.id("complaint-contact")).sendKeys("13800001111");
            java.nio.file.Path photo = java.nio.file.Files.createTempFile("fumes", ".jpg");
            byte[] jpeg = com.envgrid.api.TestPhotos.image("jpg", 64, 3);
            java.nio.file.Files.write(photo, jpeg);
            browser.find(By.id("complaint-photos")).sendKeys(photo.toString());
            browser.find(By.id("complaint-locate")).click();
            browser.until("the browser's location was never used", () -> !browser.find(By.id("complaint-lon"))
                    .getAttribute("value").isBlank());
            assertEquals(lon, Double.parseDouble(browser.find(By.id("complaint-lon")).getAttribute("value")), 1e-5);
            browser.find(By.id("complaint-submit")).click();

            browser.until("no receipt; status line: " + browser.find(By.id("complaint-page-status")).getText()
                    + " / " + browser.find(By.id("complaint-error")).getText(),
                    () -> browser.find(By.id("complaint-receipt")).isDisplayed());
            assertTrue(browser.onPage("complaint.html"), "the public page never goes to the login page");
            WebElement receipt = browser.find(By.id("complaint-receipt"));
            long id = Long.parseLong(receipt.getAttribute("data-complaint-id"));
            assertTrue(receipt.getText().contains("#" + id), receipt.getText());
            assertTrue(browser.find(By.id("complaint-status-link")).getAttribute("href").endsWith("complaint.html?id=" + id));
            assertTrue(browser.find(By.id("complaint-rating-link")).getAttribute("href").contains("complaint.html?rate="));
            assertFalse(browser.find(By.id("complaint-form")).isDisplayed());
            browser.screenshotWholePage("complaint-receipt.png");

            JsonNode shown = ApiClient.anonymous(http).get("/api/public/complaints/" + id).json();
            assertEquals("cooking_fumes", shown.get("category").asText());
            assertEquals("received", shown.get("state").asText());
            assertTrue(shown.get("grid_code").asText().startsWith("320214001"), shown.toString());
            assertFalse(shown.toString().contains("13800001111"), "no contact in the public view");

            // the status link works for anyone
            browser.find(By.id("complaint-status-link")).click();
            browser.until("the public status never showed", () -> browser.find(By.id("complaint-status")).isDisplayed());
            assertTrue(browser.find(By.id("complaint-status")).getText().contains("待受理"));

            browser.signInAt("complaints.html", BrowserSession.CHIEF);
            By card = By.cssSelector("[data-complaint-id='" + id + "']");
            browser.until("the complaint never appeared in the chief's queue",
                    () -> !browser.driver().findElements(card).isEmpty());
            assertTrue(browser.find(card).getText().contains("13800001111"), "the handling chief sees the contact");
            assertEquals(categoryNames().get("cooking_fumes"), browser.find(card).findElement(By.cssSelector(
                    ".case-category")).getText(), "the queue names the category as the server does");
            By thumbnail = By.cssSelector("[data-complaint-id='" + id + "'] img.photo-thumb[data-sha256='"
                    + com.envgrid.api.TestPhotos.sha256(jpeg) + "']");
            browser.until("the complainant's photo was never shown to the chief", () -> !browser.driver()
                    .findElements(thumbnail).isEmpty() && Boolean.TRUE.equals(browser.script(
                    "const i = document.querySelector(\"img.photo-thumb\"); return i.complete && i.naturalWidth === 64;")));
            browser.find(card).findElement(By.cssSelector("button[data-action='accept']")).click();
            browser.until("the complaint never showed accepted; status line: "
                    + browser.find(By.id("complaint-list-status")).getText(),
                    () -> "accepted".equals(browser.find(card).getAttribute("data-state")));
            assertEquals("success", browser.find(By.id("complaint-list-status")).getAttribute("data-kind"));
            JsonNode fromApi = StreamSupport.stream(chief.get("/api/complaints").json().spliterator(), false)
                    .filter(item -> item.get("id").asLong() == id).findFirst().orElseThrow();
            assertEquals("accepted", fromApi.get("state").asText());

            // the investigation finds a problem: a case is opened from the complaint's card
            browser.find(card).findElement(By.cssSelector("button[data-action='investigate']")).click();
            browser.until("the complaint never showed under investigation",
                    () -> "investigating".equals(browser.find(card).getAttribute("data-state")));
            browser.find(card).findElement(By.cssSelector("button[data-action='open_case']")).click();
            browser.find(By.id("complaint-" + id + "-text")).sendKeys("夜间违规施工，噪声超标");
            browser.find(card).findElement(By.cssSelector("form .action-confirm")).click();
            assertTrue(browser.find(card).getText().contains("请选择问题类别"), "the category is asked for first");
            new org.openqa.selenium.support.ui.Select(browser.find(By.id("complaint-" + id + "-case-category")))
                    .selectByValue("noise");
            new org.openqa.selenium.support.ui.Select(browser.find(By.id("complaint-" + id + "-case-severity")))
                    .selectByValue("serious");
            browser.find(card).findElement(By.cssSelector("form .action-confirm")).click();
            By caseLink = By.cssSelector("[data-complaint-id='" + id + "'] a[href^='cases.html?case=']");
            browser.until("the opened case was never linked from the complaint",
                    () -> !browser.driver().findElements(caseLink).isEmpty());
            long caseId = Long.parseLong(browser.find(caseLink).getAttribute("href").replaceAll(".*case=", ""));
            var opened = chief.get("/api/cases/" + caseId).json();
            assertEquals(id, opened.get("complaint_id").asLong());
            assertEquals("serious", opened.get("severity").asText());
            assertEquals("noise", opened.get("category").asText());
            browser.screenshotWholePage("complaint.png");
        }
    }

    @Test
    void theFormOffersTheCategoriesAsTheServerNamesThem() throws IOException {
        try (BrowserSession browser = BrowserSession.open(server)) {
            browser.open("complaint.html");
            browser.until("the complaint form never showed", () -> browser.find(By.id("complaint-form")).isDisplayed());
            Map<String, String> offered = new LinkedHashMap<>();
            new Select(browser.find(By.id("complaint-category"))).getOptions().stream()
                    .filter(option -> !option.getAttribute("value").isEmpty())
                    .forEach(option -> offered.put(option.getAttribute("value"), option.getText()));

            assertEquals(List.copyOf(categoryNames().entrySet()), List.copyOf(offered.entrySet()),
                    "the form's categories are the server's, in its order and with its names");
            assertEquals("秸秆焚烧", offered.get("burning"));
        }
    }

    /** The complaint categories as GET /api/vocabulary names them, in its order. */
    private Map<String, String> categoryNames() {
        Map<String, String> names = new LinkedHashMap<>();
        ApiClient.anonymous(http).get("/api/vocabulary").json().get("complaint_category")
                .forEach(term -> names.put(term.get("key").asText(), term.get("labels").get("zh-CN").asText()));
        return names;
    }
}
