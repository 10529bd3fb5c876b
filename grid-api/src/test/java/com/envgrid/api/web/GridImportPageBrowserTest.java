package com.envgrid.api.web;

import static com.envgrid.api.grid.GridFiles.geoJson;
import static com.envgrid.api.grid.GridFiles.geometry;
import static com.envgrid.api.grid.GridFiles.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.api.ApiClient;
import com.envgrid.api.grid.EmptyLayer;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The grid import page: an administrator picks a surveyor's GeoJSON whose keys are its own (BM, MC, JB, SJ), maps
 * them and dry-runs: a ring left open is refused with the feature it is in. In the next file the page shows on the
 * map and in the list an invalid ring and a street overhanging the district with its area in m², shows the overhang
 * on the map from the list, and offers no accepting; the corrected file is dry-run and imported: the layer has its
 * grids. Last, a community arrives as a GeoPackage in CGCS2000 Gauss–Krüger metres (made by GDAL's ogr2ogr): its
 * coordinate system is read from the file and it is merged in.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
class GridImportPageBrowserTest extends BrowserTestBase {
    private static final BrowserSession.Account ADMIN = new BrowserSession.Account(ApiClient.ADMIN,
            ApiClient.ADMIN_PASSWORD);

    @Inject
    EmptyLayer emptyLayer;

    @TempDir
    Path files;

    @BeforeEach
    void noGridsYet() {
        emptyLayer.reset();
    }

    @Test
    void aPieceUnderASquareMetreReadsLessThanOneNotZeroInBothLanguages() throws IOException {
        openBrowser();
        browser.signInAt("grids-import.html", ADMIN);
        for (String language : List.of("zh-CN", "en")) {
            // the page's own formatter, as the finding list and the map's popups call it
            Object shown = browser.script("""
                    const at = (path) => new URL(path, document.baseURI).href;
                    return Promise.all([import(at('js/components/format.js')), import(at('js/i18n/index.js'))])
                      .then(([format, i18n]) => {
                        i18n.setLanguage(arguments[0]);
                        return [format.formatSquareMetres(0.04), format.formatAreaM2(0.6), format.formatSquareMetres(0),
                          format.formatSquareMetres(1.2)];
                      });""", language);
            assertEquals(List.of("< 1 m²", "< 1 m²", "0 m²", "1 m²"), shown, language);
        }
    }

    @Test
    void anAdministratorSeesWhatIsWrongWithAFileOnTheMapAndImportsTheCorrectedOne() throws IOException {
        // District D (0..20 × 0..10 units of 0.001°); street A a bowtie (its ring crosses itself at 5,5); street B
        // reaching 1 unit (≈ 96 m) past the district's east edge over half its height: ≈ 53,500 m² outside.
        Path faulty = surveyorsFile("faulty.geojson",
                feature("D", "示例区", "区", null, square(0, 0, 20, 10)),
                feature("A", "东城街道", "街道", "D", "POLYGON((0 0, 10 0, 0 10, 10 10, 0 0))"),
                feature("B", "西城街道", "街道", "D", "POLYGON((10 0, 21 0, 21 5, 20 5, 20 10, 10 10, 10 0))"));
        Path corrected = surveyorsFile("corrected.geojson",
                feature("D", "示例区", "区", null, square(0, 0, 20, 10)),
                feature("A", "东城街道", "街道", "D", square(0, 0, 10, 10)),
                feature("B", "西城街道", "街道", "D", square(10, 0, 20, 10)));

        Path unclosed = surveyorsFile("unclosed.geojson",
                feature("D", "示例区", "区", null, square(0, 0, 20, 10)),
                "{\"type\":\"Feature\",\"properties\":{\"BM\":\"A\",\"MC\":\"东城街道\",\"JB\":\"街道\",\"SJ\":\"D\"},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[120,30],[120.01,30],[120.01,30.01],[120,30.01]]]}}");

        openBrowser();
        browser.signInAt("grids-import.html", ADMIN);
        browser.until("administrators find it in the header", () -> browser.offers("nav-grids-import"));
        choose(unclosed);
        mapKeys();
        browser.find(By.id("import-dry-run")).click();
        browser.until("the unreadable file was never refused", () -> "refused".equals(importState()));
        assertTrue(browser.find(By.id("import-verdict")).getText().contains("无法读取"));
        assertTrue(browser.find(By.id("import-problems")).getText().contains("第 2 个要素"),
                "where the file is wrong: " + browser.find(By.id("import-problems")).getText());

        choose(faulty);
        WebElement keys = browser.find(By.id("import-keys"));
        assertTrue(keys.getText().contains("JB") && keys.getText().contains("街道"), keys.getText());
        assertTrue(keys.getText().contains("西城街道"), "the keys come with sample values: " + keys.getText());
        mapKeys();

        browser.find(By.id("import-dry-run")).click();
        browser.until("the dry run never came back", () -> "dry-run".equals(importState()));
        assertTrue(browser.find(By.id("import-verdict")).getText().contains("不能导入"));
        assertFalse(browser.find(By.id("import-accept")).isDisplayed(), "a layer with errors cannot be accepted");
        WebElement overhang = findingItem("OUTSIDE_PARENT");
        double area = Double.parseDouble(overhang.getAttribute("data-area-m2"));
        assertEquals(53_500, area, 1_500);
        assertTrue(overhang.getText().contains("超出上级范围") && overhang.getText().contains("m²"), overhang.getText());
        assertTrue(findingItem("INVALID_GEOMETRY").getText().contains("A"));
        // on the map: the file's grids, the overhang as an area, the invalid ring's crossing as a point
        assertEquals(3, browser.driver().findElements(By.cssSelector("path.grid-polygon")).size());
        assertFalse(browser.driver().findElements(By.cssSelector("path.finding-outside_parent")).isEmpty());
        assertFalse(browser.driver().findElements(By.cssSelector("path.finding-invalid_geometry")).isEmpty());
        assertTrue(browser.find(By.id("legend-items")).getText().contains("几何无效"));

        Object zoomBefore = browser.script("return document.querySelector('#map .leaflet-map-pane').style.transform");
        browser.tap(overhang);
        browser.until("the overhang's popup never opened", () -> !browser.driver()
                .findElements(By.cssSelector(".finding-popup")).isEmpty());
        assertTrue(browser.find(By.cssSelector(".finding-popup")).getText().contains("超出上级范围"));
        browser.until("the map never moved to the overhang", () -> !String.valueOf(zoomBefore).equals(
                browser.script("return document.querySelector('#map .leaflet-map-pane').style.transform")));
        browser.screenshot("grids-import-findings.png");

        choose(corrected);
        mapKeys();
        browser.find(By.id("import-dry-run")).click();
        browser.until("the corrected file's dry run never came back", () -> "dry-run".equals(importState()));
        assertTrue(browser.find(By.id("import-verdict")).getText().contains("可以导入"));
        assertTrue(browser.find(By.id("import-changes")).getText().contains("将新增 3 个"),
                browser.find(By.id("import-changes")).getText());
        assertEquals(0, emptyLayer.storedGrids(), "a dry run stores nothing");

        browser.find(By.id("import-accept")).click();
        browser.until("the import never finished", () -> "imported".equals(importState()));
        assertTrue(browser.find(By.id("status")).getText().contains("已导入"), browser.find(By.id("status")).getText());
        assertEquals(3, emptyLayer.storedGrids());
        assertEquals(3, signedIn(ADMIN).get("/api/grids?tier=0").json().get("features").size()
                + signedIn(ADMIN).get("/api/grids?tier=1").json().get("features").size());
        browser.screenshot("grids-import-imported.png");

        // A surveyor's GeoPackage in CGCS2000 Gauss–Krüger metres (EPSG:4549): a community of A, merged in.
        Path community = geoPackageIn4549("community.gpkg", surveyorsFile("community.geojson",
                feature("A1", "东城社区", "社区", "A", square(0, 0, 10, 5))));
        browser.find(By.id("import-cancel")).click();
        choose(community);
        assertTrue(browser.find(By.id("import-facts")).getText().contains("4549")
                || browser.find(By.id("import-facts")).getText().contains("Gauss"), browser.find(By.id("import-facts")).getText());
        mapKeys();
        browser.find(By.id("import-dry-run")).click();
        browser.until("the GeoPackage's dry run never came back", () -> "dry-run".equals(importState()));
        assertTrue(browser.find(By.id("import-changes")).getText().contains("将新增 1 个"),
                browser.find(By.id("import-changes")).getText());
        browser.find(By.id("import-accept")).click();
        browser.until("the GeoPackage was never imported", () -> "imported".equals(importState()));
        assertEquals(4, emptyLayer.storedGrids());
        browser.screenshot("grids-import-geopackage.png");
    }

    /** The GeoJSON file as a surveyor's GeoPackage in CGCS2000 / 3-degree Gauss-Kruger CM 120E, made by GDAL. */
    private Path geoPackageIn4549(String name, Path geoJson) throws IOException {
        Path gpkg = files.resolve(name);
        Process ogr2ogr = new ProcessBuilder("ogr2ogr", "-f", "GPKG", "-s_srs", "EPSG:4326", "-t_srs", "EPSG:4549",
                gpkg.toString(), geoJson.toString()).redirectErrorStream(true).start();
        try {
            String output = new String(ogr2ogr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, ogr2ogr.waitFor(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return gpkg;
    }

    private void choose(Path file) {
        browser.find(By.id("import-file-input")).sendKeys(file.toAbsolutePath().toString());
        browser.until("the file was never read", () -> "inspected".equals(importState())
                && browser.find(By.cssSelector("#import-keys tbody tr[data-key]")) != null);
    }

    /** The surveyor's keys: BM the code, MC the name, JB the level, SJ the parent's code. */
    private void mapKeys() {
        new Select(browser.find(By.id("map-code"))).selectByValue("BM");
        new Select(browser.find(By.id("map-name"))).selectByValue("MC");
        new Select(browser.find(By.id("map-level-property"))).selectByValue("JB");
        new Select(browser.find(By.id("map-parent-rule"))).selectByValue("property");
        new Select(browser.find(By.id("map-parent"))).selectByValue("SJ");
    }

    private WebElement findingItem(String kind) {
        return browser.find(By.cssSelector("#import-findings .finding-item[data-kind='" + kind + "']"));
    }

    private String importState() {
        return (String) browser.script("return document.body.dataset.importState || null;");
    }

    private Path surveyorsFile(String name, String... features) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}",
                StandardCharsets.UTF_8);
        return file;
    }

    private static String feature(String code, String name, String level, String parent, String wkt) {
        List<String> properties = new ArrayList<>(List.of("\"BM\":\"" + code + "\"", "\"MC\":\"" + name + "\"",
                "\"JB\":\"" + level + "\""));
        properties.add("\"SJ\":" + (parent == null ? "null" : "\"" + parent + "\""));
        return "{\"type\":\"Feature\",\"properties\":{" + String.join(",", properties) + "},\"geometry\":"
                + geoJson(geometry(wkt)) + "}";
    }
}
