package com.envgrid.api.web;

import com.envgrid.api.ApiClient;
import com.envgrid.api.enterprise.EnterpriseAlerts;
import com.envgrid.api.grid.GridFiles;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.api.shared.DistrictTime;
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

    @Inject
    DistrictTime districtTime;

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
     * The radiation tab: the licence 30 days from its expiry marked as about to expire, the sealed sources most
     * dangerous class first with the one its licence does not permit marked, and an administrator recording a device.
     */
    @Test
    void theRadiationTabShowsTheLicenceExpiringAndTheSourcesByClass() throws IOException {
        java.time.LocalDate expiry = districtTime.today().plusDays(30);
        String base = "/api/enterprises/" + WORKS + "/radiation/";
        assertEquals(200, admin.put(base + "licence", "{\"number\":\"苏环辐证[00071]\","
                + "\"source_classes\":[\"IV\",\"V\"],\"device_classes\":[\"III\"],\"issued_on\":\""
                + expiry.minusYears(5) + "\",\"expires_on\":\"" + expiry + "\"}").status());
        for (String[] source : new String[][]{{"0320CS000005", "V"}, {"0320CS000002", "II"}, {"0320CS000004", "IV"}}) {
            assertEquals(201, admin.put(base + "sources/" + source[0], "{\"nuclide\":\"Cs-137\","
                    + "\"class\":\"" + source[1] + "\",\"activity\":3.7,\"activity_unit\":\"GBq\",\"activity_on\":"
                    + "\"2020-05-01\",\"location\":\"料位计\"}").status());
        }

        openBrowser();
        browser.signInAt("enterprise.html?code=" + WORKS + "#radiation", ADMIN);
        WebElement panel = browser.find(By.id("panel-radiation"));
        browser.until("the radiation tab never loaded", () -> "true".equals(panel.getAttribute("data-loaded")));
        WebElement licence = panel.findElement(By.cssSelector(".radiation-licence"));
        assertEquals("expiring", licence.getAttribute("data-standing"));
        assertEquals("即将到期（剩余 30 天）", licence.findElement(By.cssSelector("[data-field='standing']")).getText());
        assertTrue(licence.getText().contains("苏环辐证[00071]"), licence.getText());
        var rows = panel.findElements(By.cssSelector(".radiation-sources tbody tr"));
        assertEquals(java.util.List.of("II", "IV", "V"), rows.stream().map(r -> r.getAttribute("data-class")).toList());
        assertEquals("true", rows.get(0).getAttribute("data-outside-licence"));
        assertTrue(rows.get(0).getText().contains("超出许可范围"), rows.get(0).getText());
        assertEquals("false", rows.get(1).getAttribute("data-outside-licence"));
        assertTrue(panel.findElement(By.cssSelector(".radiation-frequency")).getText().contains("每 1 个月一次"));

        browser.screenshot("enterprise-radiation-licence.png");

        WebElement form = panel.findElement(By.cssSelector(".radiation-device-form"));
        form.findElement(By.tagName("summary")).click();
        BrowserSession.type(form.findElement(By.name("serial")), "XG-2019-07");
        BrowserSession.type(form.findElement(By.name("kind")), "工业X射线探伤机");
        BrowserSession.type(form.findElement(By.name("model")), "XXG-2505");
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name("class"))).selectByValue("III");
        BrowserSession.type(form.findElement(By.name("location")), "探伤室");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        browser.until("the device never appeared", () -> panel.findElements(
                By.cssSelector(".radiation-devices tbody tr[data-class='III']")).size() == 1);
        browser.screenshot("enterprise-radiation.png");
    }
}
