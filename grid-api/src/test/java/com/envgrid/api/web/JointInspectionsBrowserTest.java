package com.envgrid.api.web;

import com.envgrid.api.ApiClient;
import com.envgrid.api.grid.EmptyLayer;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.api.shared.DistrictTime;
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
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Joint inspections (联合督查) in the small district with a construction site in community A1: the administrator sets
 * up a campaign in town A with the chief of A on its team for 城管, chooses A1's sources as its targets, and the chief
 * records a finding, which the page lists under 城管.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JointInspectionsBrowserTest extends BrowserTestBase {
    static final String SITE = CreditCode.withCheckCharacter("91320214MA1K00001");
    static final BrowserSession.Account CHIEF_A = new BrowserSession.Account("chief-a", StaffFixture.PASSWORD);
    static final BrowserSession.Account ADMIN = new BrowserSession.Account(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);

    @Inject
    EmptyLayer emptyLayer;

    @Inject
    DistrictTime time;

    ApiClient admin;
    StaffFixture staff;

    @BeforeAll
    void aConstructionSiteInA1() {
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        assertEquals(201, admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n"
                + SITE + ",澄川建设工地,120.002,30.002,C\n").getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv")).status());
        staff = new StaffFixture(http);
    }

    @Test
    void anAdministratorSetsUpACampaignAndATeamMemberRecordsAFinding() throws IOException {
        LocalDate today = time.today();
        openBrowser();
        browser.signInAt("joint-inspections.html", ADMIN);
        WebElement create = browser.find(By.id("joint-create"));
        browser.until("the form for a new campaign never showed", create::isDisplayed);
        browser.tap(create.findElement(By.tagName("summary")));
        browser.type("joint-new-title", "澄川镇扬尘联合督查");
        browser.type("joint-new-theme", "扬尘");
        browser.type("joint-new-grid", "A");
        browser.script("document.getElementById('joint-new-from').value = arguments[0];"
                + " document.getElementById('joint-new-to').value = arguments[1];",
                today.minusDays(7).toString(), today.plusDays(7).toString());
        WebElement person = browser.find(By.cssSelector(".joint-member-row .joint-member-person"));
        browser.until("the people never loaded", () -> person.findElements(By.tagName("option")).size() > 1);
        new Select(person).selectByValue(String.valueOf(staff.chiefAId));
        new Select(browser.find(By.cssSelector(".joint-member-row .joint-member-department"))).selectByValue("urban");
        browser.tap(By.cssSelector("#joint-create-form button[type='submit']"));

        WebElement title = browser.find(By.id("joint-detail-title"));
        browser.until("the new campaign never opened", () -> title.getText().contains("澄川镇扬尘联合督查"));
        assertTrue(browser.find(By.id("joint-members")).getText().contains("chief-a"));
        browser.type("joint-grids", "A1");
        browser.tap(By.cssSelector("#joint-targets-form button[type='submit']"));
        WebElement targets = browser.find(By.cssSelector(".joint-targets tbody"));
        browser.until("A1's site never became a target", () -> targets.getText().contains("澄川建设工地"));
        WebElement list = browser.find(By.cssSelector(".joint-table tbody"));
        browser.until("the campaign never showed in the list", () -> list.getText().contains("澄川镇扬尘联合督查"));
        browser.screenshot("joint-campaign.png");

        browser.signInAt("joint-inspections.html", CHIEF_A);
        WebElement chiefList = browser.find(By.cssSelector(".joint-table tbody"));
        browser.until("the chief never saw the campaign", () -> chiefList.getText().contains("澄川镇扬尘联合督查"));
        browser.tap(By.cssSelector(".joint-table tbody .link-button"));
        WebElement record = browser.find(By.id("joint-record"));
        browser.until("the finding form never showed to the member", record::isDisplayed);
        browser.tap(record.findElement(By.tagName("summary")));
        assertTrue(!browser.find(By.id("joint-finding-department-field")).isDisplayed(),
                "a member records under their own department");
        new Select(browser.find(By.id("joint-finding-category"))).selectByValue("dust");
        new Select(browser.find(By.id("joint-finding-severity"))).selectByValue("serious");
        browser.type("joint-finding-description", "工地裸土未覆盖");
        browser.tap(By.cssSelector("#joint-record-form button[type='submit']"));
        WebElement findings = browser.find(By.id("joint-findings"));
        browser.until("the finding never showed under 城管", () -> findings.getText().contains("城管（1 项）")
                && findings.getText().contains("工地裸土未覆盖"));
        browser.screenshot("joint-findings.png");
        assertEquals(1, admin.get("/api/joint-campaigns").json().get(0).get("findings").asInt());
    }
}
