package com.envgrid.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map page as a person sees it: Debian's headless Chromium opens the page served by the API
 * over the generated demo district, and the grids, the details panel and the level switcher are
 * used through the page itself. Chromium and chromedriver come from Debian's packages at /usr/bin;
 * nothing is downloaded.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
// application.yml pins 8080 for running the platform; a test must not collide with a running one.
@Property(name = "micronaut.server.port", value = "-1")
class MapPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    private Path profile;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        // Selenium Manager would otherwise try to download a driver and a browser.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("envgrid-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void theDistrictsFirstLevelGridsAreDrawnWhenTheMapOpens() {
        openMap();

        int drawn = waitForGrids("1");

        List<WebElement> paths = gridPaths();
        assertTrue(paths.size() >= 6, "expected the demo district's towns, streets and parks, got " + paths.size());
        assertEquals(paths.size(), drawn, "data-grids-loaded counts the drawn grids");
        assertTrue(paths.stream().allMatch(path -> !path.getAttribute("data-code").isBlank()),
                "every grid path carries its code");
        assertNotEquals("error", status().getAttribute("data-kind"), "status line: " + status().getText());
    }

    @Test
    void clickingAGridShowsItsNameCodeLevelAndAreaInTheSidePanel() throws IOException {
        openMap();
        waitForGrids("1");
        WebElement grid = gridPaths().get(0);
        String code = grid.getAttribute("data-code");
        JsonNode expected = gridFromApi(1, code);

        click(grid);

        WebElement details = browser.findElement(By.id("grid-details"));
        new WebDriverWait(browser, LOAD_TIMEOUT)
                .withMessage(() -> "details panel never showed grid " + code)
                .until(driver -> code.equals(field(details, "code").getText()));
        assertEquals(expected.get("name").getStringValue(), field(details, "name").getText());
        assertFalse(field(details, "level").getText().isBlank(), "the panel gives the level");
        String area = field(details, "area").getText();
        assertTrue(area.contains("km²"), "area is given in km²: " + area);
        double areaKm2 = firstNumberIn(area);
        assertTrue(areaKm2 > 0, "area is positive: " + area);
        assertEquals(expected.get("area_km2").getDoubleValue(), areaKm2, 0.006, "area rounded to two decimals");
    }

    @Test
    void switchingToSecondLevelGridsDrawsMoreGridsEachWithItsFirstLevelParent() throws IOException {
        openMap();
        int firstLevel = waitForGrids("1");

        browser.findElement(By.cssSelector("#level-switcher [value='2']")).click();

        int secondLevel = waitForGrids("2");
        assertEquals(secondLevel, gridPaths().size(), "data-grids-loaded counts the drawn grids");
        assertTrue(secondLevel > firstLevel,
                "second-level grids (" + secondLevel + ") outnumber first-level ones (" + firstLevel + ")");

        WebElement grid = gridPaths().get(gridPaths().size() / 2);
        String code = grid.getAttribute("data-code");
        JsonNode expected = gridFromApi(2, code);
        click(grid);
        WebElement details = browser.findElement(By.id("grid-details"));
        new WebDriverWait(browser, LOAD_TIMEOUT)
                .withMessage(() -> "details panel never showed grid " + code)
                .until(driver -> code.equals(field(details, "code").getText()));
        String parent = field(details, "parent").getText();
        assertTrue(parent.contains(expected.get("parent").getStringValue()), "the panel gives the parent's code: " + parent);
        assertTrue(parent.contains(expected.get("parent_name").getStringValue()), "the panel gives the parent's name: " + parent);
        saveScreenshot("map.png");
    }

    private void openMap() {
        browser.get(server.getURL() + "/");
    }

    /** Waits until the page reports the grids of the given tier drawn, and returns their count. */
    private int waitForGrids(String tier) {
        By loaded = By.cssSelector("body[data-grids-loaded][data-grids-tier='" + tier + "']");
        new WebDriverWait(browser, LOAD_TIMEOUT)
                .withMessage(() -> "tier " + tier + " grids never loaded; status line: " + status().getText())
                .until(driver -> !driver.findElements(loaded).isEmpty());
        return Integer.parseInt(browser.findElement(By.tagName("body")).getAttribute("data-grids-loaded"));
    }

    private List<WebElement> gridPaths() {
        return browser.findElements(By.cssSelector("path.grid-polygon"));
    }

    /** The API's own account of a grid: what the panel must agree with. */
    private JsonNode gridFromApi(int tier, String code) throws IOException {
        String body = http.toBlocking().retrieve(
                HttpRequest.GET("/api/grids?tier=" + tier).accept("application/geo+json, application/json"), String.class);
        for (JsonNode feature : json.readValue(body, JsonNode.class).get("features").values()) {
            JsonNode properties = feature.get("properties");
            if (code.equals(properties.get("code").getStringValue())) {
                return properties;
            }
        }
        throw new AssertionError("grid " + code + " drawn on the map is not in GET /api/grids?tier=" + tier);
    }

    private WebElement status() {
        return browser.findElement(By.id("status"));
    }

    private static WebElement field(WebElement details, String name) {
        return details.findElement(By.cssSelector("[data-field='" + name + "']"));
    }

    /** A real click; when a label, a park or a gap lies over the path's centre, the click goes to the path itself. */
    private void click(WebElement path) {
        try {
            path.click();
        } catch (ElementClickInterceptedException covered) {
            ((JavascriptExecutor) browser).executeScript(
                    "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}));",
                    path);
        }
    }

    private static double firstNumberIn(String text) {
        Matcher matcher = NUMBER.matcher(text.replace(",", ""));
        assertTrue(matcher.find(), "no number in " + text);
        return Double.parseDouble(matcher.group());
    }

    private void saveScreenshot(String fileName) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
    }
}
