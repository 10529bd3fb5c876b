package com.envgrid.api.web;

import com.envgrid.api.ApiClient;
import com.envgrid.api.grid.EmptyLayer;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.util.List;

import static com.envgrid.api.grid.GridFiles.smallDistrict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OGC API's HTML as a browser shows it: from the landing page through the collections to a page of grids and one
 * grid, in the platform's style, under the pages' Content-Security-Policy, with names shown as text (markup in a name
 * stays text).
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
class OgcPagesBrowserTest extends BrowserTestBase {
    @Inject
    EmptyLayer emptyLayer;

    @Test
    void a_browser_walks_from_the_landing_page_to_one_grid() throws IOException {
        emptyLayer.startOver(ApiClient.asAdmin(http), smallDistrict().json().replace("grid B", "云溪街道 <b>北</b>"));
        openBrowser().recordCspViolations();
        browser.open("ogc/");
        assertEquals("网格化环境监管平台 · 要素服务", browser.find(By.cssSelector("main h2")).getText());
        assertNotEquals("none", browser.find(By.cssSelector(".app-header")).getCssValue("background-image"),
                "the platform's style sheet applies");
        browser.screenshotWholePage("ogc-landing.png");

        browser.find(By.linkText("要素集合")).click();
        browser.until("the collections", () -> browser.driver().getCurrentUrl().endsWith("/ogc/collections"));
        browser.find(By.linkText("要素 items")).click();
        browser.until("the grids' page", () -> browser.driver().getCurrentUrl().contains("/ogc/collections/grids/items"));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.data-table tbody tr"));
        assertEquals(2, rows.size(), "the public sees the towns and streets");
        assertTrue(rows.get(1).getText().contains("云溪街道 <b>北</b>"), rows.get(1).getText());
        assertTrue(browser.driver().findElements(By.cssSelector("td b")).isEmpty(), "markup in a name is text");
        browser.screenshotWholePage("ogc-items.png");

        browser.find(By.linkText("B")).click();
        browser.until("grid B's page", () -> browser.driver().getCurrentUrl().contains("/ogc/collections/grids/items/B"));
        assertTrue(browser.find(By.cssSelector("dl.details-fields")).getText().contains("street"));
        browser.screenshotWholePage("ogc-feature.png");
        assertEquals(List.of(), browser.cspViolations());
    }
}
