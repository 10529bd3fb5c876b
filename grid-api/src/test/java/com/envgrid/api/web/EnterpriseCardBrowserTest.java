package com.envgrid.api.web;

import com.envgrid.api.ApiClient;
import com.envgrid.api.enterprise.EnterpriseAlerts;
import com.envgrid.api.grid.GridFiles;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.core.enterprise.AlertKind;
import com.envgrid.core.source.CreditCode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The enterprise card (企业档案), in the small district (towns A and B; communities A1, A2 in A) with the staff
 * fixture: a chemical works in A1. The grid's chief opens its card from the map's panel and reads each tab. Each
 * tab's test stands on the same district and enterprise.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnterpriseCardBrowserTest extends BrowserTestBase {
    static final String WORKS = CreditCode.withCheckCharacter("91320214MA1F00071");
    static final BrowserSession.Account CHIEF_A = new BrowserSession.Account("chief-a", StaffFixture.PASSWORD);
    static final BrowserSession.Account ADMIN = new BrowserSession.Account(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);

    @Inject
    Clock clock;

    @Inject
    EnterpriseAlerts alerts;

    ApiClient admin;
    StaffFixture staff;

    @BeforeAll
    void aChemicalWorksInA1() {
        admin = ApiClient.asAdmin(http);
        assertEquals(201, admin.post("/api/grids/import", GridFiles.smallDistrict().json()).status());
        assertEquals(201, admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n"
                + WORKS + ",澄川化工有限公司,120.002,30.002,B\n").getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv")).status());
        staff = new StaffFixture(http);
    }

    /** The record tab lists what the platform raised about the works, each alert once, with the case it opened. */
    @Test
    void theRecordTabShowsTheAlertsAndTheirCases() throws IOException {
        var raised = alerts.raise(WORKS, "A1", AlertKind.HW_STORED_OVER_YEAR, "HW49:900-041-49",
                "废活性炭 2.4 吨自 2025-10-02 起贮存", clock.instant());
        assertTrue(raised.isPresent() && raised.get().caseId() != null, "a storage past a year opens a case");
        assertTrue(alerts.raise(WORKS, "A1", AlertKind.HW_STORED_OVER_YEAR, "HW49:900-041-49", "again",
                clock.instant()).isEmpty(), "the same alert is raised once");

        openBrowser();
        browser.signInAt("index.html", CHIEF_A);
        browser.until("the works never appeared on the map",
                () -> !browser.driver().findElements(By.cssSelector("path.source-marker[data-code='" + WORKS + "']")).isEmpty());
        browser.script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));",
                browser.find(By.cssSelector("path.source-marker[data-code='" + WORKS + "']")));
        WebElement link = browser.find(By.cssSelector("#source-details .enterprise-link a"));
        browser.until("the panel never showed the works", () -> link.isDisplayed());
        link.click();
        browser.until("the card never opened", () -> browser.onPage("enterprise.html"));
        browser.until("the card never named the works",
                () -> browser.find(By.cssSelector("#source-details [data-field='name']")).getText().equals("澄川化工有限公司"));
        WebElement list = browser.find(By.cssSelector("#panel-record .enterprise-alerts"));
        browser.until("the alerts never loaded", () -> "true".equals(list.getAttribute("data-loaded")));
        WebElement alert = list.findElement(By.cssSelector(".enterprise-alert[data-kind='hw_stored_over_year']"));
        assertTrue(alert.getText().contains("危险废物贮存超过一年"), alert.getText());
        assertTrue(alert.findElement(By.tagName("a")).getAttribute("href")
                .endsWith("cases.html?case=" + raised.get().caseId()), "the alert links to its case");
        assertEquals(1, list.findElements(By.cssSelector(".enterprise-alert")).size());
        browser.screenshot("enterprise-record.png");
    }

    /**
     * Siting checks (#18): an administrator uploads a site inside a first-class zone of A1 from siting.html, sees the
     * verdict and the rule of article 65 with the site and the zone on the report's map, and finds it in the year's list.
     */
    @Test
    void anAdministratorChecksASiteFromTheSitingPage() throws IOException {
        assertEquals(201, admin.post("/api/zones/import", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":"
                + "\"Feature\",\"properties\":{\"code\":\"Z-S\",\"name\":\"澄川水源地\",\"level\":\"一级\"},\"geometry\":"
                + GridFiles.geoJson(GridFiles.geometry(GridFiles.square(5, 1, 8, 4))) + "}]}").status());
        Path site = Files.createTempFile("site", ".geojson");
        Files.writeString(site, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[120.0065,30.0025]}}]}");

        openBrowser();
        browser.signInAt("siting.html", ADMIN);
        browser.until("the form is for administrators, shown once the page knows who is signed in",
                () -> browser.find(By.id("siting-project")).isDisplayed());
        browser.find(By.id("siting-project")).sendKeys("年产万吨化工项目");
        browser.find(By.id("siting-applicant")).sendKeys("澄川化工有限公司");
        browser.find(By.id("siting-file")).sendKeys(site.toString());
        browser.find(By.id("siting-save")).click();
        WebElement verdict = browser.find(By.id("siting-verdict"));
        browser.until("the report never showed its verdict", () -> "prohibited".equals(verdict.getAttribute("data-verdict")));
        assertTrue(verdict.getText().contains("禁止"), verdict.getText());
        assertTrue(browser.find(By.id("siting-rules")).getText().contains("第六十五条"));
        browser.until("the map never drew the site and the zone",
                () -> browser.driver().findElements(By.cssSelector("#siting-map path.leaflet-interactive")).size() >= 2);
        browser.until("the list never showed the check", () -> browser.find(By.id("siting-table")).getText()
                .contains("年产万吨化工项目"));
        assertTrue(browser.onPage("siting.html"));
        browser.screenshot("siting-report.png");
    }
}
