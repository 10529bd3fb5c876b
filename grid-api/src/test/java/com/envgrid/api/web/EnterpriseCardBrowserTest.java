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
import java.time.LocalDate;
import java.time.ZoneId;

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

    @Inject
    com.envgrid.api.Sql sql;

    /**
     * The plan tab (一厂一策) shows the works' plan with its progress and each measure — deadline, responsible person,
     * state, the overdue one marked —, and an administrator adds a measure through the tab's form.
     */
    @Test
    void thePlanTabShowsTheMeasuresAndProgressAndAnAdministratorAddsOne() throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
        var plan = admin.post("/api/enterprises/" + WORKS + "/plans", "{\"title\":\"VOCs 综合治理\",\"period\":\""
                + today.getYear() + "\",\"measures\":[{\"action\":\"安装VOCs在线监测\",\"deadline\":\"" + today.plusDays(30)
                + "\",\"responsible_name\":\"王厂长\",\"responsible_phone\":\"0510-12345678\"},{\"action\":\"更换活性炭吸附装置\","
                + "\"deadline\":\"" + today.plusDays(1) + "\",\"responsible_name\":\"赵工\",\"responsible_phone\":\"13800000000\"}]}");
        assertEquals(201, plan.status(), String.valueOf(plan.json()));
        // a deadline cannot be set in the past: this one passed since
        sql.execute("UPDATE plan_measure SET deadline = '" + today.minusDays(2) + "' WHERE action = '更换活性炭吸附装置'");

        openBrowser();
        browser.signInAt("enterprise.html?code=" + WORKS + "#plan", ADMIN);
        browser.until("the plan tab never opened",
                () -> !browser.driver().findElements(By.cssSelector("#panel-plan .plan-list")).isEmpty());
        WebElement list = browser.find(By.cssSelector("#panel-plan .plan-list"));
        browser.until("the plans never loaded", () -> "true".equals(list.getAttribute("data-loaded")));
        assertTrue(list.getText().contains("VOCs 综合治理"), list.getText());
        assertTrue(list.findElement(By.cssSelector(".plan-progress")).getText().contains("已核验 0 / 2 项"),
                list.findElement(By.cssSelector(".plan-progress")).getText());
        assertEquals(2, list.findElements(By.cssSelector("tr[data-measure]")).size());
        WebElement overdue = list.findElement(By.cssSelector("tr[data-status='overdue']"));
        assertTrue(overdue.getText().contains("更换活性炭吸附装置") && overdue.getText().contains("已逾期"), overdue.getText());
        assertTrue(list.getText().contains("王厂长") && list.getText().contains("0510-12345678"), "who answers for it");

        browser.type("plan-form-action", "设置废气排放口标识牌");
        browser.script("arguments[0].value = arguments[1];", browser.find(By.id("plan-form-deadline")),
                today.plusDays(60).toString());
        browser.type("plan-form-responsible_name", "李主任");
        browser.type("plan-form-responsible_phone", "13900000000");
        browser.find(By.cssSelector("#panel-plan .plan-form button[type='submit']")).click();
        browser.until("the new measure never appeared",
                () -> list.findElements(By.cssSelector("tr[data-measure]")).size() == 3);
        assertTrue(list.getText().contains("设置废气排放口标识牌"), list.getText());
        assertEquals(1, sql.count("SELECT count(*) FROM duty WHERE purpose = 'measure' AND target_code = '" + WORKS
                + "' AND due_by = '" + today.plusDays(60) + "'"), "the added measure has its verifying duty");
        browser.screenshot("enterprise-plan.png");
    }
}
