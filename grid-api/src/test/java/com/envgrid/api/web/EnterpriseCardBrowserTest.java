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

    /** An emergency reported next to the works: its page lists the works as near, and an action joins the timeline. */
    @Test
    void anEmergencyPageListsWhatIsNearAndTakesActions() throws IOException {
        String id = java.util.UUID.randomUUID().toString();
        ApiClient chief = ApiClient.signedIn(http, "chief-a", StaffFixture.PASSWORD);
        var opened = chief.post("/api/emergencies", "{\"id\":\"" + id + "\",\"type\":\"hazardous_chemicals\","
                + "\"level\":\"larger\",\"lon\":120.003,\"lat\":30.002,\"occurredAt\":\""
                + clock.instant().minusSeconds(3600) + "\",\"description\":\"储罐泄漏\"}");
        assertEquals(201, opened.status(), String.valueOf(opened.json()));

        openBrowser();
        browser.signInAt("emergencies.html?id=" + id, CHIEF_A);
        WebElement sources = browser.find(By.cssSelector(".emergency-sources tbody"));
        browser.until("the works never showed as near", () -> sources.getText().contains("澄川化工有限公司"));
        browser.find(By.id("action-text")).sendKeys("疏散周边人员，关闭雨水排口");
        browser.find(By.cssSelector("#emergency-action-form button[type='submit']")).click();
        WebElement timeline = browser.find(By.cssSelector(".emergency-timeline"));
        browser.until("the action never joined the timeline", () -> timeline.getText().contains("疏散周边人员"));
        browser.screenshot("emergency.png");
    }
}
