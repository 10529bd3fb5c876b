package com.envgrid.api.web;

import com.envgrid.api.ApiClient;
import com.envgrid.api.features.OgcDownloadsFixture;
import com.envgrid.api.grid.EmptyLayer;
import com.envgrid.api.people.StaffFixture;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The map's download of the tier on show as a GIS file: a supervisor picks CGCS2000 and Shapefile and gets the
 * grids they may read, which GDAL opens in EPSG:4490 with the Chinese names.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "test.clock", value = "mutable")
@Property(name = "test.clock-start", value = "2026-12-07T02:00:00Z")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GisDownloadBrowserTest extends BrowserTestBase {
    private static final BrowserSession.Account ROOT = new BrowserSession.Account(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
    private static final BrowserSession.Account SUPERVISOR = new BrowserSession.Account("sup-a1", StaffFixture.PASSWORD);

    @Inject
    EmptyLayer emptyLayer;

    @BeforeAll
    void district() {
        emptyLayer.startOver(ApiClient.asAdmin(http), OgcDownloadsFixture.districtInChinese());
        new StaffFixture(http);
    }

    private Path downloadsFolder() throws IOException {
        Path downloads = Files.createTempDirectory("envgrid-downloads-");
        browser.cdp("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        return downloads;
    }

    private void showTier(int tier) {
        browser.find(By.cssSelector("#level-switcher button[value='" + tier + "']")).click();
        browser.until("tier " + tier + " was never shown", () -> String.valueOf(tier)
                .equals(browser.find(By.tagName("body")).getAttribute("data-grids-tier")));
    }

    @Test
    void theAdministratorDownloadsTheTierOnShowAsAGeoPackageInWgs84() throws IOException {
        openBrowser();
        browser.signInAt("index.html", ROOT);
        Path downloads = downloadsFolder();
        showTier(2);
        assertTrue(browser.find(By.id("grids-download-what")).getText().contains("二级网格"));
        browser.find(By.cssSelector("#grids-gis-download [data-gis-download='gpkg']")).click();
        Path gpkg = downloads.resolve("grids-tier-2_2026-12-07.gpkg");
        browser.until("the GeoPackage was never downloaded", () -> Files.exists(gpkg));
        OgrInfo info = Ogr.info(Files.readAllBytes(gpkg), "grids.gpkg");
        assertEquals(4326, info.epsg());
        assertEquals(2, info.featureCount());
        assertTrue(info.text().contains("name (String) = 长江社区"), info.text());
    }

    @Test
    void aSupervisorDownloadsTheirGridAsAShapefileInCgcs2000() throws IOException {
        openBrowser();
        browser.signInAt("index.html", SUPERVISOR);
        Path downloads = downloadsFolder();
        showTier(2);
        new Select(browser.find(By.cssSelector("#grids-gis-download [data-gis-crs]"))).selectByValue("cgcs2000");
        browser.find(By.cssSelector("#grids-gis-download [data-gis-download='shp']")).click();
        Path zip = downloads.resolve("grids-tier-2_2026-12-07_cgcs2000.zip");
        browser.until("the Shapefile was never downloaded", () -> Files.exists(zip));
        OgrInfo info = Ogr.info(Files.readAllBytes(zip), "grids.zip");
        assertEquals(4490, info.epsg());
        assertEquals(1, info.featureCount());
        assertTrue(info.text().contains("name (String) = 春潮社区"), info.text());
        assertFalse(info.text().contains("长江社区"), info.text());
    }
}
