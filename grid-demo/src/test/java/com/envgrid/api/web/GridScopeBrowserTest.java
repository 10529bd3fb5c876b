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
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The map as the people in a grid see it: the server sends only the grids they may read, and the page draws
 * exactly those — a supervisor, who reads no first-level grid, starts at the tier where their grids are.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
class GridScopeBrowserTest extends BrowserTestBase {

    @BeforeEach
    void openTheBrowser() throws IOException {
        openBrowser();
    }

    @Test
    void theDemoSupervisorSeesExactlyTheirOwnGridsAndNoPeopleLink() {
        browser.signInAt("", BrowserSession.SUPERVISOR);

        String tier = waitForGrids();

        Set<String> fromApi = codesFromApi(tier);
        assertEquals(fromApi, drawnCodes(), "the map draws exactly the grids the API gives the supervisor");
        assertEquals(2, fromApi.size(), "the demo supervisor has two communities: " + fromApi);
        assertTrue(fromApi.stream().allMatch(code -> code.startsWith("320214001")),
                "both lie in 云溪街道 (320214001): " + fromApi);
        for (String other : new String[] {"1", "2", "3"}) {
            boolean hidden = codesFromApi(other).isEmpty();
            WebElement button = browser.find(By.cssSelector("#level-switcher button[value='" + other + "']"));
            assertEquals(hidden, !button.isDisplayed(), "tier " + other + " is offered only when it has grids");
        }
        assertFalse(browser.find(By.id("nav-people")).isDisplayed(), "a supervisor manages nobody");
        browser.until("the header never gave the role", () -> "网格员".equals(browser.find(By.id("signed-in-role")).getText()));
        assertTrue(browser.find(By.id("status")).getAttribute("data-kind").matches("info|warning"),
                "no error on the status line: " + browser.find(By.id("status")).getText());
    }

    @Test
    void theDemoChiefSeesTheirStreetAndIsOfferedThePeoplePage() {
        browser.signInAt("", BrowserSession.CHIEF);

        String tier = waitForGrids();

        assertEquals("1", tier, "a chief starts with their first-level grid");
        assertEquals(Set.of("320214001"), drawnCodes(), "the chief's street, and nothing else on the first tier");
        assertEquals(codesFromApi("1"), drawnCodes());
        browser.until("a chief is offered the people page",
                () -> browser.navLink("nav-people").isDisplayed());
        WebElement people = browser.find(By.id("nav-people"));

        people.click();

        browser.waitForPage("people.html");
        browser.until("the people table never loaded",
                () -> !browser.driver().findElements(By.cssSelector("#people-table[data-loaded]")).isEmpty());
        assertFalse(browser.driver().findElements(By.cssSelector("#people-table tr[data-username='supervisor']")).isEmpty(),
                "the chief sees the supervisor of their street");
        assertFalse(browser.find(By.id("person-form")).isDisplayed(), "only administrators add people");
    }

    /** Waits until the page reports a tier drawn and returns that tier. */
    private String waitForGrids() {
        By loaded = By.cssSelector("body[data-grids-loaded][data-grids-tier]");
        browser.until("no grids ever loaded; status line: " + browser.find(By.id("status")).getText(),
                () -> !browser.driver().findElements(loaded).isEmpty());
        return browser.find(By.tagName("body")).getAttribute("data-grids-tier");
    }

    private Set<String> drawnCodes() {
        Set<String> codes = new TreeSet<>();
        for (WebElement path : browser.driver().findElements(By.cssSelector("path.grid-polygon"))) {
            codes.add(path.getAttribute("data-code"));
        }
        return codes;
    }

    /** The grids of a tier as the API gives them to the person signed in on the page, with their own token. */
    private Set<String> codesFromApi(String tier) {
        ApiClient.Answer answer = ApiClient.withToken(http, browser.token())
                .exchange(HttpRequest.GET("/api/grids?tier=" + tier).accept("application/geo+json, application/json"));
        assertEquals(200, answer.status(), "GET /api/grids?tier=" + tier + ": " + answer.json());
        Set<String> codes = new TreeSet<>();
        for (JsonNode feature : answer.json().get("features")) {
            codes.add(feature.get("properties").get("code").asText());
        }
        return codes;
    }
}
