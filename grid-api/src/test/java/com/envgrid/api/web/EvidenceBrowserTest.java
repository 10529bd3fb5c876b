package com.envgrid.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.api.ApiClient;
import com.envgrid.api.TestPhotos;
import com.envgrid.api.grid.GridFiles;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.core.source.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;

/**
 * Evidence travels with the work, in the small district (towns A and B; communities A1, A2 in A) with the staff
 * fixture: the supervisor of A1 inspected a source there, found waste water and took a photo — a case opened —, and
 * twice recorded a fix far from the source — flagged for review. The chief of A sees the case card's photo, map and
 * the inspection it came from; the map's grid panel names who answers for a grid; the chief rejects a flagged
 * record with a reason on the review page.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceBrowserTest extends BrowserTestBase {
    private static final String SOURCE = CreditCode.withCheckCharacter("91320214MA1F00031");
    private static final BrowserSession.Account CHIEF_A = new BrowserSession.Account("chief-a", StaffFixture.PASSWORD);
    private static final BrowserSession.Account VIEWER = new BrowserSession.Account("viewer1", StaffFixture.PASSWORD);
    private static final BrowserSession.Account ROOT = new BrowserSession.Account(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);

    @Inject
    Clock clock;

    ApiClient chief;
    String photo;
    String inspection;
    long caseId;
    String flagged;
    String alsoFlagged;

    @BeforeAll
    void districtWithACaseAndFlaggedRecords() {
        ApiClient admin = ApiClient.asAdmin(http);
        assertEquals(201, admin.post("/api/grids/import", GridFiles.smallDistrict().json()).status());
        assertEquals(201, admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n"
                + SOURCE + ",化工厂,120.002,30.002,D\n").getBytes(StandardCharsets.UTF_8)).contentType("text/csv")).status());
        StaffFixture staff = new StaffFixture(http);
        ApiClient supervisor = staff.as("supervisor");
        chief = staff.as("chief");
        byte[] jpeg = TestPhotos.image("jpg", 64, 31);
        photo = TestPhotos.sha256(jpeg);
        assertEquals(201, supervisor.exchange(HttpRequest.PUT("/api/photos/" + photo, jpeg).contentType("image/jpeg")).status());
        inspection = UUID.randomUUID().toString();
        var recorded = record(supervisor, inspection, 120.002, 30.002, ",\"findings\":[{\"category\":\"wastewater\","
                + "\"severity\":\"serious\",\"description\":\"排口发黑\"}],\"photos\":[\"" + photo + "\"]");
        caseId = recorded.get("cases").get(0).asLong();
        flagged = UUID.randomUUID().toString();
        alsoFlagged = UUID.randomUUID().toString();
        assertTrue(record(supervisor, flagged, 120.0045, 30.0045, "").get("location").get("flagged_for_review").asBoolean());
        assertTrue(record(supervisor, alsoFlagged, 120.0048, 30.0042, "").get("location").get("flagged_for_review").asBoolean());
    }

    private JsonNode record(ApiClient who, String id, double lon, double lat, String extra) {
        String at = OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofHours(1)), ZoneOffset.ofHours(8)).toString();
        var answer = who.exchange(HttpRequest.PUT("/api/inspections/" + id, String.format(Locale.ROOT,
                "{\"target\":{\"kind\":\"source\",\"code\":\"%s\"},\"inspected_at\":\"%s\",\"fix\":{\"lon\":%s,\"lat\":%s,"
                        + "\"accuracy_m\":10},\"checklist\":{}%s}", SOURCE, at, lon, lat, extra))
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(201, answer.status(), String.valueOf(answer.json()));
        return answer.json();
    }

    @Test
    void aCaseCardShowsItsPhotoItsMapAndTheInspectionItCameFrom() throws IOException {
        browser = BrowserSession.open(server, 1366, 900);
        browser.signInAt("cases.html", CHIEF_A);
        WebElement evidence = waitForEvidence(browser);
        WebElement image = evidence.findElement(By.cssSelector("img.photo-thumb[data-sha256='" + photo + "']"));
        browser.until("the photo never loaded", () -> String.valueOf(image.getAttribute("src")).startsWith("blob:")
                && Boolean.TRUE.equals(browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0;", image)));
        WebElement map = evidence.findElement(By.cssSelector(".evidence-map"));
        browser.until("the small map never drew the grid, the target and the fix",
                () -> map.getAttribute("data-drawn") != null);
        for (String role : List.of("grid", "target", "fix")) {
            assertFalse(map.findElements(By.cssSelector("path[data-role='" + role + "']")).isEmpty(), "the map shows the " + role);
        }
        WebElement origin = evidence.findElement(By.cssSelector("a.origin-link"));
        assertEquals("inspection", origin.getAttribute("data-origin"));
        assertTrue(origin.getAttribute("href").endsWith("inspections.html?id=" + inspection), origin.getAttribute("href"));
        assertTrue(origin.getText().contains("sup-a1"), origin.getText());
        browser.screenshot("cases-evidence.png");

        try (BrowserSession phone = BrowserSession.openPhone(server)) {
            phone.signInAt("cases.html", CHIEF_A);
            WebElement onPhone = waitForEvidence(phone);
            phone.script("arguments[0].scrollIntoView({block: 'center'});", onPhone);
            phone.until("the phone's small map never drew", () -> onPhone.findElement(By.cssSelector(".evidence-map"))
                    .getAttribute("data-drawn") != null);
            phone.screenshot("cases-evidence-phone.png");
        }

        browser.tap(origin);
        browser.waitForPage("inspections.html");
        By card = By.cssSelector(".flagged-card[data-inspection-id='" + inspection + "']");
        browser.until("the inspection the case came from never showed", () -> !browser.driver().findElements(card).isEmpty());
        WebElement shown = browser.find(card);
        assertFalse(shown.findElements(By.cssSelector("img.photo-thumb[data-sha256='" + photo + "']")).isEmpty());
        assertTrue(shown.findElements(By.cssSelector("button[data-action]")).isEmpty(), "a plausible record is not for review");
    }

    private WebElement waitForEvidence(BrowserSession session) {
        By loaded = By.cssSelector(".case-card[data-case-id='" + caseId + "'] .case-evidence[data-loaded='true']");
        session.until("the case card's evidence never loaded", () -> {
            var found = session.driver().findElements(By.cssSelector(".case-card[data-case-id='" + caseId + "'] .case-evidence"));
            if (!found.isEmpty() && found.get(0).getAttribute("data-loaded") == null) {
                session.script("arguments[0].scrollIntoView({block: 'center'});", found.get(0));
            }
            return !session.driver().findElements(loaded).isEmpty();
        });
        return session.find(loaded);
    }

    @Test
    void clickingAGridOnTheMapShowsItsChiefAndSupervisorsWithPhonesOnlyForThoseWhoMaySeeThem() throws IOException {
        openBrowser();
        browser.signInAt("index.html", ROOT);
        List<WebElement> staff = gridStaffOf(browser, "A1");
        WebElement supervisor = staff.stream().filter(p -> "supervisor".equals(p.getAttribute("data-post"))).findFirst().orElseThrow();
        assertTrue(supervisor.getText().contains("sup-a1"), supervisor.getText());
        assertEquals("tel:13900000004", supervisor.findElement(By.cssSelector("a.staff-phone")).getAttribute("href"));
        WebElement chiefAbove = staff.stream().filter(p -> "chief".equals(p.getAttribute("data-post"))).findFirst().orElseThrow();
        assertTrue(chiefAbove.getText().contains("chief-a"), chiefAbove.getText());
        assertTrue(chiefAbove.findElement(By.cssSelector(".staff-grid")).getText().contains("A"), "the chief of the town above");
        assertFalse(chiefAbove.findElements(By.cssSelector("a.staff-phone")).isEmpty());

        try (BrowserSession viewer = BrowserSession.open(server)) {
            viewer.signInAt("index.html", VIEWER);
            List<WebElement> seen = gridStaffOf(viewer, "A1");
            assertEquals(2, seen.size());
            seen.forEach(p -> assertTrue(p.findElements(By.cssSelector(".staff-phone")).isEmpty(), "no personal data: " + p.getText()));
        }
    }

    @Test
    void clickingATownOnTheCoverageMapShowsItsChief() throws IOException {
        openBrowser();
        browser.signInAt("coverage.html", ROOT);
        By town = By.cssSelector("path.grid-polygon[data-code='A']");
        browser.until("town A was never drawn", () -> !browser.driver().findElements(town).isEmpty());
        WebElement path = browser.find(town);
        try {
            path.click();
        } catch (ElementClickInterceptedException covered) {
            browser.script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}));", path);
        }
        By listed = By.cssSelector("#grid-staff[data-code='A'] .grid-staff-list[data-loaded]");
        browser.until("the town's people were never listed", () -> !browser.driver().findElements(listed).isEmpty());
        WebElement chiefOfA = browser.find(listed).findElement(By.cssSelector("li.staff-item[data-post='chief']"));
        assertTrue(chiefOfA.getText().contains("chief-a"), chiefOfA.getText());
        assertEquals("tel:13900000002", chiefOfA.findElement(By.cssSelector("a.staff-phone")).getAttribute("href"));
    }

    /** Switches the map to second-level grids, clicks the grid and answers the people its panel lists. */
    private static List<WebElement> gridStaffOf(BrowserSession session, String code) {
        session.until("the first-level grids never loaded",
                () -> !session.driver().findElements(By.cssSelector("body[data-grids-loaded][data-grids-tier='1']")).isEmpty());
        session.find(By.cssSelector("#level-switcher [value='2']")).click();
        By path = By.cssSelector("path.grid-polygon[data-code='" + code + "']");
        session.until("grid " + code + " was never drawn", () -> !session.driver().findElements(path).isEmpty());
        WebElement grid = session.find(path);
        try {
            grid.click();
        } catch (ElementClickInterceptedException covered) {
            session.script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}));", grid);
        }
        By listed = By.cssSelector("#grid-staff[data-code='" + code + "'] .grid-staff-list[data-loaded]");
        session.until("the grid's people were never listed", () -> !session.driver().findElements(listed).isEmpty());
        assertTrue(session.find(By.id("grid-staff")).isDisplayed());
        return session.find(listed).findElements(By.cssSelector("li.staff-item"));
    }

    @Test
    void theChiefRejectsAFlaggedInspectionWithAReasonAndItLeavesTheListWithTheVerdictRecorded() throws IOException {
        browser = BrowserSession.open(server, 1366, 900);
        browser.signInAt("cases.html", CHIEF_A);
        browser.until("the chief is never offered the location review",
                () -> browser.navLink("nav-inspections").isDisplayed());
        WebElement nav = browser.find(By.id("nav-inspections"));
        nav.click();
        browser.waitForPage("inspections.html");
        By card = By.cssSelector(".flagged-card[data-inspection-id='" + flagged + "']");
        browser.until("the flagged record was never listed", () -> !browser.driver().findElements(card).isEmpty());
        WebElement item = browser.find(card);
        assertTrue(item.findElement(By.cssSelector("[data-field='distance']")).getText().contains("米"));
        // a small map draws once it is in view, as the reviewer scrolls to it
        WebElement map = item.findElement(By.cssSelector(".evidence-map"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", map);
        browser.until("the review's small map never drew", () -> map.getAttribute("data-drawn") != null);
        assertFalse(item.findElements(By.cssSelector("path[data-role='fix']")).isEmpty(), "the fix on the map");
        browser.screenshot("inspections-review.png");

        try (BrowserSession phone = BrowserSession.openPhone(server)) {
            phone.signInAt("inspections.html", CHIEF_A);
            phone.until("the phone never listed the flagged record", () -> !phone.driver().findElements(card).isEmpty());
            WebElement phoneMap = phone.find(card).findElement(By.cssSelector(".evidence-map"));
            phone.script("arguments[0].scrollIntoView({block: 'center'});", phoneMap);
            phone.until("the phone's small map never drew", () -> phoneMap.getAttribute("data-drawn") != null);
            phone.screenshot("inspections-review-phone.png");
        }

        browser.tap(item.findElement(By.cssSelector("button[data-action='reject']")));
        browser.until("rejecting without a reason was not refused on the page",
                () -> !browser.find(card).findElements(By.cssSelector(".field-error")).isEmpty());
        assertTrue(chief.get("/api/inspections/flagged").json().toString().contains(flagged), "nothing was sent");

        browser.find(card).findElement(By.cssSelector("textarea")).sendKeys("定位在厂区外 250 米，照片无法证明到场");
        browser.tap(browser.find(card).findElement(By.cssSelector("button[data-action='reject']")));
        browser.until("the rejected record never left the list", () -> browser.driver().findElements(card).isEmpty());
        assertFalse(browser.driver().findElements(By.cssSelector(".flagged-card[data-inspection-id='" + alsoFlagged + "']")).isEmpty(),
                "the other flagged record still awaits review");

        JsonNode decided = null;
        for (JsonNode listed : chief.get("/api/inspections/flagged?state=reviewed").json()) {
            if (listed.get("inspection").get("id").asText().equals(flagged)) {
                decided = listed.get("review");
            }
        }
        assertTrue(decided != null, "the verdict is recorded");
        assertFalse(decided.get("accepted").asBoolean());
        assertEquals("定位在厂区外 250 米，照片无法证明到场", decided.get("reason").asText());

        new org.openqa.selenium.support.ui.Select(browser.find(By.id("flagged-state"))).selectByValue("reviewed");
        browser.until("the reviewed list never showed the verdict", () -> !browser.driver().findElements(
                By.cssSelector(".flagged-card[data-inspection-id='" + flagged + "'] .flagged-verdict[data-accepted='false']")).isEmpty());
    }
}
