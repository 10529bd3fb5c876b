package com.envgrid.api.web;

import com.envgrid.api.ApiClient;
import com.envgrid.api.Sql;
import com.envgrid.api.grid.EmptyLayer;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.api.people.TwoDistricts;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * In a city of two districts the header says who is signed in with the reach of their account — 市局管理员 for the
 * city's administrator, 区局管理员 · 滨湖区 for the east's —, and the east's administrator adds people to the east
 * only: the people page offers that district alone, and the new person is bound to it.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
class DistrictHeaderBrowserTest extends BrowserTestBase {
    @Inject
    EmptyLayer emptyLayer;
    @Inject
    Sql sql;

    @Test
    void theHeaderSaysTheReachAndTheEastAdministratorAddsPeopleToTheEast() throws IOException {
        emptyLayer.startOver(ApiClient.asAdmin(http), TwoDistricts.layer());
        new TwoDistricts(http);
        openBrowser();
        browser.signInAt("people.html", new BrowserSession.Account(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD));
        browser.until("the city's administrator was never named", () -> "市局管理员".equals(role()));

        browser.startAfresh();
        browser.signInAt("people.html", new BrowserSession.Account("admin-" + TwoDistricts.EAST,
                StaffFixture.PASSWORD));
        browser.until("the east's administrator was never named", () -> ("区局管理员 · " + TwoDistricts.EAST_NAME)
                .equals(role()));
        Select district = new Select(browser.find(By.id("person-district")));
        browser.until("the districts never came", () -> district.getOptions().size() == 1
                && !district.getOptions().get(0).getAttribute("value").isEmpty());
        assertEquals(List.of(TwoDistricts.EAST), district.getOptions().stream().map(o -> o.getAttribute("value"))
                .toList(), "the east's administrator binds people to the east only");
        browser.type("person-name", "周敏");
        browser.type("person-username", "zhou.min");
        browser.type("person-password", "Zhou-min-2026");
        browser.find(By.id("person-submit")).click();
        browser.until("the new person never appeared", () -> rowText("zhou.min").contains(TwoDistricts.EAST_NAME));
        assertEquals(TwoDistricts.EAST, sql.text("SELECT district_code FROM person WHERE username = 'zhou.min'"));
        browser.screenshot("people-district-administrator.png");
    }

    private String role() {
        return browser.find(By.id("signed-in-role")).getText();
    }

    private String rowText(String username) {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#people-table tr[data-username='"
                + username + "']"));
        return rows.isEmpty() ? "" : rows.get(0).getText();
    }
}
