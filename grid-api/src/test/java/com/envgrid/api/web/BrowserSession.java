package com.envgrid.api.web;

import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person at one browser: Debian's headless Chromium (and its chromedriver, both from /usr/bin; nothing is
 * downloaded) with a profile of its own, on the pages the API serves. Signing in asks for a token as the login page
 * does, or goes through the login page's form as a person would ({@link #signInThroughLoginPage}); the token then
 * lives in the tab's sessionStorage, where {@link #token()} reads it.
 */
final class BrowserSession implements AutoCloseable {

    /** A login; the demo accounts exist when the application starts with {@code envgrid.demo.enabled=true}. */
    record Account(String username, String password) {
    }

    static final Account ADMIN = new Account("admin", "Admin#2026demo");
    static final Account VIEWER = new Account("viewer", "Viewer#2026demo");
    /** 网格长 of 云溪街道 (320214001). */
    static final Account CHIEF = new Account("chief", "Chief#2026demo");
    /** 网格员 of the two communities of 320214001 with the smallest codes. */
    static final Account SUPERVISOR = new Account("supervisor", "Super#2026demo");

    static final Duration LOAD_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final String TOKEN_KEY = "envgrid.token";
    private static final String COUNT_REQUESTS = """
            window.requestsInFlight = 0;
            const originalFetch = window.fetch;
            window.fetch = (...args) => {
              window.requestsInFlight++;
              return originalFetch(...args).finally(() => window.requestsInFlight--);
            };""";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** One folder for every module's screenshots (the build sets it); this module's target/screenshots otherwise. */
    private static final Path SCREENSHOTS = Path.of(System.getProperty("envgrid.screenshots",
            Path.of(System.getProperty("basedir", "."), "target", "screenshots").toString()));

    /**
     * The next browser of each window size asked for so far, started ahead while the test before it runs: each test
     * still gets a new browser with a profile of its own, without waiting the seconds Chromium takes to start.
     */
    private static final Map<String, Future<Launched>> SPARES = new ConcurrentHashMap<>();
    private static final ExecutorService LAUNCHER = daemonThread("spare-browsers");
    /**
     * Closes the browsers of the tests that are over, while the next test runs: Chromium takes a second or two to
     * quit, which no test needs to wait for.
     */
    private static final ExecutorService CLOSER = daemonThread("closing-browsers");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(BrowserSession::closeAll, "close-browsers"));
    }

    private record Launched(Path profile, WebDriver driver) {
    }

    private final String baseUrl;
    private final Path profile;
    private final WebDriver driver;

    private BrowserSession(String baseUrl, Path profile, WebDriver driver) {
        this.baseUrl = baseUrl;
        this.profile = profile;
        this.driver = driver;
    }

    static BrowserSession open(EmbeddedServer server) throws IOException {
        return open(server, 1280, 900);
    }

    /**
     * A phone: a 390 × 844 CSS-pixel screen (an iPhone 12–14) that the page sees as a mobile one, so the page's
     * viewport meta and its narrow layout apply as on the phone.
     */
    static BrowserSession openPhone(EmbeddedServer server) throws IOException {
        BrowserSession phone = open(server, 390, 844);
        phone.cdp("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        phone.cdp("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        return phone;
    }

    /** A window of the given size in CSS pixels, e.g. a desktop's 1366 × 900. */
    static BrowserSession open(EmbeddedServer server, int width, int height) throws IOException {
        String size = width + "x" + height;
        Future<Launched> spare = SPARES.remove(size);
        Launched launched = spare == null ? null : takeSpare(spare);
        if (launched == null) {
            launched = launch(width, height);
        }
        SPARES.put(size, LAUNCHER.submit(() -> launch(width, height)));
        return new BrowserSession(server.getURL().toString(), launched.profile(), launched.driver());
    }

    /** A new Chromium, not yet on any page, with a profile of its own. */
    private static Launched launch(int width, int height) throws IOException {
        // Selenium Manager would otherwise try to download a driver and a browser.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("envgrid-chromium-");
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
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Launched(profile, new ChromeDriver(service, options));
    }

    /** The spare once it has started, or null if it could not start (the caller then starts one itself). */
    private static Launched takeSpare(Future<Launched> spare) {
        try {
            return spare.get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Closes the spares left when the tests are over, and waits for the browsers still closing. */
    private static void closeAll() {
        SPARES.values().forEach(spare -> {
            Launched launched = takeSpare(spare);
            if (launched != null) {
                new BrowserSession("", launched.profile(), launched.driver()).close();
            }
        });
        CLOSER.shutdown();
        try {
            CLOSER.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a page of the UI, e.g. {@code ""} (the map), {@code "people.html"}. */
    void open(String page) {
        driver.get(baseUrl + "/" + page);
    }

    /**
     * Forgets what the UI's pages kept in this browser — the tab's sessionStorage (the token), localStorage,
     * IndexedDB, service workers, cookies and cached files — so that the next page opens as in a new browser, for a
     * journey over many pages in one browser. What was set up through DevTools (the screen, scripts run on each new
     * page) stays.
     */
    void startAfresh() {
        open("favicon.svg"); // a document of the UI's origin that runs none of its scripts
        script("window.sessionStorage.clear(); window.localStorage.clear();");
        cdp("Storage.clearDataForOrigin", Map.of("origin", baseUrl, "storageTypes", "all"));
        cdp("Network.clearBrowserCache", Map.of());
    }

    /**
     * Signs in as the login page does — POST /login, the token kept in the tab's sessionStorage — and opens the page
     * (with its query, if any) signed in. The login page's form and its way back are the login page's own tests' subject
     * ({@link #signInThroughLoginPage}); every other test saves the login page's load and the redirected first one.
     */
    void signInAt(String page, Account account) {
        open("favicon.svg"); // a document of the UI's origin that runs none of its scripts
        setToken(tokenFor(account));
        open(page);
        String expected = fileOf(page);
        until("not on " + expected + " signed in as " + account.username() + "; at " + driver.getCurrentUrl(),
                () -> onPage(expected) && token() != null);
    }

    /**
     * Opens a page without being signed in, is sent to the login page, signs in there and waits until the
     * login page has sent the browser back to the page.
     */
    void signInThroughLoginPage(String page, Account account) {
        open(page);
        waitForPage("login.html");
        submitLogin(account.username(), account.password());
        String expected = fileOf(page);
        until("back on " + expected + " after signing in as " + account.username(),
                () -> onPage(expected) && token() != null);
    }

    /** The page's file, without its query: {@code "coverage.html?period=2026-11"} → {@code coverage.html}. */
    private static String fileOf(String page) {
        String file = URI.create(page).getPath();
        return file.isEmpty() ? "index.html" : file;
    }

    /** The token POST /login gives the account, asked for from the current page of the UI as the login page asks. */
    private String tokenFor(Account account) {
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(new URL('login', document.baseURI), {method: 'POST', credentials: 'same-origin',
                    headers: {'Accept': 'application/json', 'Content-Type': 'application/json'},
                    body: JSON.stringify({username: arguments[0], password: arguments[1]})})
                  .then(response => response.text().then(body => done({status: response.status, body})))
                  .catch(error => done({status: 0, body: String(error)}));""", account.username(), account.password());
        Map<?, ?> response = (Map<?, ?>) answer;
        String body = String.valueOf(response.get("body"));
        if (((Number) response.get("status")).intValue() != 200) {
            throw new IllegalStateException(account.username() + " cannot sign in: " + response.get("status") + " " + body);
        }
        return String.valueOf(script("return JSON.parse(arguments[0]).access_token;", body));
    }

    /** Types into the login form and submits it. */
    void submitLogin(String username, String password) {
        WebElement user = find(By.id("login-username"));
        user.clear();
        user.sendKeys(username);
        WebElement secret = find(By.id("login-password"));
        secret.clear();
        secret.sendKeys(password);
        find(By.id("login-submit")).click();
    }

    /** True when the address bar shows the given page of the UI (the root counts as index.html). */
    boolean onPage(String fileName) {
        String path = URI.create(driver.getCurrentUrl()).getPath();
        return path.endsWith("/" + fileName) || ("index.html".equals(fileName) && path.endsWith("/"));
    }

    void waitForPage(String fileName) {
        until("never reached " + fileName + "; at " + driver.getCurrentUrl(), () -> onPage(fileName));
    }

    /** The signed-in person's bearer token as the page keeps it, or null. */
    String token() {
        return (String) script("return window.sessionStorage.getItem(arguments[0]);", TOKEN_KEY);
    }

    void setToken(String token) {
        script("window.sessionStorage.setItem(arguments[0], arguments[1]);", TOKEN_KEY, token);
    }

    /** Sends a Chrome DevTools Protocol command to the page's browser and returns its result. */
    Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return ((ChromeDriver) driver).executeCdpCommand(command, parameters);
    }

    /**
     * From now on, every page this tab opens records the Content-Security-Policy violations it meets (what the
     * browser refused to load or apply) for {@link #cspViolations()}.
     */
    void recordCspViolations() {
        cdp("Page.enable", Map.of());
        cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", "window.cspViolations = [];"
                + " document.addEventListener('securitypolicyviolation', e => window.cspViolations.push("
                + "e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));"));
    }

    /**
     * From now on, every page this tab opens counts its requests in flight, so that {@link #waitUntilSettled} knows
     * when a page has loaded what it shows without knowing how each page says so.
     */
    void countRequests() {
        cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", COUNT_REQUESTS));
    }

    /**
     * Waits until the page has loaded, none of its requests is in flight ({@link #countRequests()}) and what it
     * loaded is drawn.
     */
    void waitUntilSettled(String page) {
        until(page + " never finished loading", () -> Boolean.TRUE.equals(script(
                "return document.readyState === 'complete' && window.requestsInFlight === 0;")));
        // a page may draw what it loaded on the next frame
        script("return new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));");
    }

    /** The violations the current page met since it was opened. */
    @SuppressWarnings("unchecked")
    List<String> cspViolations() {
        Object found = ((JavascriptExecutor) driver).executeScript("return window.cspViolations || [];");
        return (List<String>) found;
    }

    /**
     * Cuts the browser's network (every request fails as with no connection, and the page gets an {@code offline}
     * event) or gives it back (an {@code online} event).
     */
    void setOffline(boolean offline) {
        cdp("Network.enable", Map.of());
        cdp("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Lets the UI's pages use the browser's geolocation, which then reports this position. */
    void setGeolocation(double lon, double lat, double accuracyMetres) {
        cdp("Browser.grantPermissions", Map.of("origin", baseUrl, "permissions", List.of("geolocation")));
        cdp("Emulation.setGeolocationOverride", Map.of("latitude", lat, "longitude", lon, "accuracy", accuracyMetres));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * Scrolls the element to the middle of the screen and clicks it, as a thumb would: at the bottom edge of a phone
     * screen an element may lie under a page's sticky bar.
     */
    void tap(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        element.click();
    }

    /**
     * Taps what the locator finds at the moment of the tap: a list drawn again between the finding and the tap (a
     * page that refreshes what it shows) is looked up again, as a thumb would simply tap the new one.
     */
    void tap(By by) {
        until("nothing to tap at " + by, () -> {
            tap(find(by));
            return true;
        });
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    /**
     * The header's link with this id, its menu opened as a person would open it first: a link inside a closed menu
     * is not displayed.
     */
    WebElement navLink(String id) {
        until("the header never offered " + id, () -> !driver.findElements(By.id(id)).isEmpty());
        WebElement link = find(By.id(id));
        for (WebElement menu : link.findElements(By.xpath("ancestor::details[contains(@class, 'nav-group')]"))) {
            if (menu.getAttribute("open") == null && menu.isDisplayed()) {
                menu.findElement(By.tagName("summary")).click();
            }
        }
        return link;
    }

    /** Whether the header offers the page with this link id: shown once its menu is opened, closed again after. */
    boolean offers(String id) {
        boolean shown = navLink(id).isDisplayed();
        find(By.tagName("body")).sendKeys(Keys.ESCAPE);
        return shown;
    }

    /** Replaces what the input with this id holds by the text, typed as a person would. */
    void type(String id, String text) {
        type(find(By.id(id)), text);
    }

    /** Replaces what the input holds by the text, typed as a person would. */
    static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Waits up to {@link #LOAD_TIMEOUT} for the condition, asking every {@link #POLL} (Selenium's default, half a
     * second, would add a quarter of a second to each wait on average); fails with the message if it never holds.
     */
    void until(String message, BooleanSupplier condition) {
        new WebDriverWait(driver, LOAD_TIMEOUT, POLL)
                .withMessage(() -> message)
                // a page on its way to the next one may answer a script or a lookup mid-navigation
                .ignoring(JavascriptException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(ignored -> condition.getAsBoolean());
    }

    /** Saves what the browser shows to the screenshots folder as fileName. */
    void screenshot(String fileName) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Prints the page as Chromium does to an A4 PDF (the page's print CSS applies) and saves it as fileName. */
    byte[] printToPdf(String fileName) throws IOException {
        Map<String, Object> pdf = cdp("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69,
                "preferCSSPageSize", true, "printBackground", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(fileName), bytes);
        return bytes;
    }

    /** Saves the whole page, top to bottom, as the browser lays it out, to the screenshots folder as fileName. */
    void screenshotWholePage(String fileName) throws IOException {
        Number width = (Number) script("return document.documentElement.scrollWidth;");
        Number height = (Number) script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);");
        Map<String, Object> shot = cdp("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(fileName), Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Quits the browser and removes its profile, in the background ({@link #CLOSER}). */
    @Override
    public void close() {
        CLOSER.execute(() -> {
            driver.quit();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
