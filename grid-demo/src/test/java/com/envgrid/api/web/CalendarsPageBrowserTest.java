package com.envgrid.api.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules page's holiday calendars on 20 December 2026: the shipped years are listed, the page warns that 2027
 * has no calendar yet, and the administrator adds it; the warning goes and 2027 is listed as theirs.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "test.clock", value = "mutable")
@Property(name = "test.clock-start", value = "2026-12-20T02:00:00Z")
class CalendarsPageBrowserTest extends BrowserTestBase {

    @Test
    void theAdministratorIsWarnedOf2027AndAddsIt() throws IOException {
        try (BrowserSession browser = BrowserSession.open(server)) {
            browser.signInAt("rules.html", BrowserSession.ADMIN);
            browser.until("the calendars never loaded", () -> browser.find(By.id("calendars")).getAttribute("data-loaded") != null
                    && browser.find(By.id("calendar-form")).isDisplayed());
            WebElement warning = browser.find(By.id("calendar-warning"));
            assertTrue(warning.isDisplayed(), "a missing year is warned about");
            assertEquals("2027", warning.getAttribute("data-years"));
            assertEquals("published", browser.find(By.cssSelector("#calendar-rows tr[data-year='2026']")).getAttribute("data-source"));
            assertEquals("2027", browser.find(By.id("calendar-year")).getAttribute("value"), "the form offers the missing year");
            browser.find(By.id("calendar-holidays")).sendKeys("2027-01-01\n2027-10-01..2027-10-07");
            browser.find(By.id("calendar-make-ups")).sendKeys("2027-10-09");
            browser.screenshot("calendars.png");
            browser.find(By.id("calendar-save")).click();

            browser.until("2027 was never listed", () -> !browser.driver()
                    .findElements(By.cssSelector("#calendar-rows tr[data-year='2027'][data-source='"
                            + (shownDistrict(browser).isEmpty() ? "stored" : "district") + "']")).isEmpty());
            assertTrue(!browser.find(By.id("calendar-warning")).isDisplayed(), "nothing missing any more");
            assertTrue(browser.find(By.cssSelector("#calendar-rows tr[data-year='2027']")).getText()
                    .contains("2027-10-01..2027-10-07"));
        }
    }

    /** The district whose calendar the page shows ('' for the city's): the administrator's own. */
    private static String shownDistrict(BrowserSession browser) {
        return browser.find(By.id("rules-district")).getAttribute("value");
    }
}
