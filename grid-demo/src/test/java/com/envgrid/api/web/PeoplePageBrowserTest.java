package com.envgrid.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.api.ApiClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The people page as the district administrator uses it: adding a person, giving them a grid nobody supervised,
 * and taking it back; a refusal is shown as the server gave it. Each scenario adds people under usernames of its
 * own, so the scenarios do not depend on each other's order.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "test.clock", value = "mutable")
// 00:30 on 19 November in the district, still the 18th in UTC (the browser's zone here): released today is the 19th
@Property(name = "test.clock-start", value = "2026-11-18T16:30:00Z")
class PeoplePageBrowserTest extends BrowserTestBase {

    @BeforeEach
    void signInAsTheAdministrator() throws IOException {
        openBrowser();
        browser.signInAt("people.html", BrowserSession.ADMIN);
        browser.until("the people table never loaded",
                () -> !browser.driver().findElements(By.cssSelector("#people-table[data-loaded]")).isEmpty());
    }

    @Test
    void anAdministratorAddsASupervisorAndAssignsThemToAGridNobodySupervised() throws IOException {
        String username = uniqueUsername("field");

        fillPersonForm("周敏", username, "Field#2026check", "13912345678", "supervisor");
        browser.find(By.id("person-submit")).click();

        WebElement row = waitForRow(username);
        assertEquals("周敏", cell(row, "person-name").getText());
        // the demo's admin administers 清源区: whom they add is bound to it
        assertEquals("网格员 · 清源区", cell(row, "person-role").getText());
        assertEquals("13912345678", cell(row, "person-phone").getText());
        assertEquals("true", row.getAttribute("data-active"));
        assertEquals("success", status().getAttribute("data-kind"), "status line: " + status().getText());

        String grid = firstUnstaffedGrid();
        String personId = row.getAttribute("data-person-id");
        row.findElement(By.cssSelector(".assign-toggle")).click();
        WebElement form = browser.find(By.cssSelector("tr[data-assign-for='" + personId + "'] form.assign-form"));
        browser.until("the grid choice never filled", () -> form.findElement(By.name("grid_code")).isEnabled());
        new Select(form.findElement(By.name("grid_code"))).selectByValue(grid);
        assertEquals("supervisor", new Select(form.findElement(By.name("duty"))).getFirstSelectedOption().getAttribute("value"));
        form.findElement(By.cssSelector(".assign-submit")).click();

        By assignment = By.cssSelector("tr[data-username='" + username + "'] li.assignment[data-grid-code='" + grid + "']");
        browser.until("the assignment to " + grid + " never appeared in " + username + "'s row; status line: "
                + status().getText(), () -> !browser.driver().findElements(assignment).isEmpty());
        browser.until(grid + " is still listed as unstaffed", () -> !unstaffedListed(grid));
        assertEquals("supervisor", browser.find(assignment).getAttribute("data-duty"));
        browser.screenshot("people.png");

        WebElement release = browser.find(assignment).findElement(By.cssSelector(".release"));
        release.click(); // asks once more
        release.click();

        browser.until("the released assignment is still shown", () -> browser.driver().findElements(assignment).isEmpty());
        browser.until(grid + " is unstaffed again", () -> unstaffedListed(grid));
    }

    @Test
    void aTakenUsernameIsRefusedWithTheServersReasonAndNothingIsAdded() {
        int before = rows().size();

        fillPersonForm("重名者", "admin", "Taken#2026check", "", "viewer");
        browser.find(By.id("person-submit")).click();

        browser.until("no refusal on the status line", () -> "error".equals(status().getAttribute("data-kind")));
        assertTrue(status().getText().contains("admin"), "the server's reason names the username: " + status().getText());
        assertEquals(before, rows().size(), "nobody was added");
        assertEquals("admin", browser.find(By.cssSelector("#person-form [name='username']")).getAttribute("value"),
                "what was typed stays to be corrected");
    }

    @Test
    void aPasswordTooShortIsMarkedAtItsField() {
        fillPersonForm("短密码", uniqueUsername("short"), "short", "", "supervisor");
        browser.find(By.id("person-submit")).click();

        browser.until("no refusal on the status line", () -> "error".equals(status().getAttribute("data-kind")));
        WebElement password = browser.find(By.cssSelector("#person-form [name='password']"));
        assertEquals("true", password.getAttribute("aria-invalid"), "the password field is marked");
        assertTrue(browser.find(By.id("person-password-error")).isDisplayed(), "with the server's message beside it");
    }

    @Test
    void anAdministratorDeactivatesAPersonWhoIsKeptButShownAsInactive() {
        String username = uniqueUsername("leaver");
        fillPersonForm("离职者", username, "Leaver#2026check", "", "viewer");
        browser.find(By.id("person-submit")).click();
        WebElement row = waitForRow(username);

        WebElement deactivate = row.findElement(By.cssSelector(".deactivate"));
        deactivate.click(); // asks once more
        deactivate.click();

        browser.until(username + " never shown as inactive",
                () -> "false".equals(waitForRow(username).getAttribute("data-active")));
        assertTrue(waitForRow(username).findElements(By.cssSelector(".deactivate")).isEmpty(),
                "an inactive person cannot be deactivated again");
    }

    @Test
    void anAdministratorSeesALockedLoginAndUnlocksIt() {
        String username = uniqueUsername("locked");
        fillPersonForm("忘密码", username, "Locked#2026check", "", "viewer");
        browser.find(By.id("person-submit")).click();
        waitForRow(username);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, ApiClient.anonymous(http).post("/login", "{\"username\":\"" + username
                    + "\",\"password\":\"wrong-" + i + "-wrong\"}").status());
        }
        browser.open("people.html");
        browser.until("the people table never loaded",
                () -> !browser.driver().findElements(By.cssSelector("#people-table[data-loaded]")).isEmpty());
        WebElement row = waitForRow(username);
        assertEquals(1, row.findElements(By.cssSelector(".locked-badge")).size(), "the lock is shown");

        row.findElement(By.cssSelector(".unlock")).click();

        browser.until(username + " still shown as locked",
                () -> waitForRow(username).findElements(By.cssSelector(".locked-badge")).isEmpty());
        assertTrue(waitForRow(username).findElements(By.cssSelector(".unlock")).isEmpty());
        assertEquals(200, ApiClient.anonymous(http).post("/login", "{\"username\":\"" + username
                + "\",\"password\":\"Locked#2026check\"}").status(), "the person signs in at once");
    }

    private void fillPersonForm(String name, String username, String password, String phone, String role) {
        WebElement form = browser.find(By.id("person-form"));
        BrowserSession.type(form.findElement(By.name("name")), name);
        BrowserSession.type(form.findElement(By.name("username")), username);
        BrowserSession.type(form.findElement(By.name("password")), password);
        BrowserSession.type(form.findElement(By.name("phone")), phone);
        new Select(form.findElement(By.name("role"))).selectByValue(role);
    }

    private WebElement waitForRow(String username) {
        By row = By.cssSelector("#people-table tr[data-username='" + username + "']");
        browser.until(username + " never appeared in the table; status line: " + status().getText(),
                () -> !browser.driver().findElements(row).isEmpty());
        return browser.find(row);
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#people-table tr[data-person-id]"));
    }

    private static WebElement cell(WebElement row, String className) {
        return row.findElement(By.cssSelector("td." + className));
    }

    /** A grid below the first level that nobody supervises, as the page lists them. */
    private String firstUnstaffedGrid() {
        By grids = By.cssSelector("#unstaffed-list[data-loaded] li[data-code]:not([data-tier='1'])");
        browser.until("the page lists no unstaffed grid below the first level",
                () -> !browser.driver().findElements(grids).isEmpty());
        return browser.find(grids).getAttribute("data-code");
    }

    private boolean unstaffedListed(String code) {
        return !browser.driver().findElements(By.cssSelector("#unstaffed-list li[data-code='" + code + "']")).isEmpty();
    }

    private WebElement status() {
        return browser.find(By.id("people-status"));
    }

    /** Unique per run, so that scenarios never meet each other's people. */
    private static String uniqueUsername(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }
}
