package com.envgrid.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.api.ApiClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A bureau's roster through the people page: the administrator picks the file, sees the dry run row by row, accepts,
 * and downloads the initial passwords once; the new supervisor signs in with theirs and is made to choose their own
 * before anything else, then lands on the page they asked for.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
class RosterBrowserTest extends BrowserTestBase {

    @Test
    void aRosterIsImportedOnThePeoplePageAndTheNewSupervisorChoosesTheirPasswordAtFirstSignIn() throws IOException {
        String username = "roster" + Long.toString(System.nanoTime(), 36);
        Path folder = Files.createTempDirectory("envgrid-roster-");
        Path roster = folder.resolve("花名册.csv");
        Files.writeString(roster, "姓名,用户名,手机,角色,网格编码,职务\n"
                + "花名册员,bad name,13912340000,网格员,320214001,\n", StandardCharsets.UTF_8);

        openBrowser();
        browser.cdp("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", folder.toString()));
        browser.signInAt("people.html", BrowserSession.ADMIN);
        browser.find(By.id("roster-file")).sendKeys(roster.toString());
        browser.find(By.id("roster-dry-run")).click();
        browser.until("the dry run never reported the bad username", () -> !browser.driver()
                .findElements(By.cssSelector("#roster-table li[data-cell='B2'][data-code='people.username']")).isEmpty());
        assertTrue(browser.find(By.cssSelector("#roster-table li[data-cell='B2']")).getText().startsWith("B2："),
                "the cell is named as Excel names it");
        assertFalse(browser.find(By.id("roster-accept")).isEnabled(), "a roster with a bad row cannot be accepted");

        Path corrected = folder.resolve("花名册（改）.csv");
        Files.writeString(corrected, "姓名,用户名,手机,角色,网格编码,职务\n"
                + "花名册员," + username + ",13912340000,网格员,320214001,\n", StandardCharsets.UTF_8);
        browser.find(By.id("roster-file")).sendKeys(corrected.toString());
        browser.find(By.id("roster-dry-run")).click();
        By planned = By.cssSelector("#roster-table tr[data-action='create']");
        browser.until("the dry run never planned the new account", () -> !browser.driver().findElements(planned).isEmpty());
        browser.until("accept never enabled", () -> browser.find(By.id("roster-accept")).isEnabled());
        browser.find(By.id("roster-accept")).click();
        browser.until("the roster was never written", () -> "written".equals(
                browser.find(By.id("roster-summary")).getAttribute("data-state")));
        browser.until(username + " never appeared in the people table", () -> !browser.driver()
                .findElements(By.cssSelector("#people-table tr[data-username='" + username + "']")).isEmpty());
        browser.until("320214001 never showed the new supervisor", () -> browser.find(By.cssSelector(
                "#staffing-table tr[data-code='320214001'] .staffing-supervisors")).getText().contains("花名册员"));

        browser.screenshot("people-roster.png");
        WebElement download = browser.find(By.id("roster-passwords-download"));
        download.click();
        browser.until("the download button is still offered", () -> !download.isEnabled());
        String password = passwordOf(username, downloaded(folder));

        browser.script("window.sessionStorage.clear();");
        browser.open("people.html");
        browser.waitForPage("login.html");
        browser.submitLogin(username, password);
        browser.until("the page never asked for a new password",
                () -> browser.find(By.id("password-form")).isDisplayed());
        browser.screenshot("login-new-password.png");
        assertFalse(browser.find(By.id("password-current-field")).isDisplayed(), "the password just typed is not asked again");
        browser.find(By.id("password-new")).sendKeys("Mine#2026roster");
        browser.find(By.id("password-repeat")).sendKeys("Mine#2026rostr");
        browser.find(By.id("password-submit")).click();
        browser.until("two different new passwords were not refused",
                () -> browser.find(By.id("password-error")).isDisplayed());
        browser.find(By.id("password-repeat")).clear();
        browser.find(By.id("password-repeat")).sendKeys("Mine#2026roster");
        browser.find(By.id("password-submit")).click();

        browser.waitForPage("people.html");
        browser.until("the people table never loaded for the new supervisor",
                () -> !browser.driver().findElements(By.cssSelector("#people-table[data-loaded]")).isEmpty());
        assertEquals(200, ApiClient.anonymous(http).post("/login", "{\"username\":\"" + username
                + "\",\"password\":\"Mine#2026roster\"}").status(), "their own password signs in");
        assertEquals(401, ApiClient.anonymous(http).post("/login", "{\"username\":\"" + username
                + "\",\"password\":\"" + password + "\"}").status(), "the handed-out one no longer does");
    }

    /** The passwords sheet the browser saved, once it is complete. */
    private Path downloaded(Path folder) throws IOException {
        browser.until("the passwords sheet was never saved", () -> {
            try (Stream<Path> files = Files.list(folder)) {
                return files.anyMatch(f -> f.toString().endsWith(".xlsx"));
            } catch (IOException e) {
                return false;
            }
        });
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
    }

    private static String passwordOf(String username, Path sheet) throws IOException {
        try (InputStream in = Files.newInputStream(sheet); Workbook book = new XSSFWorkbook(in)) {
            Sheet first = book.getSheetAt(0);
            assertEquals(List.of("姓名", "用户名", "网格", "初始密码"), Stream.of(0, 1, 2, 3)
                    .map(c -> first.getRow(0).getCell(c).getStringCellValue()).toList());
            for (Row row : first) {
                if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals(username)) {
                    return row.getCell(3).getStringCellValue();
                }
            }
        }
        throw new AssertionError(username + " is not in the passwords sheet");
    }
}
