package com.envgrid.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.api.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The rules page as the district administrator uses it: a change is saved and is then what the API gives; a set
 * of rules the server refuses is not saved, and the page shows the server's reason.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
class RulesPageBrowserTest extends BrowserTestBase {

    @BeforeEach
    void openTheRulesAsTheAdministrator() throws IOException {
        openBrowser();
        browser.signInAt("rules.html", BrowserSession.ADMIN);
        browser.until("the rules never loaded; status line: " + status().getText(),
                () -> !browser.driver().findElements(By.cssSelector("#rules-form[data-loaded]")).isEmpty()
                        && browser.find(By.id("rules-save")).isEnabled());
    }

    @Test
    void aChangedFrequencyIsSavedAndIsWhatTheApiThenGives() throws IOException {
        int before = rules().get("ratingC").get("everyMonths").asInt();
        int after = before == 1 ? 2 : 1;
        Select ratingC = new Select(browser.find(By.cssSelector("#rules-form select[name='ratingC']")));
        assertEquals("every-" + before, ratingC.getFirstSelectedOption().getAttribute("value"),
                "the form shows the rules in force");

        ratingC.selectByValue("every-" + after);
        browser.find(By.id("rules-save")).click();

        browser.until("never saved; status line: " + status().getText(),
                () -> "success".equals(status().getAttribute("data-kind")));
        assertEquals(after, rules().get("ratingC").get("everyMonths").asInt(), "the API gives the saved rules");
        browser.screenshot("rules.png");
    }

    @Test
    void aBetterRatingInspectedMoreOftenThanAWorseOneIsRefusedWithTheServersReason() throws IOException {
        JsonNode before = rules();
        new Select(browser.find(By.cssSelector("#rules-form select[name='ratingA']"))).selectByValue("every-1");
        ObjectNode asked = before.deepCopy();
        asked.putObject("ratingA").put("everyMonths", 1);

        browser.find(By.id("rules-save")).click();

        assertRefusedWithTheReasonOf(asked);
        assertEquals(before, rules(), "nothing was saved");
        assertFalse(browser.driver().findElements(By.cssSelector(".rule-row[data-invalid='true']")).isEmpty(),
                "the frequency the server names is marked");
        browser.screenshot("rules-refused.png");
    }

    @Test
    void aNumberOfTimesAMonthTheServerDoesNotAllowIsRefusedWithItsReason() {
        JsonNode before = rules();
        new Select(browser.find(By.cssSelector("#rules-form select[name='gridPatrol']"))).selectByValue("times");
        WebElement times = browser.find(By.cssSelector("#rules-form input[name='gridPatrol-times']"));
        assertTrue(times.isDisplayed(), "times a month are typed in");
        times.clear();
        times.sendKeys("40");
        ObjectNode asked = before.deepCopy();
        asked.putObject("gridPatrol").put("timesPerMonth", 40);

        browser.find(By.id("rules-save")).click();

        assertRefusedWithTheReasonOf(asked);
        assertEquals(before, rules(), "nothing was saved");
    }

    @Test
    void aDistrictsOwnRulesAreSavedAndResetToInheritTheCitys() throws IOException {
        Select district = new Select(browser.find(By.id("rules-district")));
        String code = district.getOptions().stream().map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty())
                .findFirst().orElseThrow();
        district.selectByValue(code);
        browser.until("the district's rules never showed as inherited", () -> "false".equals(origin().getAttribute("data-own"))
                && browser.find(By.id("rules-save")).isEnabled());
        assertFalse(browser.find(By.id("rules-inherit")).isDisplayed(), "nothing of its own to reset");

        new Select(browser.find(By.cssSelector("#rules-form select[name='gridPatrol']"))).selectByValue("every-1");
        browser.find(By.id("rules-save")).click();
        browser.until("never saved as the district's own; status line: " + status().getText(),
                () -> "true".equals(origin().getAttribute("data-own")) && browser.find(By.id("rules-inherit")).isDisplayed());
        assertEquals(1, admin().get("/api/rules?district=" + code).json().get("gridPatrol").get("everyMonths").asInt());
        browser.screenshot("rules-district.png");

        browser.find(By.id("rules-inherit")).click();
        browser.until("never inherited again", () -> "false".equals(origin().getAttribute("data-own")));
        assertEquals(admin().get("/api/rules").json(), admin().get("/api/rules?district=" + code).json(),
                "the district follows the city's rules again");
    }

    private WebElement origin() {
        return browser.find(By.id("rules-origin"));
    }

    /** The status line shows an error carrying the reasons the server gives for the same rules sent through the API. */
    private void assertRefusedWithTheReasonOf(JsonNode asked) {
        browser.until("no refusal on the status line: " + status().getText(),
                () -> "error".equals(status().getAttribute("data-kind")));
        ApiClient.Answer answer = admin().exchange(HttpRequest.PUT(rulesShown(), asked.toString())
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(400, answer.status(), "the server refuses these rules: " + answer.json());
        String shown = status().getText();
        // each thing wrong, in the pages' language where its code has a message, else as the server words it
        assertTrue(answer.json().get("errors").size() > 0, "the server says what is wrong: " + answer.json());
        for (JsonNode wrong : answer.json().get("errors")) {
            assertTrue(shown.contains(wrong.get("message").asText()), "the server's reason is shown: " + shown);
        }
        answer.json().path("errors").forEach(error -> assertTrue(shown.contains(error.get("message").asText()),
                "the server's reason is shown: " + shown + " — expected " + error.get("message").asText()));
    }

    private JsonNode rules() {
        ApiClient.Answer answer = admin().get(rulesShown());
        assertEquals(200, answer.status(), "GET " + rulesShown() + ": " + answer.json());
        return answer.json();
    }

    /** The rules of the district the page shows (the administrator's own), or the city's. */
    private String rulesShown() {
        String district = browser.find(By.id("rules-district")).getAttribute("value");
        return district.isEmpty() ? "/api/rules" : "/api/rules?district=" + district;
    }

    private ApiClient admin() {
        return ApiClient.withToken(http, browser.token());
    }

    private WebElement status() {
        return browser.find(By.id("rules-status"));
    }
}
