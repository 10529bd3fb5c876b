package com.envgrid.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.api.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;

/**
 * The map page as the district administrator sees it: Debian's headless Chromium opens the page served by the
 * API over the generated demo district, is sent to the login page, signs in with the demo administrator and comes
 * back to the map; the grids, the details panel and the level switcher are then used through the page itself.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
// application.yml pins 8080 for running the platform; a test must not collide with a running one.
@Property(name = "micronaut.server.port", value = "-1")
class MapPageBrowserTest extends BrowserTestBase {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    @BeforeEach
    void signInAsTheAdministrator() throws IOException {
        openBrowser();
        browser.signInAt("", BrowserSession.ADMIN);
    }

    @Test
    void theDistrictsFirstLevelGridsAreDrawnWhenTheMapOpens() {
        int drawn = waitForGrids("1");

        List<WebElement> paths = gridPaths();
        assertTrue(paths.size() >= 6, "expected the demo district's towns, streets and parks, got " + paths.size());
        assertEquals(paths.size(), drawn, "data-grids-loaded counts the drawn grids");
        assertTrue(paths.stream().allMatch(path -> !path.getAttribute("data-code").isBlank()),
                "every grid path carries its code");
        assertNotEquals("error", status().getAttribute("data-kind"), "status line: " + status().getText());
    }

    @Test
    void theHeaderNamesTheSignedInAdministratorAndLinksToThePeoplePage() {
        waitForGrids("1");
        JsonNode me = api().get("/api/me").json();

        browser.until("the header never named the signed-in person",
                () -> !browser.find(By.id("signed-in-name")).getText().isBlank());
        assertEquals(me.get("name").asText(), browser.find(By.id("signed-in-name")).getText());
        assertEquals("区局管理员 · 清源区", browser.find(By.id("signed-in-role")).getText());
        assertTrue(browser.offers("nav-people"), "an administrator is offered the people page");
        assertTrue(browser.find(By.id("logout")).isDisplayed(), "and a way to sign out");
    }

    @Test
    void clickingAGridShowsItsNameCodeLevelAndAreaInTheSidePanel() {
        waitForGrids("1");
        WebElement grid = gridPaths().get(0);
        String code = grid.getAttribute("data-code");
        JsonNode expected = gridFromApi(1, code);

        click(grid);

        WebElement details = browser.find(By.id("grid-details"));
        browser.until("details panel never showed grid " + code, () -> code.equals(field(details, "code").getText()));
        assertEquals(expected.get("name").asText(), field(details, "name").getText());
        assertFalse(field(details, "level").getText().isBlank(), "the panel gives the level");
        String area = field(details, "area").getText();
        assertTrue(area.contains("km²"), "area is given in km²: " + area);
        double areaKm2 = firstNumberIn(area);
        assertTrue(areaKm2 > 0, "area is positive: " + area);
        assertEquals(expected.get("area_km2").asDouble(), areaKm2, 0.006, "area rounded to two decimals");
    }

    @Test
    void switchingToSecondLevelGridsDrawsMoreGridsEachWithItsFirstLevelParent() throws IOException {
        int firstLevel = waitForGrids("1");

        browser.find(By.cssSelector("#level-switcher [value='2']")).click();

        int secondLevel = waitForGrids("2");
        assertEquals(secondLevel, gridPaths().size(), "data-grids-loaded counts the drawn grids");
        assertTrue(secondLevel > firstLevel,
                "second-level grids (" + secondLevel + ") outnumber first-level ones (" + firstLevel + ")");

        WebElement grid = gridPaths().get(gridPaths().size() / 2);
        String code = grid.getAttribute("data-code");
        JsonNode expected = gridFromApi(2, code);
        click(grid);
        WebElement details = browser.find(By.id("grid-details"));
        browser.until("details panel never showed grid " + code, () -> code.equals(field(details, "code").getText()));
        String parent = field(details, "parent").getText();
        assertTrue(parent.contains(expected.get("parent").asText()), "the panel gives the parent's code: " + parent);
        assertTrue(parent.contains(expected.get("parent_name").asText()), "the panel gives the parent's name: " + parent);
        browser.screenshot("map.png");
    }

    /** Waits until the page reports the grids of the given tier drawn, and returns their count. */
    private int waitForGrids(String tier) {
        By loaded = By.cssSelector("body[data-grids-loaded][data-grids-tier='" + tier + "']");
        browser.until("tier " + tier + " grids never loaded; status line: " + status().getText(),
                () -> !browser.driver().findElements(loaded).isEmpty());
        return Integer.parseInt(browser.find(By.tagName("body")).getAttribute("data-grids-loaded"));
    }

    private List<WebElement> gridPaths() {
        return browser.driver().findElements(By.cssSelector("path.grid-polygon"));
    }

    /** The API, asked with the token the page itself holds. */
    private ApiClient api() {
        return ApiClient.withToken(http, browser.token());
    }

    /** The API's own account of a grid: what the panel must agree with. */
    private JsonNode gridFromApi(int tier, String code) {
        JsonNode grids = api().exchange(HttpRequest.GET("/api/grids?tier=" + tier)
                .accept("application/geo+json, application/json")).json();
        for (JsonNode feature : grids.get("features")) {
            JsonNode properties = feature.get("properties");
            if (code.equals(properties.get("code").asText())) {
                return properties;
            }
        }
        throw new AssertionError("grid " + code + " drawn on the map is not in GET /api/grids?tier=" + tier);
    }

    private WebElement status() {
        return browser.find(By.id("status"));
    }

    private static WebElement field(WebElement details, String name) {
        return details.findElement(By.cssSelector("[data-field='" + name + "']"));
    }

    /** A real click; when a label, a park or a gap lies over the path's centre, the click goes to the path itself. */
    private void click(WebElement path) {
        try {
            path.click();
        } catch (ElementClickInterceptedException covered) {
            browser.script(
                    "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}));",
                    path);
        }
    }

    private static double firstNumberIn(String text) {
        Matcher matcher = NUMBER.matcher(text.replace(",", ""));
        assertTrue(matcher.find(), "no number in " + text);
        return Double.parseDouble(matcher.group());
    }
}
