package com.envgrid.api.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page is served with a Content-Security-Policy that allows scripts and styles from this server only, and
 * no page breaks it: Chromium reports no violation on any of them, signed in as the administrator.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
class SecurityHeadersBrowserTest extends BrowserTestBase {
    private static final List<String> PAGES = List.of("index.html", "coverage.html", "review.html", "duties.html",
            "field.html", "cases.html", "complaints.html", "people.html", "rules.html", "draws.html", "notifications.html",
            "complaint.html", "complaint-entry.html", "public-draw.html", "login.html", "directory-import.html",
            "onboarding.html", "grids-import.html",
            "api-keys.html", "enterprise.html", "grading.html", "public-grades.html", "siting.html",
            "emergencies.html", "pilots.html", "publicity.html", "supervision-orders.html", "joint-inspections.html");

    @Test
    void pages_and_answers_carry_the_security_headers() {
        for (String path : List.of("/", "/people.html", "/js/pages/index.js", "/health")) {
            var headers = http.toBlocking().exchange(HttpRequest.GET(path), String.class).getHeaders();
            String csp = headers.get("Content-Security-Policy");
            assertTrue(csp != null && csp.contains("script-src 'self'") && csp.contains("style-src 'self'")
                    && csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertEquals("nosniff", headers.get("X-Content-Type-Options"), path);
            assertEquals("no-referrer", headers.get("Referrer-Policy"), path);
        }
    }

    @Test
    void no_page_meets_a_content_security_policy_violation() throws IOException {
        try (BrowserSession browser = BrowserSession.open(server)) {
            browser.recordCspViolations();
            browser.countRequests();
            browser.signInAt("people.html", BrowserSession.ADMIN);
            List<String> violations = new ArrayList<>();
            for (String page : PAGES) {
                browser.open(page);
                browser.waitUntilSettled(page); // the modules' fetches and their rendering
                browser.cspViolations().forEach(v -> violations.add(page + ": " + v));
            }
            assertEquals(List.of(), violations);
        }
    }
}
