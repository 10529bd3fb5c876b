package com.envgrid.api.web;

import static com.envgrid.api.grid.GridFiles.geoJson;
import static com.envgrid.api.grid.GridFiles.geometry;
import static com.envgrid.api.grid.GridFiles.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.api.ApiClient;
import com.envgrid.api.Sql;
import com.envgrid.api.grid.EmptyLayer;
import com.envgrid.api.people.RosterWorkbooks;
import com.envgrid.core.source.DirectoryWorkbooks;
import com.envgrid.core.geo.file.Ogr;
import com.envgrid.core.source.CreditCode;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole onboarding of a district in one browser session, from an empty install and with the bureau's own files
 * only: the surveyor's GeoPackage in CGCS2000 Gauss–Krüger metres (codes that carry the hierarchy, a street
 * overhanging the district, clipped to it), the census directory and the staff roster as Excel workbooks, the rivers
 * as GeoJSON; then the rules saved and November's duties generated. Each step is reached from the checklist, and at
 * the end the checklist says the district is working.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "test.clock", value = "mutable")
@Property(name = "test.clock-start", value = "2026-11-20T02:00:00Z")
class FreshDistrictBrowserTest extends BrowserTestBase {
    private static final BrowserSession.Account ADMIN = new BrowserSession.Account(ApiClient.ADMIN,
            ApiClient.ADMIN_PASSWORD);
    private static final List<String> STEPS = List.of("grids", "directory", "rivers_zones", "people", "rules", "duties");

    @Inject
    Sql sql;
    @Inject
    EmptyLayer emptyLayer;

    @TempDir
    Path files;

    @Test
    void aNewAdministratorTakesAFreshInstallToAWorkingDistrictWithTheBureausOwnFiles() throws Exception {
        sql.clearRecords();
        sql.execute("DELETE FROM inspection_rules; DELETE FROM protection_zone");
        emptyLayer.reset();

        openBrowser();
        browser.signInAt("onboarding.html", ADMIN);
        awaitChecklist();
        assertEquals(List.of("todo", "todo", "todo", "todo", "todo", "todo"), states());

        follow("grids", "grids-import.html");
        importTheSurveyorsGeoPackage();

        follow("directory", "directory-import.html");
        importTheCensusWorkbook();
        uploadTheRivers();

        follow("people", "people.html");
        importTheRoster();

        follow("rules", "rules.html");
        browser.until("the rules never loaded", () -> browser.find(By.id("rules-save")).isEnabled());
        browser.find(By.id("rules-save")).click();
        browser.until("the rules were never saved",
                () -> browser.find(By.id("rules-status")).getText().contains("已保存"));

        follow("duties", "duties.html");
        generateNovembersDuties();

        browser.open("onboarding.html");
        awaitChecklist();
        assertEquals(List.of("done", "done", "done", "done", "done", "done"), states());
        assertEquals("已完成 6/6 步", browser.find(By.id("onboarding-progress")).getText());
        assertTrue(browser.find(By.id("onboarding-complete")).isDisplayed());
        String grids = step("grids").getText();
        assertTrue(grids.contains("共 5 个网格") && grids.contains("示例区：1 个区（示例区）"), grids);
        assertTrue(step("directory").getText().contains("监管对象 2 个，其中 0 个不在"), step("directory").getText());
        assertTrue(step("rivers_zones").getText().contains("河段 1 条，其中 0 条不经过"), step("rivers_zones").getText());
        assertTrue(step("people").getText().contains("无人巡查的网格 0 个"), step("people").getText());
        assertTrue(step("duties").getText().contains("2026年11月") && step("duties").getText().contains("0 个没有网格员"),
                step("duties").getText());
        browser.screenshot("fresh-district-done.png");
    }

    /**
     * District 320214 (0..20 × 0..10 units of 0.001°), streets 320214001 (west) and 320214002 (east, reaching one
     * unit past the district's east edge over half its height: ≈ 53,500 m² outside), a community in each; no parent
     * column — each code's parent is the longest code in the file it begins with.
     */
    private void importTheSurveyorsGeoPackage() throws Exception {
        Path gpkg = files.resolve("示例区网格.gpkg");
        Files.write(gpkg, Ogr.geoPackage(Ogr.collection(
                grid("320214", "示例区", "区", square(0, 0, 20, 10)),
                grid("320214001", "东城街道", "街道", square(0, 0, 10, 10)),
                grid("320214002", "西城街道", "街道", "POLYGON((10 0, 21 0, 21 5, 20 5, 20 10, 10 10, 10 0))"),
                grid("320214001001", "东城社区", "社区", square(0, 0, 10, 10)),
                grid("320214002001", "西城社区", "社区", square(10, 0, 20, 10))),
                "网格", "-s_srs", "EPSG:4326", "-t_srs", "EPSG:4549"));

        browser.find(By.id("import-file-input")).sendKeys(gpkg.toString());
        browser.until("the GeoPackage was never read", () -> "inspected".equals(importState())
                && !browser.driver().findElements(By.cssSelector("#import-keys tbody tr[data-key]")).isEmpty());
        String facts = browser.find(By.id("import-facts")).getText();
        assertTrue(facts.contains("4549") || facts.contains("Gauss"), "the file's coordinate system: " + facts);
        assertTrue(browser.find(By.id("import-keys")).getText().contains("东城街道"), "keys with sample values");
        new Select(browser.find(By.id("map-code"))).selectByValue("BM");
        new Select(browser.find(By.id("map-name"))).selectByValue("MC");
        new Select(browser.find(By.id("map-level-property"))).selectByValue("JB");
        new Select(browser.find(By.id("map-parent-rule"))).selectByValue("prefix");
        browser.find(By.cssSelector(".import-options summary")).click();
        browser.find(By.id("opt-clip")).click();

        browser.find(By.id("import-dry-run")).click();
        browser.until("the dry run never came back", () -> "dry-run".equals(importState()));
        assertTrue(browser.find(By.id("import-verdict")).getText().contains("可以导入"),
                browser.find(By.id("import-verdict")).getText());
        assertTrue(browser.find(By.id("import-changes")).getText().contains("将新增 5 个"),
                browser.find(By.id("import-changes")).getText());
        // the overhang is the one piece cut off: the rounding along the boundaries the reprojected grids share is not
        List<WebElement> clipped = browser.driver().findElements(
                By.cssSelector("#import-findings .finding-item[data-kind='CLIPPED_TO_PARENT']"));
        assertEquals(1, clipped.size(), clipped.stream().map(WebElement::getText).toList().toString());
        assertEquals(53_500, Double.parseDouble(clipped.get(0).getAttribute("data-area-m2")), 1_500);
        assertTrue(clipped.get(0).getText().contains("西城街道（320214002）"), clipped.get(0).getText());
        assertEquals(0, emptyLayer.storedGrids(), "a dry run stores nothing");
        browser.screenshot("fresh-district-grids.png");

        browser.find(By.id("import-accept")).click();
        browser.until("the import never finished", () -> "imported".equals(importState()));
        assertTrue(browser.find(By.id("status")).getText().contains("共 5 个网格"),
                browser.find(By.id("status")).getText());
    }

    /** The census workbook (a title above the header): a source in each street's community. */
    private void importTheCensusWorkbook() throws Exception {
        Path workbook = files.resolve("污染源名录.xlsx");
        Files.write(workbook, DirectoryWorkbooks.census("名录", DirectoryWorkbooks.HEADER,
                new Object[]{1, "清源化工有限公司", CreditCode.withCheckCharacter("91320214MA1J00011"), "新华路8号",
                        120.003, 30.002, "D"},
                new Object[]{2, "鸿山印染厂", CreditCode.withCheckCharacter("91320214MA1J00021"), "鸿山路1号",
                        120.015, 30.005, "D"}));
        browser.find(By.id("directory-file")).sendKeys(workbook.toString());
        browser.until("the header under the title was never found",
                () -> browser.find(By.id("directory-columns")).getText().contains("第 3 行为表头"));
        browser.find(By.id("directory-dry-run")).click();
        browser.until("the dry run never reported", () -> browser.find(By.id("directory-summary")).getText()
                .contains("可导入 2 行，有问题 0 行"));
        browser.until("accept never enabled", () -> browser.find(By.id("directory-accept")).isEnabled());
        browser.find(By.id("directory-accept")).click();
        browser.until("the directory was never imported",
                () -> browser.find(By.id("directory-status")).getText().contains("导入完成：新增 2 个"));
    }

    /** The rivers as GeoJSON on the same page: one segment through 东城社区. */
    private void uploadTheRivers() throws Exception {
        Path rivers = files.resolve("河段.geojson");
        Files.writeString(rivers, Ogr.collection(Ogr.feature("{\"编码\":\"R1\",\"河流名称\":\"望虞河\",\"河长\":\"刘河长\"}",
                "{\"type\":\"LineString\",\"coordinates\":[[120.005,30.002],[120.005,30.008]]}")));
        new Select(browser.find(By.id("boundary-kind"))).selectByValue("rivers");
        browser.find(By.id("boundary-file")).sendKeys(rivers.toString());
        browser.find(By.id("boundary-submit")).click();
        browser.until("the rivers were never imported",
                () -> browser.find(By.id("boundary-result")).getText().contains("已导入 1 个河段"));
    }

    /** The roster workbook: a supervisor for each community, a chief for each street. */
    private void importTheRoster() throws Exception {
        Path roster = files.resolve("花名册.xlsx");
        Files.write(roster, RosterWorkbooks.workbook(
                "周网格员,zhou-wgy,13800000021,网格员,320214001001,",
                "吴网格员,wu-wgy,13800000022,网格员,320214002001,",
                "郑网格长,zheng-wgz,13800000023,网格长,320214001,",
                "王网格长,wang-wgz,13800000024,网格长,320214002,"));
        browser.find(By.id("roster-file")).sendKeys(roster.toString());
        browser.find(By.id("roster-dry-run")).click();
        browser.until("the dry run never planned four accounts", () -> browser.driver()
                .findElements(By.cssSelector("#roster-table tr[data-action='create']")).size() == 4);
        browser.until("accept never enabled", () -> browser.find(By.id("roster-accept")).isEnabled());
        browser.find(By.id("roster-accept")).click();
        browser.until("the roster was never written", () -> "written".equals(
                browser.find(By.id("roster-summary")).getAttribute("data-state")));
        Map<String, String> staffed = Map.of("320214001001", "周网格员", "320214002001", "吴网格员");
        staffed.forEach((code, name) -> browser.until(code + " never showed " + name, () -> browser.find(
                By.cssSelector("#staffing-table tr[data-code='" + code + "'] .staffing-supervisors")).getText().equals(name)));
        Map<String, String> chiefs = Map.of("320214001", "郑网格长", "320214002", "王网格长");
        chiefs.forEach((code, name) -> assertEquals(name, browser.find(
                By.cssSelector("#staffing-table tr[data-code='" + code + "'] .staffing-chief")).getText()));
    }

    /** The month's duties, each source's with the supervisor of its community. */
    private void generateNovembersDuties() throws Exception {
        browser.until("the generate button never showed", () -> browser.find(By.id("duty-generate")).isDisplayed());
        browser.find(By.id("duty-generate")).click();
        browser.until("the duties were never generated",
                () -> browser.find(By.id("duty-status")).getText().contains("已生成"));
        assertTrue(browser.find(By.id("duty-status")).getText().contains("未分配 0 项"),
                browser.find(By.id("duty-status")).getText());
        browser.until("the sources' duties never listed", () -> supervisorsByTarget().keySet()
                .containsAll(List.of("清源化工有限公司", "鸿山印染厂")));
        Map<String, String> supervisors = supervisorsByTarget();
        assertEquals("周网格员", supervisors.get("清源化工有限公司"));
        assertEquals("吴网格员", supervisors.get("鸿山印染厂"));
        browser.screenshot("fresh-district-duties.png");
    }

    /** From the checklist: the step is still to do, and its action opens the page where it is done. */
    private void follow(String step, String page) {
        browser.open("onboarding.html");
        awaitChecklist();
        List<String> states = states();
        int at = STEPS.indexOf(step);
        assertEquals(List.of("done", "done", "done", "done", "done", "done").subList(0, at), states.subList(0, at),
                "the steps before " + step + ": " + states);
        assertEquals("todo", states.get(at), step);
        step(step).findElement(By.cssSelector(".onboarding-action")).click();
        browser.waitForPage(page);
    }

    private void awaitChecklist() {
        browser.until("the checklist never loaded", () -> states().size() == 6);
    }

    /** The steps' states in order, read in one go: the list may be redrawn between two looks at it. */
    private List<String> states() {
        return browser.driver().findElements(By.cssSelector("#onboarding-steps > li")).stream()
                .map(li -> li.getAttribute("data-state")).toList();
    }

    private WebElement step(String key) {
        return browser.find(By.cssSelector("#onboarding-steps > li[data-step='" + key + "']"));
    }

    private String importState() {
        return (String) browser.script("return document.body.dataset.importState || null;");
    }

    /** The duty table's rows: the target's name and its supervisor's. */
    private Map<String, String> supervisorsByTarget() {
        return browser.driver().findElements(By.cssSelector("#duty-table tbody tr")).stream()
                .filter(row -> !row.findElements(By.cssSelector(".duty-target-name")).isEmpty())
                .collect(Collectors.toMap(row -> row.findElement(By.cssSelector(".duty-target-name")).getText(),
                        row -> row.findElement(By.cssSelector(".col-supervisor")).getText(), (a, b) -> a));
    }

    /** A feature with the surveyor's own keys: BM the code, MC the name, JB the level. */
    private static String grid(String code, String name, String level, String wkt) {
        return Ogr.feature("{\"BM\":\"" + code + "\",\"MC\":\"" + name + "\",\"JB\":\"" + level + "\"}",
                geoJson(geometry(wkt)));
    }
}
