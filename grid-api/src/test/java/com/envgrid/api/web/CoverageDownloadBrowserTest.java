package com.envgrid.api.web;

import com.envgrid.api.MutableClock;
import com.envgrid.core.geo.file.Ogr;
import com.envgrid.core.geo.file.OgrInfo;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coverage map's download of the period on show as a GIS file: the administrator picks CGCS2000 and GeoPackage
 * for November and gets every grid's coverage of November, which GDAL opens in EPSG:4490.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
@Property(name = "micronaut.server.port", value = "-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoverageDownloadBrowserTest extends BrowserTestBase {
    @Inject
    MutableClock clock;

    private CoverageFixture district;

    @BeforeAll
    void buildTheDistrict() {
        district = new CoverageFixture(http, clock);
    }

    @Test
    void thePeriodOnShowDownloadsAsAGeoPackageInCgcs2000() throws IOException {
        openBrowser();
        browser.signInAt("coverage.html", CoverageFixture.ADMIN);
        browser.open("coverage.html?period=" + CoverageFixture.MONTH);
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
}
