package com.envgrid.api.web;

import com.envgrid.api.ApiClient;
import com.envgrid.api.Sql;
import com.envgrid.api.grid.EmptyLayer;
import com.envgrid.api.grid.GridFiles;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.core.source.CreditCode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new administrator on a fresh install: the map, finding no grid, points them at the onboarding checklist, which
 * has six steps to do in Chinese, the first linking to the grid import page and the others waiting for it; once the
 * grids, the directory, a river, the people, the rules and November's duties are in, every step is done and the
 * checklist says the district is working.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "test.clock", value = "mutable")
@Property(name = "test.clock-start", value = "2026-11-20T02:00:00Z")
class OnboardingPageBrowserTest extends BrowserTestBase {
    private static final BrowserSession.Account ADMIN = new BrowserSession.Account(ApiClient.ADMIN,
            ApiClient.ADMIN_PASSWORD);

    @Inject
    Sql sql;
    @Inject
    EmptyLayer emptyLayer;

    @Test
    void aNewAdministratorIsLedFromAnEmptyInstallToAWorkingDistrict() throws Exception {
        sql.clearRecords();
        sql.execute("DELETE FROM rule_setting; DELETE FROM protection_zone");
        emptyLayer.reset();

        openBrowser();
        browser.signInAt("index.html", ADMIN);
        browser.until("the map never pointed at the checklist", () -> browser.find(By.id("onboarding-hint")).isDisplayed());
        browser.find(By.cssSelector("#onboarding-hint a")).click();
        browser.waitForPage("onboarding.html");
        browser.until("the checklist never loaded", () -> states().size() == 6);
        assertEquals(List.of("todo", "todo", "todo", "todo", "todo", "todo"), states());
        WebElement grids = step("grids");
        assertTrue(grids.getText().contains("网格边界") && grids.getText().contains("待完成"), grids.getText());
        assertTrue(grids.getText().contains("GeoPackage"), "says which files it takes: " + grids.getText());
        assertTrue(action(grids).getAttribute("href").endsWith("/grids-import.html"));
        assertTrue(step("directory").getText().contains("请先完成第 1 步"), step("directory").getText());
        assertTrue(browser.offers("nav-onboarding"), "administrators find it in the header");
        browser.screenshot("onboarding-empty.png");

        everyStepThroughTheApi();
        browser.find(By.id("onboarding-refresh")).click();
        browser.until("the steps never all turned done", () -> states().equals(List.of("done", "done", "done", "done",
                "done", "done")));
        assertTrue(browser.find(By.id("onboarding-complete")).isDisplayed());
        assertEquals("已完成 6/6 步", browser.find(By.id("onboarding-progress")).getText());
        assertTrue(step("grids").getText().contains("grid D：1 个区（grid D）"), step("grids").getText());
        assertTrue(step("duties").getText().contains("2026年11月"), step("duties").getText());
        browser.screenshot("onboarding-done.png");
    }

    /** What the six steps' pages do, done through the API: the browser test is about the checklist. */
    private void everyStepThroughTheApi() {
        ApiClient admin = ApiClient.asAdmin(http);
        assertEquals(201, admin.post("/api/grids/import", GridFiles.smallDistrict().json()).status());
        String csv = "统一社会信用代码,名称,经度,纬度,信用等级\n" + CreditCode.withCheckCharacter("91320214MA1E00011")
                + ",甲厂,120.002,30.002,D\n";
        assertEquals(201, admin.exchange(HttpRequest.POST("/api/sources/import", csv.getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv")).status());
        assertEquals(201, admin.post("/api/rivers/import", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":"
                + "\"Feature\",\"properties\":{\"编码\":\"R1\",\"河流名称\":\"望虞河\",\"河长\":\"刘河长\"},\"geometry\":"
                + "{\"type\":\"LineString\",\"coordinates\":[[120.005,30.002],[120.005,30.008]]}}]}").status());
        StaffFixture staff = new StaffFixture(http);
        staff.assign(staff.freshPerson("supervisor"), "A2", "supervisor");
        staff.assign(staff.freshPerson("supervisor"), "B", "supervisor");
        assertEquals(200, admin.exchange(HttpRequest.PUT("/api/rules", admin.get("/api/rules").json().toString())
                .contentType(MediaType.APPLICATION_JSON_TYPE)).status());
        assertEquals(200, admin.post("/api/duties/generate?period=2026-11", "").status());
    }

    /** The steps' states in order, read in one go: the list may be redrawn between two looks at it. */
    private List<String> states() {
        return browser.driver().findElements(By.cssSelector("#onboarding-steps > li")).stream()
                .map(li -> li.getAttribute("data-state")).toList();
    }

    private WebElement step(String key) {
        return browser.find(By.cssSelector("#onboarding-steps > li[data-step='" + key + "']"));
    }

    private static WebElement action(WebElement step) {
        return step.findElement(By.cssSelector(".onboarding-action"));
    }
}
