package com.envgrid.api.web;

import com.envgrid.api.ApiClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API keys page: a person makes a read-only key for QGIS, sees it once — in a dialog, in Chinese, with the copy
 * button and the GDAL line —, a GIS client reads the API with it, the person revokes it on the page and it stops
 * working; an administrator sees and revokes a person's key on the people page.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
class ApiKeysPageBrowserTest extends BrowserTestBase {
    private static final BrowserSession.Account ADMIN = new BrowserSession.Account(ApiClient.ADMIN,
            ApiClient.ADMIN_PASSWORD);

    @Test
    void aKeyIsShownOnceWorksForAGisClientAndStopsWhenRevoked() throws IOException {
        openBrowser();
        browser.signInAt("api-keys.html", ADMIN);
        assertTrue(browser.offers("nav-api-keys"), "the header links the page");
        browser.find(By.id("api-key-label")).sendKeys("办公室 QGIS");
        browser.find(By.id("api-key-create")).click();

        WebElement dialog = browser.find(By.id("api-key-dialog"));
        browser.until("the new key was never shown", dialog::isDisplayed);
        String key = browser.find(By.id("api-key-value")).getText();
        assertTrue(key.matches("egk_[A-Za-z0-9_-]{43}"), key);
        assertTrue(dialog.getText().contains("只显示这一次"), dialog.getText());
        assertTrue(browser.find(By.id("api-key-gdal")).getText().contains("GDAL_HTTP_USERPWD 'root:" + key + "'"));
        assertTrue(browser.find(By.id("api-key-copy")).isDisplayed());
        browser.screenshot("api-keys-shown-once.png");
        browser.find(By.id("api-key-close")).click();
        browser.until("the dialog never closed", () -> !dialog.isDisplayed());
        // the list shows the key by its first 12 characters (other tests of this class may have left keys of root's)
        browser.until("the key never appeared in the list", () -> rowOf(key) != null);
        assertFalse(browser.driver().getPageSource().contains(key.substring(12)), "the key is gone from the page");
        WebElement row = rowOf(key);
        assertTrue(row.getText().contains("办公室 QGIS") && row.getText().contains(key.substring(0, 12))
                && row.getText().contains("只读") && row.getText().contains("有效"), row.getText());

        assertEquals(200, ApiClient.withApiKey(http, key).get("/api/grids").status());

        WebElement revoke = row.findElement(By.cssSelector(".api-key-revoke"));
        revoke.click();
        revoke.click(); // the confirming second click
        browser.until("the key was never shown revoked", () -> "revoked".equals(rowOf(key).getAttribute("data-state")));
        assertTrue(rowOf(key).getText().contains("已撤销"), rowOf(key).getText());
        assertEquals(401, ApiClient.withApiKey(http, key).get("/api/grids").status());
    }

    @Test
    void anAdministratorRevokesAPersonsKeyOnThePeoplePage() throws IOException {
        ApiClient admin = ApiClient.asAdmin(http);
        String username = "gis-" + System.nanoTime() % 1_000_000;
        var person = admin.post("/api/people", "{\"name\":\"测绘员\",\"username\":\"" + username
                + "\",\"password\":\"Gis-analyst-2026\",\"role\":\"viewer\"}");
        assertEquals(201, person.status(), String.valueOf(person.json()));
        long id = person.json().get("id").asLong();
        var made = admin.post("/api/people/" + id + "/api-keys", "{\"label\":\"ArcGIS\"}");
        assertEquals(201, made.status(), String.valueOf(made.json()));
        String key = made.json().get("key").asText();

        openBrowser();
        browser.signInAt("people.html", ADMIN);
        browser.until("the people never loaded", () -> !browser.driver().findElements(
                By.cssSelector("tr[data-username='" + username + "']")).isEmpty());
        browser.find(By.cssSelector("tr[data-username='" + username + "'] .api-keys-toggle")).click();
        By keyRows = By.cssSelector("tr[data-api-keys-for='" + id + "'] tbody tr[data-key-id]");
        browser.until("the person's keys never showed", () -> !browser.driver().findElements(keyRows).isEmpty());
        WebElement revoke = browser.find(By.cssSelector("tr[data-api-keys-for='" + id + "'] .api-key-revoke"));
        revoke.click();
        revoke.click();
        browser.until("the key was never shown revoked", () -> browser.driver().findElements(keyRows).stream()
                .anyMatch(r -> "revoked".equals(r.getAttribute("data-state"))));
        assertEquals(401, ApiClient.withApiKey(http, key).get("/api/grids").status());
    }

    @Test
    void onAPhoneThePageAndItsDialogFitTheScreen() throws IOException {
        browser = BrowserSession.openPhone(server);
        browser.signInAt("api-keys.html", ADMIN);
        browser.find(By.id("api-key-label")).sendKeys("手机上的 QGIS");
        browser.find(By.id("api-key-create")).click();
        browser.until("the new key was never shown", () -> browser.find(By.id("api-key-dialog")).isDisplayed());
        browser.screenshot("api-keys-phone.png");
        Number overflow = (Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 0, "the page is " + overflow + " px wider than the phone's screen");
        Number dialogRight = (Number) browser.script("return document.getElementById('api-key-dialog')"
                + ".getBoundingClientRect().right - document.documentElement.clientWidth;");
        assertTrue(dialogRight.intValue() <= 0, "the dialog runs " + dialogRight + " px off the screen");
    }

    /** The list's row of the key, found by its prefix, or null. */
    private WebElement rowOf(String key) {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#api-key-table tbody tr[data-key-id]"));
        return rows.stream().filter(r -> r.getText().contains(key.substring(0, 12))).findFirst().orElse(null);
    }
}
