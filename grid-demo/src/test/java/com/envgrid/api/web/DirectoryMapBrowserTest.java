package com.envgrid.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.api.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;

/**
 * The directory on the map: the demo district's supervised objects as markers coloured by rating, its river
 * segments and its protection zone, each behind a toggle; a click on a source describes it in the side panel. The
 * map draws exactly what the API gives the signed-in person.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
class DirectoryMapBrowserTest extends BrowserTestBase {

    @BeforeEach
    void openTheBrowser() throws IOException {
        openBrowser();
    }

    @Test
    void theAdministratorSeesEverySourceTheApiGivesAndAClickDescribesOne() throws IOException {
        browser.signInAt("", BrowserSession.ADMIN);

        int drawn = waitForLayer("sources");

        JsonNode features = fromApi("/api/sources").get("features");
        assertTrue(features.size() >= 40, "the demo directory has about 60 sources, the API gave " + features.size());
        assertEquals(features.size(), drawn, "data-sources-loaded counts what the API gave");
        assertEquals(features.size(), markers().size(), "one .source-marker per source");
        assertEquals(codesOf(features), drawnCodes(), "the markers are the API's sources, code for code");
        assertFalse(browser.driver().findElements(By.cssSelector("path.source-marker.key-discharger")).isEmpty(),
                "key dischargers are marked (the demo has some)");

        WebElement marker = browser.find(By.cssSelector("path.source-marker.key-discharger"));
        String code = marker.getAttribute("data-code");
        JsonNode expected = propertiesOf(features, code);
        click(marker);

        WebElement panel = browser.find(By.id("source-details"));
        browser.until("the side panel never described source " + code,
                () -> panel.isDisplayed() && code.equals(panel.getAttribute("data-code")));
        assertEquals(expected.get("name").asText(), field(panel, "name").getText(), "the panel names the source");
        if (expected.hasNonNull("credit_code")) {
            assertEquals(expected.get("credit_code").asText(), field(panel, "credit_code").getText());
        }
        assertTrue(field(panel, "rating").getText().contains(expected.get("rating").asText()),
                "the panel gives the rating: " + field(panel, "rating").getText());
        assertEquals("是", field(panel, "key_discharger").getText(), "a key discharger is said to be one");
        if (expected.hasNonNull("grid")) {
            assertTrue(field(panel, "grid").getText().contains(expected.get("grid").asText()),
                    "the panel gives the grid: " + field(panel, "grid").getText());
        }
        browser.screenshot("directory.png");
    }

    @Test
    void riversAndTheProtectionZoneAreDrawnAndEveryLayerHasItsToggle() {
        browser.signInAt("", BrowserSession.ADMIN);
        int sources = waitForLayer("sources");
        int rivers = waitForLayer("rivers");
        int zones = waitForLayer("zones");

        assertEquals(fromApi("/api/rivers").get("features").size(), rivers);
        assertEquals(fromApi("/api/zones").get("features").size(), zones);
        assertTrue(rivers >= 1 && zones >= 1, "the demo has river segments (" + rivers + ") and a zone (" + zones + ")");
        assertEquals(rivers, count("path.river-line"), "one line per river segment");
        assertEquals(zones, count("path.zone-polygon"), "one polygon per protection zone");

        toggle("toggle-sources");
        browser.until("sources still drawn with their toggle off", () -> count("path.source-marker") == 0);
        toggle("toggle-rivers");
        toggle("toggle-zones");
        browser.until("rivers or zones still drawn with their toggles off",
                () -> count("path.river-line") == 0 && count("path.zone-polygon") == 0);

        toggle("toggle-sources");
        browser.until("sources not drawn again", () -> count("path.source-marker") == sources);
    }

    @Test
    void theDemoSupervisorSeesOnlyTheSourcesOfTheirOwnGrids() {
        browser.signInAt("", BrowserSession.SUPERVISOR);

        int drawn = waitForLayer("sources");

        JsonNode mine = fromApi("/api/sources").get("features");
        assertEquals(mine.size(), drawn);
        assertEquals(codesOf(mine), drawnCodes(), "exactly the sources the API gives the supervisor");
        int all = ApiClient.asAdmin(http).exchange(HttpRequest.GET("/api/sources")
                .accept("application/geo+json, application/json")).json().get("features").size();
        assertTrue(drawn < all, "a supervisor sees fewer sources (" + drawn + ") than the district has (" + all + ")");
    }

    /** Waits until the page reports a directory layer drawn, and returns its count. */
    private int waitForLayer(String layer) {
        String attribute = "data-" + layer + "-loaded";
        browser.until(layer + " never drawn; status line: " + browser.find(By.id("status")).getText(),
                () -> browser.find(By.tagName("body")).getAttribute(attribute) != null);
        return Integer.parseInt(browser.find(By.tagName("body")).getAttribute(attribute));
    }

    /** A GeoJSON collection as the API gives it to the person signed in on the page, with their own token. */
    private JsonNode fromApi(String path) {
        ApiClient.Answer answer = ApiClient.withToken(http, browser.token())
                .exchange(HttpRequest.GET(path).accept("application/geo+json, application/json"));
        assertEquals(200, answer.status(), "GET " + path + ": " + answer.json());
        return answer.json();
    }

    private List<WebElement> markers() {
        return browser.driver().findElements(By.cssSelector("path.source-marker"));
    }

    private int count(String css) {
        return browser.driver().findElements(By.cssSelector(css)).size();
    }

    private Set<String> drawnCodes() {
        Set<String> codes = new TreeSet<>();
        markers().forEach(marker -> codes.add(marker.getAttribute("data-code")));
        return codes;
    }

    private static Set<String> codesOf(JsonNode features) {
        Set<String> codes = new TreeSet<>();
        features.forEach(feature -> codes.add(feature.get("properties").get("code").asText()));
        return codes;
    }

    private static JsonNode propertiesOf(JsonNode features, String code) {
        for (JsonNode feature : features) {
            if (code.equals(feature.get("properties").get("code").asText())) {
                return feature.get("properties");
            }
        }
        throw new AssertionError("source " + code + " drawn on the map is not in GET /api/sources");
    }

    private void toggle(String id) {
        browser.find(By.id(id)).click();
    }

    private static WebElement field(WebElement panel, String name) {
        return panel.findElement(By.cssSelector("[data-field='" + name + "']"));
    }

    /** A real click; when another marker or a line lies over the marker's centre, the click goes to the marker itself. */
    private void click(WebElement marker) {
        try {
            marker.click();
        } catch (ElementClickInterceptedException covered) {
            browser.script(
                    "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}));",
                    marker);
        }
    }
}
