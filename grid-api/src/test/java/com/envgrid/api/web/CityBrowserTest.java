package com.envgrid.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.api.ApiClient;
import com.envgrid.api.MutableClock;
import com.envgrid.api.Sql;
import com.envgrid.api.coverage.TwoDistrictCity;
import com.envgrid.api.grid.EmptyLayer;
import com.envgrid.api.layer.LiveGridLayer;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The city's staff on the pages of the {@link TwoDistrictCity}: the coverage map starts at the city, showing its
 * districts, and goes down into one; the review page starts at the city's view — the districts side by side and
 * every first-level grid ranked — and goes down into one district's review.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
@Property(name = "micronaut.server.port", value = "-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CityBrowserTest extends BrowserTestBase {
    private static final BrowserSession.Account ADMIN = new BrowserSession.Account(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);

    @Inject
    MutableClock clock;

    @Inject
    EmptyLayer emptyLayer;

    @Inject
    Sql sql;

    @Inject
    LiveGridLayer layer;

    @BeforeAll
    void buildTheCity() {
        clock.set(Instant.parse("2026-11-25T02:00:00Z"));
        TwoDistrictCity.build(ApiClient.asAdmin(http), emptyLayer, sql, layer);
    }

    @Test
    void theCoverageMapStartsAtTheCityWithItsDistrictsAndGoesDownIntoOne() throws IOException {
        openBrowser();
        browser.signInAt("coverage.html", ADMIN);
        browser.open("coverage.html?period=" + TwoDistrictCity.MONTH);
        waitForView("district");

        assertEquals(Set.of("D", "E"), codes("path.grid-polygon"));
        assertEquals(List.of("全市"), crumbs(), "the city is the top of the drill-down");
        browser.until("the panel never showed the city's figures",
                () -> "city".equals(browser.find(By.id("coverage-grid")).getAttribute("data-code")));
        assertEquals("3", browser.find(By.cssSelector("#coverage-figures [data-field='objects_due']")).getText(),
                "the city's sources due: the boundary source once");
        browser.screenshot("coverage-city.png");

        browser.script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));",
                browser.find(By.cssSelector("path.grid-polygon[data-code='E']")));
        waitForView("first");
        assertEquals(Set.of("C", "F"), codes("path.grid-polygon"));
        assertEquals(List.of("全市", "grid E"), crumbs());
    }

    @Test
    void theReviewPageShowsTheCityThenADistrictsOwnReview() throws IOException {
        openBrowser();
        browser.signInAt("review.html", ADMIN);
        browser.open("review.html?quarter=" + TwoDistrictCity.QUARTER);
        browser.until("the city's view never loaded; status: " + browser.find(By.id("review-status")).getText(),
                () -> "city".equals(browser.find(By.tagName("body")).getAttribute("data-review-showing"))
                        && browser.find(By.id("review-table")).getAttribute("data-loaded") != null);

        assertEquals("city", browser.find(By.id("review-district")).getAttribute("value"));
        assertEquals(Set.of("D", "E"), codes("#review-districts tbody tr[data-code]"));
        assertEquals(Set.of("A", "B", "C", "F"), codes("#review-table tbody tr[data-code]"));
        assertTrue(browser.find(By.id("review-title")).getText().contains("全市"));
        assertTrue(browser.find(By.cssSelector("#review-districts tr[data-code='E']")).getText().contains("35%"),
                "each district with its weights");
        browser.screenshot("review-city.png");

        WebElement district = browser.find(By.cssSelector("#review-districts tr[data-code='E'] button.review-grid-name"));
        district.click();
        browser.until("E's review never loaded",
                () -> "live".equals(browser.find(By.tagName("body")).getAttribute("data-review-showing"))
                        && codes("#review-table tbody tr[data-code]").equals(Set.of("C", "F")));
        assertEquals("E", browser.find(By.id("review-district")).getAttribute("value"));
        assertTrue(browser.find(By.id("review-title")).getText().contains("grid E"));
        assertTrue(browser.find(By.id("review-publish-button")).isDisplayed(), "the city administrator publishes it");
    }

    private void waitForView(String level) {
        By loaded = By.cssSelector("body[data-coverage-loaded][data-coverage-level='" + level + "']");
        browser.until(level + " never shown; status: " + browser.find(By.id("status")).getText(),
                () -> !browser.driver().findElements(loaded).isEmpty());
    }

    private Set<String> codes(String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream()
                .map(element -> element.getAttribute("data-code")).collect(Collectors.toSet());
    }

    private List<String> crumbs() {
        return browser.driver().findElements(By.cssSelector("#coverage-breadcrumb .crumb")).stream()
                .map(WebElement::getText).toList();
    }
}
