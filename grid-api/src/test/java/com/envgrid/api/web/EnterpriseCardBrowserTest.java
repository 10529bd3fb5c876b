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
import java.time.LocalDate;
import java.time.ZoneId;
import java.nio.file.Files;
import java.nio.file.Path;

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
        assertEquals(1, list.findElements(By.cssSelector(".enterprise-alert[data-kind='hw_stored_over_year']")).size());
        browser.screenshot("enterprise-record.png");
    }

    /**
     * The grade tab: this year's proposal with each indicator and the evidence behind it (a serious finding, its case
     * linked), the review form for the district's administrator; last year's published grade; and the public page
     * listing the works among last year's green enterprises.
     */
    @Test
    void theGradeTabShowsTheIndicatorsAndThePublishedGrade() throws IOException {
        String inspectedAt = clock.instant().minusSeconds(3600).atOffset(java.time.ZoneOffset.ofHours(8)).toString();
        var recorded = admin.exchange(HttpRequest.PUT("/api/inspections/" + java.util.UUID.randomUUID(),
                "{\"target\":{\"kind\":\"source\",\"code\":\"" + WORKS + "\"},\"inspected_at\":\"" + inspectedAt
                        + "\",\"fix\":{\"lon\":120.002,\"lat\":30.002,\"accuracy_m\":10},\"checklist\":{},"
                        + "\"findings\":[{\"category\":\"wastewater\",\"severity\":\"serious\",\"description\":\"暗管排污\"}]}")
                .contentType("application/json"));
        assertEquals(201, recorded.status(), String.valueOf(recorded.json()));
        long caseId = recorded.json().get("cases").get(0).asLong();
        int thisYear = clock.instant().atOffset(java.time.ZoneOffset.ofHours(8)).getYear();
        int lastYear = thisYear - 1;
        assertEquals(201, admin.post("/api/grading/" + lastYear + "/publish", "").status());

        openBrowser();
        browser.signInAt("enterprise.html?code=" + WORKS + "#grade", ADMIN);
        WebElement panel = browser.find(By.id("panel-grade"));
        browser.until("the grade never loaded", () -> "true".equals(panel.getAttribute("data-loaded")));
        WebElement serious = panel.findElement(By.cssSelector("tr[data-indicator='serious_findings']"));
        assertTrue(serious.getText().contains("严重问题"), serious.getText());
        assertEquals(1, serious.findElements(By.cssSelector("a[href$='cases.html?case=" + caseId + "']")).size(),
                "the evidence links to its case");
        // the other tabs' tests may add to the works' record: the page shows what the API proposes
        var proposal = admin.get("/api/enterprises/" + WORKS + "/grade").json().get("proposal");
        assertEquals(proposal.get("score").asInt() + " 分",
                panel.findElement(By.cssSelector("[data-field='proposed'] .grade-score")).getText());
        assertEquals(proposal.get("grade").asText(),
                panel.findElement(By.cssSelector("[data-field='proposed'] .grade-badge")).getAttribute("data-grade"));
        assertTrue(panel.findElement(By.cssSelector(".grade-review")).isDisplayed(), "the administrator reviews");
        browser.screenshotWholePage("enterprise-grade.png");

        new org.openqa.selenium.support.ui.Select(browser.find(By.id("grade-year"))).selectByValue(String.valueOf(lastYear));
        browser.until("last year's grade never loaded", () -> "true".equals(panel.getAttribute("data-loaded"))
                && !panel.findElements(By.cssSelector("[data-field='published'] .grade-badge")).isEmpty());
        assertEquals("green", panel.findElement(By.cssSelector("[data-field='published'] .grade-badge"))
                .getAttribute("data-grade"));
        assertTrue(panel.findElements(By.cssSelector(".grade-review")).isEmpty(), "a published grade is not reviewed");
        assertEquals("publish", panel.findElement(By.cssSelector(".grade-history li")).getAttribute("data-action"));

        browser.open("grading.html");
        WebElement district = browser.find(By.id("grading-table"));
        browser.until("the district's list never loaded", () -> "true".equals(district.getAttribute("data-loaded")));
        assertTrue(district.findElement(By.cssSelector("tr[data-code='" + WORKS + "'] a")).getAttribute("href")
                .endsWith("enterprise.html?code=" + WORKS + "#grade"), "each enterprise links to its grade tab");
        assertTrue(browser.find(By.id("grading-publish-button")).isDisplayed(), "this year is still to publish");
        browser.screenshot("grading.png");

        browser.open("public-grades.html?year=" + lastYear);
        WebElement list = browser.find(By.id("public-grades"));
        browser.until("the public list never loaded", () -> "true".equals(list.getAttribute("data-loaded")));
        WebElement row = list.findElement(By.cssSelector("tr[data-code='" + WORKS + "']"));
        assertEquals("green", row.getAttribute("data-grade"));
        assertTrue(row.getText().contains("澄川化工有限公司"), row.getText());
        browser.screenshot("public-grades.png");
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

    /**
     * The hazardous-waste tab: a paint shop beside the works (its own, so that the alert its transfer raises is not
     * on the works' record) generated 4 t this year and handed 3 t to a licensed receiver and 1 t to one without a
     * licence; the tab shows the rate, 75 %, and marks that transfer.
     */
    @Test
    void theWasteTabShowsTheRateAndMarksTheUnlicensedTransfer() throws IOException {
        String shop = CreditCode.withCheckCharacter("91320214MA1F00072");
        assertEquals(201, admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n"
                + shop + ",澄川喷涂有限公司,120.003,30.002,B\n").getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv")).status());
        String newYear = admin.get("/api/today").json().get("today").asText().substring(0, 4) + "-01-01";
        String base = "/api/enterprises/" + shop + "/waste";
        assertEquals(201, admin.post(base + "/generations", "{\"waste_code\":\"900-041-49\",\"generated_on\":\""
                + newYear + "\",\"tonnes\":4}").status());
        assertEquals(201, admin.post(base + "/manifests", "{\"number\":\"3202000000000101\",\"waste_code\":"
                + "\"900-041-49\",\"transferred_on\":\"" + newYear + "\",\"tonnes\":3,\"receiver_name\":"
                + "\"常州危废处置中心\",\"licence_number\":\"JS0400OOD001\",\"licence_valid_until\":\"2099-12-31\"}").status());
        assertEquals(201, admin.post(base + "/manifests", "{\"number\":\"3202000000000102\",\"waste_code\":"
                + "\"900-041-49\",\"transferred_on\":\"" + newYear + "\",\"tonnes\":1,\"receiver_name\":"
                + "\"某废品回收站\"}").status());

        openBrowser();
        browser.signInAt("enterprise.html?code=" + shop + "#waste", ADMIN);
        WebElement panel = browser.find(By.id("panel-waste"));
        browser.until("the waste tab never loaded", () -> "true".equals(panel.getAttribute("data-loaded")));
        assertEquals("true", browser.find(By.id("tab-waste")).getAttribute("aria-selected"));
        WebElement rate = panel.findElement(By.cssSelector(".waste-rate"));
        assertEquals("75%", rate.getText());
        assertTrue(rate.getAttribute("class").contains("below-target"), "below 100 % is marked");
        WebElement unlicensed = panel.findElement(By.cssSelector(
                ".waste-manifests tr[data-number='3202000000000102']"));
        assertEquals("false", unlicensed.getAttribute("data-licensed"));
        assertTrue(unlicensed.getText().contains("无有效许可证"), unlicensed.getText());
        assertTrue(panel.findElement(By.cssSelector(".waste-manifests tr[data-number='3202000000000101']")).getText()
                .contains("持证"));
        assertTrue(panel.findElement(By.cssSelector(".waste-manifest-form")).isDisplayed(),
                "an administrator records manifests here");
        browser.script("arguments[0].scrollIntoView({block: 'center'});", unlicensed);
        browser.screenshot("enterprise-waste.png");
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

    /**
     * An emergency reported next to the works: its page lists the works as near and the emergency team member on duty
     * who was told, and an action joins the timeline.
     */
    @Test
    void anEmergencyPageListsWhatIsNearAndTakesActions() throws IOException {
        assertEquals(200, admin.put("/api/emergency-team/" + java.util.UUID.randomUUID(), "{\"district\":\"D\","
                + "\"name\":\"钱监测\",\"phone\":\"13800000041\",\"unit\":\"区环境监测站\",\"speciality\":"
                + "\"monitoring\",\"duties\":[{\"from\":\"2020-01-01\",\"to\":\"2099-12-31\"}]}").status());
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
        browser.until("the member on duty never showed as told", () -> browser.find(By.cssSelector(
                ".emergency-team-told tbody")).getText().contains("钱监测"));
        browser.until("the roster never showed the member", () -> browser.find(By.cssSelector(
                ".emergency-team-table tbody")).getText().contains("2020-01-01 ~ 2099-12-31"));
        browser.find(By.id("action-text")).sendKeys("疏散周边人员，关闭雨水排口");
        browser.find(By.cssSelector("#emergency-action-form button[type='submit']")).click();
        WebElement timeline = browser.find(By.cssSelector(".emergency-timeline"));
        browser.until("the action never joined the timeline", () -> timeline.getText().contains("疏散周边人员"));
        browser.screenshot("emergency.png");
    }

    /** A pilot in A1 with one target met of two: the meeting's page colours A1 and lists the pilot at 50 %. */
    @Test
    void thePilotsPageShowsAPilotOnTheMapAndInTheTable() throws IOException {
        String id = java.util.UUID.randomUUID().toString();
        ApiClient chief = ApiClient.signedIn(http, "chief-a", StaffFixture.PASSWORD);
        var created = chief.post("/api/pilots", "{\"id\":\"" + id + "\",\"grid\":\"A1\",\"title\":\"澄川村整治试点\","
                + "\"fromYear\":2025,\"toYear\":2027,\"targets\":[{\"indicator\":\"农村生活污水治理率\",\"unit\":\"%\","
                + "\"kind\":\"rate\",\"target\":80},{\"indicator\":\"黑臭水体消除数\",\"unit\":\"个\",\"kind\":\"count\","
                + "\"target\":2}]}");
        assertEquals(201, created.status(), String.valueOf(created.json()));
        var entry = chief.post("/api/pilots/" + id + "/progress", "{\"id\":\"" + java.util.UUID.randomUUID()
                + "\",\"date\":\"2025-06-01\",\"indicator\":\"农村生活污水治理率\",\"value\":85}");
        assertEquals(200, entry.status(), String.valueOf(entry.json()));

        openBrowser();
        browser.signInAt("pilots.html", CHIEF_A);
        WebElement table = browser.find(By.cssSelector(".pilot-table tbody"));
        browser.until("the pilot never showed at 50 %", () -> table.getText().contains("澄川村整治试点")
                && table.getText().contains("50%"));
        browser.until("A1 was never drawn", () -> !browser.driver()
                .findElements(By.cssSelector("#pilot-map path.leaflet-interactive")).isEmpty());
        browser.screenshot("pilots.png");
    }

    /** Publicity (#18): the chief of A records a 6·5 event in A1 from publicity.html; the totals show it in A1 and A. */
    @Test
    void aChiefRecordsAPublicityEventAndSeesTheTotalsRollUp() throws IOException {
        openBrowser();
        browser.signInAt("publicity.html", CHIEF_A);
        browser.until("the form is for staff, shown once the page knows who is signed in",
                () -> browser.find(By.id("publicity-event-entry")).isDisplayed());
        browser.find(By.cssSelector("#publicity-event-entry summary")).click();
        browser.find(By.id("event-grid")).sendKeys("A1");
        browser.find(By.id("event-title")).sendKeys("六五环境日进社区");
        browser.find(By.id("event-place")).sendKeys("澄川社区广场");
        browser.find(By.id("event-attendance")).sendKeys("120");
        browser.find(By.id("event-organiser")).sendKeys("澄川社区");
        browser.find(By.cssSelector("#publicity-event-form button[type='submit']")).click();
        WebElement totals = browser.find(By.cssSelector(".publicity-totals tbody"));
        browser.until("the totals never showed the event in A1 and A", () -> totals.findElements(By.tagName("tr"))
                .stream().filter(row -> row.getText().contains("120")).count() == 2);
        assertTrue(browser.find(By.cssSelector(".publicity-table tbody")).getText().contains("六五环境日进社区"));
        browser.screenshot("publicity.png");
    }
}
