package com.envgrid.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page, opened by the person it is for, on a phone and on a desktop, over the demo district with its year of
 * activity: the page settles without an error on its status line and without a refused resource, and on the phone it
 * fits the screen's width (nothing to scroll sideways to). What each page looks like is kept as
 * {@code tour-<page>-<account>-<phone|desktop>.png} in the screenshots folder.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
@Property(name = "envgrid.demo.activity", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "test.clock", value = "mutable")
@Property(name = "test.clock-start", value = "2026-11-18T01:30:00Z")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageTourBrowserTest extends BrowserTestBase {

    /** Nobody signed in: the public pages and the login page. */
    private static final BrowserSession.Account NOBODY = null;

    private BrowserSession tourBrowser;
    private String tourSize;

    static Stream<Arguments> pages() {
        List<Arguments> pages = new ArrayList<>();
        for (String size : List.of("phone", "desktop")) {
            pages.add(Arguments.of("login.html", NOBODY, size));
            pages.add(Arguments.of("complaint.html", NOBODY, size));
            pages.add(Arguments.of("public-draw.html", NOBODY, size));
            pages.add(Arguments.of("index.html", BrowserSession.ADMIN, size));
            pages.add(Arguments.of("index.html", BrowserSession.VIEWER, size));
            pages.add(Arguments.of("coverage.html", BrowserSession.ADMIN, size));
            pages.add(Arguments.of("coverage.html", BrowserSession.CHIEF, size));
            pages.add(Arguments.of("review.html", BrowserSession.ADMIN, size));
            pages.add(Arguments.of("draws.html", BrowserSession.ADMIN, size));
            pages.add(Arguments.of("people.html", BrowserSession.ADMIN, size));
            pages.add(Arguments.of("rules.html", BrowserSession.ADMIN, size));
            pages.add(Arguments.of("notifications.html", BrowserSession.ADMIN, size));
            pages.add(Arguments.of("directory-import.html", BrowserSession.ADMIN, size));
            pages.add(Arguments.of("onboarding.html", BrowserSession.ADMIN, size));
            pages.add(Arguments.of("complaints.html", BrowserSession.CHIEF, size));
            pages.add(Arguments.of("complaint-entry.html", BrowserSession.CHIEF, size));
            pages.add(Arguments.of("cases.html", BrowserSession.CHIEF, size));
            pages.add(Arguments.of("inspections.html", BrowserSession.CHIEF, size));
            pages.add(Arguments.of("duties.html", BrowserSession.CHIEF, size));
            pages.add(Arguments.of("field.html", BrowserSession.SUPERVISOR, size));
            pages.add(Arguments.of("duties.html", BrowserSession.SUPERVISOR, size));
            pages.add(Arguments.of("grids-import.html", BrowserSession.ADMIN, size));
            pages.add(Arguments.of("api-keys.html", BrowserSession.SUPERVISOR, size));
        }
        return pages.stream();
    }

    @ParameterizedTest(name = "{0} as {1} on a {2}")
    @MethodSource("pages")
    void thePageSettlesWithoutAnErrorAndFitsTheScreen(String page, BrowserSession.Account account, String size)
            throws IOException {
        BrowserSession browser = browserFor(size);
        browser.startAfresh();
        if (account != NOBODY) {
            browser.open("login.html");
            browser.setToken(signedIn(account).token());
        }

        browser.open(page);
        browser.waitUntilSettled(page);

        String who = account == NOBODY ? "public" : account.username();
        browser.screenshot("tour-" + page.replace(".html", "") + "-" + who + "-" + size + ".png");
        assertTrue(browser.onPage(page), "the page kept " + who + " (now at " + browser.driver().getCurrentUrl() + ")");
        assertEquals(List.of(), browser.script("return [...document.querySelectorAll('[data-kind=\"error\"]')]"
                + ".filter(e => e.offsetParent !== null).map(e => e.id + ': ' + e.textContent);"),
                "status lines showing an error");
        assertEquals(List.of(), browser.cspViolations(), "resources the page was refused");
        if ("phone".equals(size)) {
            Number overflow = (Number) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow.intValue() <= 0, page + " is " + overflow + " px wider than the phone's screen");
        }
    }

    /**
     * The tour's browser of that size: one phone and one desktop browser for all the pages, started afresh before
     * each page ({@link BrowserSession#startAfresh()}), instead of a new browser per page.
     */
    private BrowserSession browserFor(String size) throws IOException {
        if (!size.equals(tourSize)) {
            closeTourBrowser();
            tourBrowser = "phone".equals(size) ? BrowserSession.openPhone(server) : BrowserSession.open(server, 1366, 900);
            tourSize = size;
            tourBrowser.recordCspViolations();
            tourBrowser.countRequests();
        }
        return tourBrowser;
    }

    @AfterAll
    void closeTourBrowser() throws IOException {
        if (tourBrowser != null) {
            tourBrowser.close();
            tourBrowser = null;
            tourSize = null;
        }
    }
}
