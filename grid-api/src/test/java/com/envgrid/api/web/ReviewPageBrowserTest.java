package com.envgrid.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.api.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The quarterly review of Q4 2026 over the {@link CoverageFixture}'s district: town A did some of its duties, street
 * B had nothing to do, and in Q3 neither had anything, so both shared the first rank then. The page ranks them with
 * each score's components and the rank change, previews other weights, lets the administrator (not the viewer)
 * publish, lists and exports what is published, and prints without its navigation and controls.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
@Property(name = "micronaut.server.port", value = "-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewPageBrowserTest extends BrowserTestBase {

    @Inject
    MutableClock clock;

    private CoverageFixture district;

    @BeforeAll
    void buildTheDistrict() {
        district = new CoverageFixture(http, clock);
    }

    @Test
    void theRankingGivesEachGridsComponentsAndRankChangeAndTheAdministratorPublishesIt() throws IOException {
        open(CoverageFixture.ADMIN);
        JsonNode live = district.admin.get("/api/review?quarter=" + CoverageFixture.QUARTER).json();

        WebElement town = row("A");
        assertEquals("1", town.getAttribute("data-rank"));
        assertEquals(score(live, "A"), cellText(town, ".col-score .score-value"));
        assertEquals("11.1%", component(town, "dutyCompletion"), "one of nine duties done");
        assertEquals("100%", component(town, "locationAccuracy"), "its one inspection was where it should be");
        assertEquals("—", component(town, "problemsOnTime"), "no problem decided yet");
        assertEquals("0", town.findElement(By.cssSelector(".rank-change")).getAttribute("data-change"));
        WebElement street = row("B");
        assertEquals("2", street.getAttribute("data-rank"));
        WebElement fell = street.findElement(By.cssSelector(".rank-change"));
        assertEquals("↓1", fell.getText(), "first (shared) in Q3, second now");
        assertEquals("-1", fell.getAttribute("data-change"));
        assertEquals("-1", rankChange(live, "B"));
        assertTrue(browser.find(By.cssSelector("th[data-component='dutyCompletion']")).getText().contains("35%"),
                "the weight beside its component");
        assertTrue(browser.find(By.id("review-title")).getText().contains("grid D"), "the title names the district");
        assertTrue(browser.find(By.id("review-title")).getText().contains("2026年第4季度"));
        browser.screenshot("review.png");

        WebElement publish = browser.find(By.id("review-publish-button"));
        publish.click();
        browser.until("the publish button never asked to confirm", () -> "true".equals(publish.getAttribute("data-confirming")));
        publish.click();

        By listed = By.cssSelector("#published-list li[data-quarter='" + CoverageFixture.QUARTER + "']");
        browser.until("the published review never appeared among the published ones",
                () -> !browser.driver().findElements(listed).isEmpty());
        browser.until("the page never showed the published review",
                () -> "true".equals(browser.find(By.id("review-state")).getAttribute("data-published")));
        assertTrue(StreamSupport.stream(district.admin.get("/api/reviews").json().spliterator(), false)
                .anyMatch(quarter -> CoverageFixture.QUARTER.equals(quarter.asText())));
        assertTrue(browser.driver().findElements(By.id("review-publish-button")).isEmpty(), "published once only");
        assertEquals(score(live, "A"), cellText(row("A"), ".col-score .score-value"), "frozen as it was");

        Path downloads = Files.createTempDirectory("envgrid-downloads-");
        browser.cdp("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser.find(listed).findElement(By.cssSelector("[data-export='csv']")).click();
        Path csv = downloads.resolve("review-" + CoverageFixture.QUARTER + ".csv");
        browser.until("the CSV was never downloaded", () -> Files.exists(csv));
        String exported = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(exported.contains("grid A") && exported.contains("grid B"), exported);
    }

    @Test
    void otherWeightsPreviewAnotherRanking() {
        open(CoverageFixture.ADMIN);

        for (String component : new String[] {"dutyCompletion", "problemsOnTime", "complaintsOnTime", "satisfaction"}) {
            browser.type("weight-" + component, "0");
        }
        browser.type("weight-locationAccuracy", "100");

        // A has no satisfaction to score: a preview before the last weight was typed scores it 100 too, so the wait
        // is for the preview of all five weights, whose header gives location accuracy the whole score.
        browser.until("the preview never scored A on location accuracy alone", () -> ((String) browser.script(
                "return document.querySelector(\"th[data-component='locationAccuracy']\").textContent;")).contains("100%")
                && "100.00".equals(cellText(row("A"), ".col-score .score-value")));
        assertEquals("live", browser.find(By.tagName("body")).getAttribute("data-review-showing"));
        assertTrue(browser.find(By.id("weights-sum")).getText().contains("100%"), browser.find(By.id("weights-sum")).getText());
    }

    @Test
    void theViewerReadsTheRankingButIsNotOfferedPublishing() {
        open(CoverageFixture.VIEWER);

        assertEquals("1", row("A").getAttribute("data-rank"));
        assertTrue(browser.driver().findElements(By.id("review-publish-button")).isEmpty());
        assertTrue(browser.offers("nav-review"), "the viewer is offered the review page");
    }

    @Test
    void printingShowsTheTitledTableAloneWithoutNavigationOrControls() throws IOException {
        open(CoverageFixture.ADMIN);

        browser.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String hidden : new String[] {"header.app-header", "#review-status", "#review-panel .toolbar", ".page-sidebar"}) {
                assertEquals("none", display(hidden), hidden + " is not printed");
            }
            for (String hidden : new String[] {".app-nav", "#logout", "#review-print", "#weights-form"}) {
                assertFalse(browser.find(By.cssSelector(hidden)).isDisplayed(), hidden + " is not printed");
            }
            assertFalse("none".equals(display("#review-table")), "the table is printed");
            assertEquals("block", display("#review-weights-line"), "the weights are printed");
            assertTrue(browser.find(By.id("review-weights-line")).getText().contains("任务完成率 35%"));
            assertTrue(browser.find(By.id("review-title")).getText().contains("grid D"));
            browser.screenshot("review-print.png");
        } finally {
            browser.cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        assertEquals("none", display("#review-weights-line"), "on screen the weights are in their form");
        assertFalse("none".equals(display("header.app-header")));
    }

    @Test
    void withoutAQuarterThePageOpensOnTheLastCompleteOneAndFitsAPhone() throws IOException {
        browser = BrowserSession.openPhone(server);
        browser.signInAt("review.html", CoverageFixture.ADMIN);
        waitForRanking();

        assertEquals("2026-Q3", browser.find(By.id("review-quarter")).getAttribute("value"),
                "on 25 November 2026 the last complete quarter is the third");
        assertTrue(browser.find(By.id("review-title")).getText().contains("2026年第3季度"));
        assertEquals(2, browser.driver().findElements(By.cssSelector("#review-table tbody tr[data-code]")).size());
        browser.screenshotWholePage("review-phone.png");
    }

    @Test
    void theUnpublishedRankingIsExportedWithItsWeightsAndSaysItIsUnpublished() throws IOException {
        browser = BrowserSession.open(server, 1366, 900);
        browser.signInAt("review.html?quarter=2026-Q2", CoverageFixture.ADMIN);
        waitForRanking();
        assertEquals("live", browser.find(By.tagName("body")).getAttribute("data-review-showing"));
        browser.screenshot("review-desktop.png");

        Path downloads = Files.createTempDirectory("envgrid-downloads-");
        browser.cdp("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser.find(By.cssSelector("#review-exports [data-export='csv']")).click();
        Path csv = downloads.resolve("review-2026-Q2-unpublished.csv");
        browser.until("the unpublished CSV was never downloaded", () -> Files.exists(csv));
        String exported = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(exported.contains("权重：任务完成率 35%"), exported);
        assertTrue(exported.contains("未发布"), exported);
        assertTrue(exported.contains("\"=\"\"A\"\"\""), "codes stay text in Excel: " + exported);
    }

    @Test
    void onA4EachGridsNameStaysOnOneLine() throws IOException {
        open(CoverageFixture.ADMIN);
        browser.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            Number lines = (Number) browser.script("return Math.max(...[...document.querySelectorAll('.review-grid-name')]"
                    + ".map(name => name.getClientRects().length));");
            assertEquals(1, lines.intValue(), "a name broken over lines");
        } finally {
            browser.cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        byte[] bytes = browser.printToPdf("review-print.pdf");
        assertTrue(new String(bytes, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
    }

    private void waitForRanking() {
        browser.until("the ranking never loaded; status: " + browser.find(By.id("review-status")).getText(),
                () -> browser.find(By.id("review-table")).getAttribute("data-loaded") != null);
    }

    private void open(BrowserSession.Account account) {
        try {
            openBrowser();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        browser.signInAt("review.html?quarter=" + CoverageFixture.QUARTER, account);
        browser.until("the ranking never loaded; status: " + browser.find(By.id("review-status")).getText(),
                () -> browser.find(By.id("review-table")).getAttribute("data-loaded") != null);
    }

    private WebElement row(String code) {
        return browser.find(By.cssSelector("#review-table tbody tr[data-code='" + code + "']"));
    }

    private String component(WebElement row, String component) {
        return cellText(row, "td[data-component='" + component + "']");
    }

    private static String cellText(WebElement row, String selector) {
        return row.findElement(By.cssSelector(selector)).getText();
    }

    private String display(String selector) {
        return (String) browser.script("return getComputedStyle(document.querySelector(arguments[0])).display;", selector);
    }

    private static String score(JsonNode review, String code) {
        return String.format(java.util.Locale.ROOT, "%.2f", grid(review, code).get("score").asDouble());
    }

    private static String rankChange(JsonNode review, String code) {
        return grid(review, code).get("rankChange").asText();
    }

    private static JsonNode grid(JsonNode review, String code) {
        for (JsonNode grid : review.get("ranking")) {
            if (code.equals(grid.get("code").asText())) {
                return grid;
            }
        }
        throw new AssertionError(code + " is not ranked");
    }
}
