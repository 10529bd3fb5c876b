package com.envgrid.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.api.ApiClient;
import com.envgrid.api.shared.DistrictTime;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The grid chief's cases page: a finding the demo supervisor recorded is an open case in the chief's street; the
 * chief assigns it to the supervisor, and the API has it assigned; rejecting asks for a reason first. The
 * supervisor then sees the case with the action that is theirs now.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "test.clock", value = "mutable")
@Property(name = "test.clock-start", value = "2026-11-18T01:30:00Z")
class CasesPageBrowserTest extends BrowserTestBase {

    @Inject
    DistrictTime time;

    private ApiClient supervisor;
    private ApiClient chief;

    @BeforeEach
    void signIn() {
        ApiClient admin = signedIn(BrowserSession.ADMIN);
        admin.post("/api/duties/generate?period=" + YearMonth.from(time.today()), "");
        supervisor = signedIn(BrowserSession.SUPERVISOR);
        chief = signedIn(BrowserSession.CHIEF);
    }

    @Test
    void theChiefAssignsAnOpenCaseToTheSupervisor() throws IOException {
        long caseId = aCaseFoundBySupervisor("wastewater", "general", "雨水口有黄色污水排出");
        long supervisorId = supervisor.get("/api/me").json().get("id").asLong();

        try (BrowserSession browser = BrowserSession.open(server)) {
            browser.signInAt("cases.html", BrowserSession.CHIEF);
            waitForCases(browser);
            WebElement card = card(browser, caseId);
            assertEquals("open", card.getAttribute("data-state"));
            assertEquals(List.of("assign", "reject"), actionsOf(card), "what a chief may do with an open case");
            assertTrue(card.getText().contains("雨水口有黄色污水排出"), card.getText());

            card.findElement(By.cssSelector("button[data-action='assign']")).click();

            browser.until("the supervisors were never offered", () -> !browser.driver().findElements(By.cssSelector(
                    "[data-case-id='" + caseId + "'] select.assignee-select option[value='" + supervisorId + "']")).isEmpty());
            WebElement choice = browser.find(By.cssSelector("[data-case-id='" + caseId + "'] select.assignee-select"));
            new Select(choice).selectByValue(String.valueOf(supervisorId));
            browser.find(By.cssSelector("[data-case-id='" + caseId + "'] .case-form button.action-confirm")).click();

            browser.until("the case never showed assigned; status line: " + browser.find(By.id("case-status")).getText(),
                    () -> "assigned".equals(card(browser, caseId).getAttribute("data-state")));
            assertEquals("success", browser.find(By.id("case-status")).getAttribute("data-kind"));
            JsonNode fromApi = chief.get("/api/cases/" + caseId).json();
            assertEquals("assigned", fromApi.get("state").asText());
            assertEquals(supervisorId, fromApi.get("assignee_id").asLong());
            assertEquals(List.of("reassign", "start_rectification", "reject"), actionsOf(card(browser, caseId)));

            card(browser, caseId).findElement(By.cssSelector("button.case-history-toggle")).click();
            browser.until("the history never showed the assignment", () -> !browser.driver().findElements(By.cssSelector(
                    "[data-case-id='" + caseId + "'] .case-history .history-item[data-action='assign']")).isEmpty());
            browser.screenshotWholePage("cases.png");
        }
    }

    @Test
    void rejectingAsksForAReasonAndTheSupervisorSeesTheirOwnNextStep() throws IOException {
        long rejected = aCaseFoundBySupervisor("noise", "minor", "夜间施工噪声");
        long assigned = aCaseFoundBySupervisor("solid_waste", "general", "垃圾堆放未清运");
        long supervisorId = supervisor.get("/api/me").json().get("id").asLong();
        assertEquals(200, chief.post("/api/cases/" + assigned + "/actions",
                "{\"action\":\"assign\",\"assignee_id\":" + supervisorId + "}").status());

        try (BrowserSession browser = BrowserSession.open(server)) {
            browser.signInAt("cases.html", BrowserSession.CHIEF);
            waitForCases(browser);
            card(browser, rejected).findElement(By.cssSelector("button[data-action='reject']")).click();
            By confirm = By.cssSelector("[data-case-id='" + rejected + "'] .case-form button.action-confirm");
            // on a busy machine the click may come back before the page has drawn the form it opens
            browser.until("the reject form never opened", () -> !browser.driver().findElements(confirm).isEmpty());
            browser.find(confirm).click();
            browser.until("a missing reason was never pointed out", () -> !browser.driver().findElements(By.cssSelector(
                    "[data-case-id='" + rejected + "'] .case-form-error")).isEmpty());
            assertEquals("open", chief.get("/api/cases/" + rejected).json().get("state").asText(), "nothing was sent");

            browser.find(By.cssSelector("[data-case-id='" + rejected + "'] textarea.reason-input")).sendKeys("经核实为合法夜间施工许可");
            browser.find(By.cssSelector("[data-case-id='" + rejected + "'] .case-form button.action-confirm")).click();

            browser.until("the case never showed rejected", () -> browser.driver()
                    .findElements(By.cssSelector("[data-case-id='" + rejected + "']")).isEmpty()
                    || "rejected".equals(card(browser, rejected).getAttribute("data-state")));
            JsonNode fromApi = chief.get("/api/cases/" + rejected).json();
            assertEquals("rejected", fromApi.get("state").asText());
            assertEquals("经核实为合法夜间施工许可", fromApi.get("history").get(fromApi.get("history").size() - 1).get("reason").asText());
        }

        try (BrowserSession browser = BrowserSession.open(server)) {
            browser.signInAt("cases.html", BrowserSession.SUPERVISOR);
            waitForCases(browser);
            assertEquals(List.of("start_rectification"), actionsOf(card(browser, assigned)),
                    "the assignee starts the rectification; assigning is not theirs");

            card(browser, assigned).findElement(By.cssSelector("button[data-action='start_rectification']")).click();

            browser.until("the case never showed rectifying", () -> "rectifying".equals(card(browser, assigned).getAttribute("data-state")));
            assertEquals("rectifying", supervisor.get("/api/cases/" + assigned).json().get("state").asText());
            assertEquals(List.of("report_done"), actionsOf(card(browser, assigned)));
        }
    }

    private static void waitForCases(BrowserSession browser) {
        browser.until("the cases never loaded; status line: " + browser.find(By.id("case-status")).getText(),
                () -> browser.find(By.id("case-list")).getAttribute("data-loaded") != null);
    }

    private static WebElement card(BrowserSession browser, long caseId) {
        return browser.find(By.cssSelector("#case-list .case-card[data-case-id='" + caseId + "']"));
    }

    private static List<String> actionsOf(WebElement card) {
        return card.findElements(By.cssSelector(".case-actions button[data-action]")).stream()
                .map(button -> button.getAttribute("data-action")).toList();
    }

    /** The demo supervisor records an inspection of one of their open duties with one finding → the case it opened. */
    private long aCaseFoundBySupervisor(String category, String severity, String description) {
        JsonNode duties = supervisor.get("/api/duties?period=" + YearMonth.from(time.today()) + "&mine=true").json();
        JsonNode duty = StreamSupport.stream(duties.spliterator(), false)
                .filter(d -> !"done".equals(d.get("status").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no open duty left: " + duties));
        String record = String.format(Locale.ROOT, "{\"duty_id\":%d,\"inspected_at\":\"%s\",\"fix\":{\"lon\":%.7f,"
                        + "\"lat\":%.7f,\"accuracy_m\":10,\"crs\":\"wgs84\"},\"checklist\":{},\"findings\":[{\"category\":"
                        + "\"%s\",\"severity\":\"%s\",\"description\":\"%s\"}]}", duty.get("id").asLong(),
                time.now().atZone(time.zone()).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS), duty.get("lon").asDouble(),
                duty.get("lat").asDouble(), category, severity, description);
        ApiClient.Answer answer = supervisor.exchange(HttpRequest.PUT("/api/inspections/" + UUID.randomUUID(), record)
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(201, answer.status(), "recording: " + answer.json());
        JsonNode cases = answer.json().get("cases");
        assertEquals(1, cases.size(), "one finding, one case: " + answer.json());
        assertFalse(cases.get(0).isNull());
        return cases.get(0).asLong();
    }
}
