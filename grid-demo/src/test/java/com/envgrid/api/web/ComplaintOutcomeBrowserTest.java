package com.envgrid.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.api.ApiClient;
import com.envgrid.api.basemap.TestMbTiles;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The complainant learns the outcome. A citizen files a complaint on the public form, whose map starts at the
 * district's extent with its towns and streets outlined over the platform's own basemap (an MBTiles file made here:
 * its tiles come from this server and are drawn); the chief replies from the queue with an internal record and a
 * public reply; the status page then shows the public reply and the date of each step, and never the internal
 * record. Screenshots of the form and the status page on a phone and on a desktop.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintOutcomeBrowserTest extends BrowserTestBase implements TestPropertyProvider {
    private static final String INTERNAL = "内部：约谈店主，油烟净化器三个月未清洗";
    private static final String PUBLISHED = "经现场核查，该饭店油烟净化设施未正常运行，已责令立即清洗并限期整改，我们将持续跟踪。";

    /** Light tiles over the demo district (清源区, about lon 120.30, lat 31.55), zooms 9 to 15. */
    @Override
    public Map<String, String> getProperties() {
        try {
            Path file = Files.createTempDirectory("envgrid-basemap-").resolve("qingyuan.mbtiles");
            TestMbTiles.write(file, TestMbTiles.covering(120.05, 31.35, 120.55, 31.75, 9, 15, new Color(0xE4, 0xEC, 0xE6)),
                    Map.of("name", "清源区测试底图", "format", "png", "minzoom", "9", "maxzoom", "15",
                            "attribution", "测试底图"));
            file.toFile().deleteOnExit();
            return Map.of("envgrid.basemap.mbtiles", file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_public_map_draws_the_platforms_own_tiles_and_starts_at_the_district() throws IOException {
        openBrowser().recordCspViolations();
        browser.open("complaint.html");
        By loadedTiles = By.cssSelector("#complaint-map img.leaflet-tile.leaflet-tile-loaded");
        browser.until("no basemap tile was drawn", () -> !browser.driver().findElements(loadedTiles).isEmpty()
                && browser.find(By.id("complaint-map")).getAttribute("data-outline") != null);
        String base = server.getURL().toString();
        for (WebElement tile : browser.driver().findElements(By.cssSelector("#complaint-map img.leaflet-tile"))) {
            assertTrue(tile.getAttribute("src").startsWith(base + "/tiles/"), "from the platform: " + tile.getAttribute("src"));
        }
        assertEquals(256L, browser.script("return document.querySelector('#complaint-map img.leaflet-tile-loaded')"
                + ".naturalWidth;"), "a real image, drawn");
        assertTrue(browser.find(By.cssSelector("#complaint-map .leaflet-control-attribution")).getText().contains("测试底图"));

        JsonNode outline = ApiClient.anonymous(http).get("/api/public/district").json();
        @SuppressWarnings("unchecked")
        Map<String, Number> fit = (Map<String, Number>) browser.script("const map = document.getElementById('complaint-map')"
                + ".getBoundingClientRect(); const paths = [...document.querySelectorAll('#complaint-map .leaflet-district-pane"
                + " path')].map(p => p.getBoundingClientRect()); return {mapWidth: map.width, mapHeight: map.height,"
                + " left: Math.min(...paths.map(r => r.left)) - map.left, right: map.right - Math.max(...paths.map(r => r.right)),"
                + " top: Math.min(...paths.map(r => r.top)) - map.top, bottom: map.bottom - Math.max(...paths.map(r => r.bottom))};");
        double slack = 2;
        assertTrue(fit.get("left").doubleValue() >= -slack && fit.get("right").doubleValue() >= -slack
                && fit.get("top").doubleValue() >= -slack && fit.get("bottom").doubleValue() >= -slack,
                "the whole district is in view: " + fit);
        assertTrue(fit.get("left").doubleValue() + fit.get("right").doubleValue() < fit.get("mapWidth").doubleValue() / 2
                || fit.get("top").doubleValue() + fit.get("bottom").doubleValue() < fit.get("mapHeight").doubleValue() / 2,
                "and fills the map: " + fit);
        assertEquals(outline.get("features").size(), Integer.parseInt(browser.find(By.id("complaint-map"))
                .getAttribute("data-outline")));
        assertEquals(List.of(), browser.cspViolations());
    }

    @Test
    void the_complainant_reads_the_published_reply_and_the_date_of_each_step() throws IOException {
        ApiClient chief = signedIn(BrowserSession.CHIEF);
        JsonNode source = chief.get("/api/sources").json().get("features").get(0);
        double lon = source.get("geometry").get("coordinates").get(0).asDouble();
        double lat = source.get("geometry").get("coordinates").get(1).asDouble();

        long id;
        try (BrowserSession phone = BrowserSession.openPhone(server)) {
            phone.setGeolocation(lon, lat, 10);
            phone.open("complaint.html");
            phone.until("the form's map never showed the district", () -> phone.find(By.id("complaint-form")).isDisplayed()
                    && phone.find(By.id("complaint-map")).getAttribute("data-outline") != null);
            new Select(phone.find(By.id("complaint-category"))).selectByValue("cooking_fumes");
            phone.find(By.id("complaint-description")).sendKeys("楼下饭店油烟直排，晚上味道很大");
            phone.find(By.id("complaint-contact")).sendKeys("13800002222");
            phone.screenshotWholePage("complaint-form-phone.png");
            phone.tap(By.id("complaint-locate"));
            phone.until("the location was never taken", () -> !phone.find(By.id("complaint-lon")).getAttribute("value").isBlank());
            phone.tap(By.id("complaint-submit"));
            phone.until("no receipt: " + phone.find(By.id("complaint-page-status")).getText(),
                    () -> phone.find(By.id("complaint-receipt")).isDisplayed());
            id = Long.parseLong(phone.find(By.id("complaint-receipt")).getAttribute("data-complaint-id"));
        }
        for (String action : List.of("accept", "investigate")) {
            assertEquals(200, chief.post("/api/complaints/" + id + "/actions", "{\"action\":\"" + action + "\"}").status());
        }

        openBrowser().signInAt("complaints.html", BrowserSession.CHIEF);
        By card = By.cssSelector("[data-complaint-id='" + id + "']");
        browser.until("the complaint never appeared in the queue", () -> !browser.driver().findElements(card).isEmpty());
        browser.find(card).findElement(By.cssSelector("button[data-action='reply']")).click();
        browser.find(By.id("complaint-" + id + "-text")).sendKeys(INTERNAL);
        browser.find(By.id("complaint-" + id + "-public-reply")).sendKeys(PUBLISHED);
        browser.find(card).findElement(By.cssSelector("form .action-confirm")).click();
        browser.until("the complaint never showed replied", () -> "replied".equals(browser.find(card).getAttribute("data-state")));
        assertEquals(PUBLISHED, browser.find(card).findElement(By.cssSelector("[data-field='public_reply']")).getText());
        assertEquals(INTERNAL, browser.find(card).findElement(By.cssSelector("[data-field='reply']")).getText());
        browser.find(card).findElement(By.cssSelector("button[data-action='close']")).click();
        browser.find(card).findElement(By.cssSelector("form .action-confirm")).click();
        browser.until("the complaint never showed closed", () -> "closed".equals(browser.find(card).getAttribute("data-state")));

        JsonNode shown = ApiClient.anonymous(http).get("/api/public/complaints/" + id).json();
        assertEquals(PUBLISHED, shown.get("reply").asText());
        try (BrowserSession desktop = BrowserSession.open(server, 1366, 900)) {
            desktop.open("complaint.html?id=" + id);
            desktop.until("the status never showed the reply", () -> !desktop.driver().findElements(By.id("complaint-reply")).isEmpty());
            String page = desktop.find(By.id("complaint-status")).getText();
            assertTrue(page.contains(PUBLISHED), page);
            assertFalse(page.contains("约谈") || page.contains("13800002222"), "no internal record, no contact: " + page);
            List<String> steps = desktop.driver().findElements(By.cssSelector("#complaint-steps li")).stream()
                    .map(li -> li.getAttribute("data-step")).toList();
            assertEquals(List.of("received", "accepted", "investigating", "replied", "closed"), steps);
            for (WebElement step : desktop.driver().findElements(By.cssSelector("#complaint-steps li time"))) {
                assertFalse(step.getText().isBlank(), "each step has its date");
            }
            assertTrue(page.contains("已答复") && page.contains("已办结"), page);
            desktop.screenshotWholePage("complaint-status-desktop.png");
            desktop.open("complaint.html");
            desktop.until("the form's map never showed the district",
                    () -> desktop.find(By.id("complaint-map")).getAttribute("data-outline") != null);
            desktop.screenshotWholePage("complaint-form-desktop.png");
        }
        try (BrowserSession phone = BrowserSession.openPhone(server)) {
            phone.open("complaint.html?id=" + id);
            phone.until("the status never showed the reply", () -> !phone.driver().findElements(By.id("complaint-reply")).isEmpty());
            phone.screenshotWholePage("complaint-status-phone.png");
        }
    }

}
