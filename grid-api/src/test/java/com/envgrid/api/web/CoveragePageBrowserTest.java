package com.envgrid.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.api.MutableClock;
import com.envgrid.core.geo.file.Ogr;
import com.envgrid.core.geo.file.OgrInfo;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The coverage map over the {@link CoverageFixture}'s district, November 2026, as the district administrator sees it:
 * the first-level grids coloured by the chosen measure, what nobody supervises hatched and the uncovered strip
 * marked; choosing another measure or period recolours them; a click goes down into a town and the breadcrumb back;
 * the panel gives the figures and trend of the grid in view; problems and complaints come and go with their toggle;
 * the period on show downloads as a GIS file (CGCS2000 and GeoPackage for November: every grid's coverage of November,
 * which GDAL opens in EPSG:4490).
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
@Property(name = "micronaut.server.port", value = "-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoveragePageBrowserTest extends BrowserTestBase {

    @Inject
    MutableClock clock;

    private CoverageFixture district;

    @BeforeAll
    void buildTheDistrict() {
        district = new CoverageFixture(http, clock);
    }

    /** Each test opens the map it needs: the district administrator's on a desktop, unless the test says otherwise. */
    private void openTheMapOfNovember() throws IOException {
        openBrowser();
        browser.signInAt("coverage.html?period=" + CoverageFixture.MONTH, CoverageFixture.ADMIN);
    }

    @Test
    void theDistrictViewColoursItsFirstLevelGridsByCoverageAndMarksWhatNobodySupervisesAndTheUncoveredStrip() throws IOException {
        openTheMapOfNovember();
        waitForView("first", CoverageFixture.MONTH);

        assertEquals(Set.of("A", "B"), drawnCodes());
        WebElement town = grid("A");
        assertEquals("1", town.getAttribute("data-value"), "A's one source due was inspected");
        assertEquals(legendColour("class-4"), town.getAttribute("fill"), "A is in the 100 % class");
        assertEquals("100%", legendText("class-4"));
        WebElement street = grid("B");
        assertEquals("null", street.getAttribute("data-value"), "nothing was due in B");
        assertEquals("#ced4da", street.getAttribute("fill"), "B is drawn as having no data");
        assertTrue(legendText("no-data").contains("无数据"));

        assertEquals(Set.of("B"), codes("path.unstaffed-overlay"),
                "nobody walks any part of B; A1's supervisor walks part of A, so A is not hatched");
        assertTrue(legendText("unstaffed").contains("（1）"), legendText("unstaffed"));
        assertEquals(1, browser.driver().findElements(By.cssSelector("path.gap-polygon")).size(), "the strip 18..20");
        assertTrue(legendText("gap").contains("（1）"), legendText("gap"));

        waitForPanel(CoverageFixture.DISTRICT);
        JsonNode whole = district.row(CoverageFixture.MONTH, "district", CoverageFixture.DISTRICT);
        assertEquals("9", figure("duties_due"), "the district's duties are A's nine");
        assertEquals(whole.get("duties_due").asText(), figure("duties_due"));
        assertEquals("1", figure("duties_done"));
        assertEquals("1", figure("problems_open"));
        assertEquals("1", figure("complaints_received"));
    }

    @Test
    void anotherMeasureOrPeriodRecoloursTheGridsAndTheLegend() throws IOException {
        openTheMapOfNovember();
        waitForView("first", CoverageFixture.MONTH);

        new Select(browser.find(By.id("coverage-measure"))).selectByValue("problems_open");
        browser.until("the map never showed open problems", () -> "1".equals(grid("A").getAttribute("data-value")));
        assertEquals("0", grid("B").getAttribute("data-value"));
        assertEquals(legendColour("class-1"), grid("A").getAttribute("fill"), "one open problem, the top class");
        assertEquals(legendColour("class-0"), grid("B").getAttribute("fill"));
        assertTrue(browser.find(By.id("legend-measure")).getText().contains("未办结问题"));
        assertTrue(browser.driver().getCurrentUrl().contains("measure=problems_open"), "the choice stays in the address");

        new Select(browser.find(By.id("coverage-period"))).selectByValue("2026-10");
        waitForView("first", "2026-10");
        assertEquals("0", grid("A").getAttribute("data-value"), "the problem was found in November");
        assertTrue(browser.find(By.id("status")).getText().contains("2026年10月"), browser.find(By.id("status")).getText());

        new Select(browser.find(By.id("coverage-period"))).selectByValue("custom");
        browser.until("the range form never opened", () -> browser.find(By.id("coverage-range")).isDisplayed());
        setDate("coverage-range-from", "2026-11-15");
        setDate("coverage-range-to", "2026-11-30");
        browser.find(By.cssSelector("#coverage-range button[type='submit']")).click();
        waitForView("first", "2026-11-15/2026-11-30");
        assertEquals(district.row("2026-11-15/2026-11-30", "first", "A").get("problems_open").asText(),
                grid("A").getAttribute("data-value"));
        assertEquals("1", grid("A").getAttribute("data-value"), "found on 20 November");
    }

    @Test
    void aClickGoesDownIntoATownItsFiguresAndTrendAreShownAndTheBreadcrumbLeadsBack() throws IOException {
        openTheMapOfNovember();
        waitForView("first", CoverageFixture.MONTH);

        click(grid("A"));
        waitForView("second", CoverageFixture.MONTH);
        assertEquals("A", browser.find(By.tagName("body")).getAttribute("data-coverage-parent"));
        assertEquals(Set.of("A1", "A2"), drawnCodes());
        assertEquals(List.of("grid D", "grid A"), crumbs());
        assertEquals(Set.of("A2"), codes("path.unstaffed-overlay"), "A1 has its supervisor");
        waitForPanel("A");
        assertEquals("9", figure("duties_due"));
        assertEquals("2 个社区中 1 个无网格员", browser.find(By.cssSelector("#coverage-grid [data-field='staffed']")).getText(),
                "A is staffed in part");

        click(grid("A1"));
        waitForPanel("A1");
        JsonNode a1 = district.row(CoverageFixture.MONTH, "second", "A1");
        assertEquals("5", figure("duties_due"), "the source and four patrols");
        assertEquals(a1.get("duties_due").asText(), figure("duties_due"));
        assertEquals("100%", figure("coverage"));
        WebElement trend = browser.find(By.id("coverage-trend"));
        browser.until("the trend of A1 was never drawn", () -> "A1".equals(trend.getAttribute("data-code")));
        assertEquals("2026-08,2026-09,2026-10,2026-11", trend.getAttribute("data-periods"), "the last four months");
        assertEquals("null,null,null,1", trend.getAttribute("data-values"), "coverage: nothing due before November");
        assertTrue(!trend.findElements(By.tagName("canvas")).isEmpty(), "ECharts drew the chart");
        browser.screenshot("coverage.png");

        browser.find(By.cssSelector("#coverage-breadcrumb button.crumb[data-depth='0']")).click();
        waitForView("first", CoverageFixture.MONTH);
        assertEquals(Set.of("A", "B"), drawnCodes());
        assertEquals(List.of("grid D"), crumbs());
        waitForPanel("A");
    }

    @Test
    void problemsAndComplaintsComeAndGoWithTheirToggleAndClusterWhenTheyCrowd() throws IOException {
        openTheMapOfNovember();
        waitForView("first", CoverageFixture.MONTH);
        assertEquals(0, pointsOnTheMap(), "the point layer starts off");

        browser.find(By.id("toggle-points")).click();
        browser.until("the points were never drawn",
                () -> "2".equals(browser.find(By.tagName("body")).getAttribute("data-points-shown")));
        browser.until("two points on the map", () -> pointsOnTheMap() == 2);
        assertEquals(Set.of("problem", "complaint"), browser.driver().findElements(By.cssSelector(".leaflet-marker-pane .point-marker"))
                .stream().map(marker -> marker.getAttribute("data-kind")).collect(Collectors.toSet()));
        assertTrue(legendText("point-problem").contains("（1）"), legendText("point-problem"));
        assertTrue(legendText("point-complaint").contains("（1）"), legendText("point-complaint"));

        // zoomed out, the two points half a kilometre apart crowd into one cluster
        browser.until("the points never clustered", () -> {
            if (browser.driver().findElements(By.cssSelector(".leaflet-marker-pane .point-cluster")).isEmpty()) {
                browser.find(By.cssSelector(".leaflet-control-zoom-out")).click();
                return false;
            }
            return true;
        });
        assertEquals("2", browser.find(By.cssSelector(".leaflet-marker-pane .point-cluster [data-count]")).getAttribute("data-count"));

        browser.find(By.id("toggle-points")).click();
        browser.until("the points never went", () -> pointsOnTheMap() == 0);
    }

    @Test
    void aSupervisorsMapOpensOnTheirCommunityAtTheSecondLevel() throws IOException {
        openBrowser();
        browser.signInAt("coverage.html?period=" + CoverageFixture.MONTH, CoverageFixture.SUPERVISOR);

        waitForView("second", CoverageFixture.MONTH);
        assertEquals(Set.of("A1"), drawnCodes(), "their one community, not an empty district");
        assertTrue(browser.find(By.id("status")).getText().contains("1"), browser.find(By.id("status")).getText());
        assertEquals(Set.of(), codes("path.unstaffed-overlay"));
        click(grid("A1"));
        waitForPanel("A1");
        assertEquals("5", figure("duties_due"));
    }

    @Test
    void onAPhoneTheDistrictFillsTheMapAndNoTwoLabelsOverlap() throws IOException {
        browser = BrowserSession.openPhone(server);
        browser.signInAt("coverage.html?period=" + CoverageFixture.MONTH, CoverageFixture.ADMIN);
        waitForView("first", CoverageFixture.MONTH);

        WebElement map = browser.find(By.id("map"));
        WebElement town = grid("A");
        double mapWidth = map.getRect().getWidth();
        assertTrue(town.getRect().getWidth() > mapWidth * 0.3,
                "the district fills the phone's map: A is " + town.getRect().getWidth() + " px of " + mapWidth);
        browser.until("the labels never settled apart", () -> labelsApart() > 0);
        browser.screenshot("coverage-phone.png");

        click(grid("A"));
        waitForView("second", CoverageFixture.MONTH);
        browser.until("the communities' labels never settled apart", () -> labelsApart() > 0);
    }

    @Test
    void desktopScreenshotAtTheCommonLaptopSize() throws IOException {
        browser = BrowserSession.open(server, 1366, 900);
        browser.signInAt("coverage.html?period=" + CoverageFixture.MONTH, CoverageFixture.ADMIN);
        waitForView("first", CoverageFixture.MONTH);
        browser.until("the labels never settled apart", () -> labelsApart() == 2);
        browser.screenshot("coverage-desktop.png");
    }

    @Test
    void thePeriodOnShowDownloadsAsAGeoPackageInCgcs2000() throws IOException {
        openTheMapOfNovember();
        browser.until("November was never shown", () -> CoverageFixture.MONTH
                .equals(browser.find(By.tagName("body")).getAttribute("data-period")));
        Path downloads = Files.createTempDirectory("envgrid-downloads-");
        browser.cdp("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        new Select(browser.find(By.cssSelector("#coverage-gis-download [data-gis-crs]"))).selectByValue("cgcs2000");
        browser.find(By.cssSelector("#coverage-gis-download [data-gis-download='gpkg']")).click();
        Path gpkg = downloads.resolve("coverage_2026-11-25_cgcs2000.gpkg");
        browser.until("the GeoPackage was never downloaded", () -> Files.exists(gpkg));

        OgrInfo info = Ogr.info(Files.readAllBytes(gpkg), "coverage.gpkg");
        assertEquals(4490, info.epsg());
        int matched = district.admin.get("/ogc/collections/coverage/items?f=json&limit=1&period="
                + CoverageFixture.MONTH).json().get("numberMatched").asInt();
        assertEquals(matched, info.featureCount());
        assertTrue(info.featureCount() >= 4, info.text());
        assertTrue(info.text().contains("A1"), info.text());
    }

    /**
     * How many grid labels are shown when none of them overlaps another and each lies on the map; -1 while any two
     * overlap.
     */
    @SuppressWarnings("unchecked")
    private int labelsApart() {
        List<Map<String, Object>> boxes = (List<Map<String, Object>>) browser.script("""
                return [...document.querySelectorAll('#map .leaflet-tooltip.grid-label')]
                  .filter(label => getComputedStyle(label).display !== 'none')
                  .map(label => { const r = label.getBoundingClientRect();
                                  return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; });""");
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (overlap(boxes.get(i), boxes.get(j))) {
                    return -1;
                }
            }
        }
        return boxes.size();
    }

    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        return n(a, "left") < n(b, "right") && n(b, "left") < n(a, "right")
                && n(a, "top") < n(b, "bottom") && n(b, "top") < n(a, "bottom");
    }

    private static double n(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }

    /** Markers standing alone plus the points inside clusters. */
    private int pointsOnTheMap() {
        int alone = browser.driver().findElements(By.cssSelector(".leaflet-marker-pane .point-marker")).size();
        int clustered = browser.driver().findElements(By.cssSelector(".point-cluster [data-count]")).stream()
                .mapToInt(count -> Integer.parseInt(count.getAttribute("data-count"))).sum();
        return alone + clustered;
    }

    private void waitForView(String level, String period) {
        By loaded = By.cssSelector("body[data-coverage-loaded][data-coverage-level='" + level + "'][data-period='" + period + "']");
        browser.until(level + " grids of " + period + " never shown; status: " + browser.find(By.id("status")).getText(),
                () -> !browser.driver().findElements(loaded).isEmpty());
    }

    private void waitForPanel(String code) {
        browser.until("the panel never showed " + code,
                () -> code.equals(browser.find(By.id("coverage-grid")).getAttribute("data-code")));
    }

    private WebElement grid(String code) {
        return browser.find(By.cssSelector("path.grid-polygon[data-code='" + code + "']"));
    }

    private Set<String> drawnCodes() {
        return codes("path.grid-polygon");
    }

    private Set<String> codes(String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream()
                .map(path -> path.getAttribute("data-code")).collect(Collectors.toSet());
    }

    private List<String> crumbs() {
        return browser.driver().findElements(By.cssSelector("#coverage-breadcrumb .crumb")).stream()
                .map(WebElement::getText).toList();
    }

    private String legendText(String key) {
        return browser.find(By.cssSelector("li[data-legend='" + key + "']")).getText();
    }

    private String legendColour(String key) {
        return browser.find(By.cssSelector("li[data-legend='" + key + "']")).getAttribute("data-color");
    }

    private String figure(String key) {
        return browser.find(By.cssSelector("#coverage-figures [data-field='" + key + "']")).getText();
    }

    /** A grid's path may lie under a label: the click goes to the path itself, as Leaflet listens there. */
    private void click(WebElement path) {
        browser.script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", path);
    }

    private void setDate(String id, String isoDate) {
        browser.script("arguments[0].value = arguments[1];", browser.find(By.id(id)), isoDate);
    }
}
