package com.envgrid.api.web;

import static com.envgrid.api.TestPhotos.sha256;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.api.ApiClient;
import com.envgrid.api.MutableClock;
import com.envgrid.api.shared.DistrictTime;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The supervisor's field page on a phone-sized screen: this month's duties nearest first, a record made against one
 * of them with the phone's position, the checklist, a finding and a photo, and the server's answer on the page; and
 * a record made with the network cut, kept in the outbox, sent once when the network is back — exactly once.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "test.clock", value = "mutable")
// Wednesday 18 November 2026, 09:30 in the district: the month's first patrol windows are open, others are not yet
@Property(name = "test.clock-start", value = "2026-11-18T01:30:00Z")
class FieldPageBrowserTest extends BrowserTestBase {
    /** A one-pixel PNG, which the server recognises by its bytes. */
    private static final byte[] PIXEL_PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d494844520000000100000001"
            + "0802000000907753de0000000c49444154789c63d09adb0f00024b015749209e330000000049454e44ae426082");

    @Inject
    MutableClock clock;

    @Inject
    DistrictTime time;

    private ApiClient supervisor;

    @BeforeEach
    void thisMonthsDutiesExist() {
        ApiClient admin = signedIn(BrowserSession.ADMIN);
        admin.post("/api/duties/generate?period=" + thisMonth(), "");
        supervisor = signedIn(BrowserSession.SUPERVISOR);
    }

    @Test
    void theSupervisorRecordsAnInspectionOfTheNearestDutyAndSeesTheStoredAnswer() throws IOException {
        JsonNode duty = SupervisorDuties.anOpenDuty(supervisor, time.today());
        long dutyId = duty.get("id").asLong();
        double lon = duty.get("lon").asDouble();
        double lat = duty.get("lat").asDouble();
        int casesBefore = supervisor.get("/api/cases").json().size();
        Path photo = Files.createTempFile("inspection-", ".png");
        Files.write(photo, PIXEL_PNG);

        try (BrowserSession phone = BrowserSession.openPhone(server)) {
            // standing at the duty's target
            phone.setGeolocation(lon, lat, 8);
            phone.signInAt("field.html", BrowserSession.SUPERVISOR);
            waitForDuties(phone);
            phone.until("the list is never sorted by distance", () -> "distance".equals(
                    phone.find(By.id("duty-list")).getAttribute("data-sort")));
            List<Double> distances = distances(phone);
            List<Double> sorted = new ArrayList<>(distances);
            sorted.sort(null);
            assertEquals(sorted, distances, "duties are listed nearest first");
            assertTrue(distances.get(0) < 1, "the nearest duty is where the phone is: " + distances);
            assertFalse(phone.find(By.cssSelector("#duty-list [data-duty-id='" + dutyId + "'] .duty-distance")).getText().isBlank(),
                    "each duty says how far it is");

            phone.tap(By.cssSelector("#duty-list [data-duty-id='" + dutyId + "'] button.duty-open"));

            WebElement panel = phone.find(By.id("record-panel"));
            phone.until("the record form never opened", panel::isDisplayed);
            assertEquals(String.valueOf(dutyId), panel.getAttribute("data-duty-id"));
            phone.until("the checklist never loaded", () -> panel.getAttribute("data-checklist-loaded") != null
                    && !"error".equals(panel.getAttribute("data-checklist-loaded")));
            int checklistItems = Integer.parseInt(panel.getAttribute("data-checklist-loaded"));
            assertTrue(checklistItems > 0, "a patrol or a source has a checklist");
            phone.tap(By.id("fix-locate"));
            phone.until("the position never came", () -> "gps".equals(phone.find(By.id("fix-summary")).getAttribute("data-source"))
                    && !phone.find(By.id("fix-lon")).getAttribute("value").isBlank());
            assertEquals(lon, Double.parseDouble(phone.find(By.id("fix-lon")).getAttribute("value")), 1e-6);
            assertEquals(lat, Double.parseDouble(phone.find(By.id("fix-lat")).getAttribute("value")), 1e-6);
            assertEquals("8", phone.find(By.id("fix-accuracy")).getAttribute("value"), "the fix's accuracy in metres");

            phone.tap(By.id("checklist-all-yes"));
            phone.tap(By.id("finding-add"));
            WebElement finding = phone.find(By.cssSelector("#findings .finding-row:last-child"));
            new Select(finding.findElement(By.cssSelector("select.finding-category"))).selectByValue("dust");
            new Select(finding.findElement(By.cssSelector("select.finding-severity"))).selectByValue("serious");
            finding.findElement(By.cssSelector("textarea.finding-description")).sendKeys("工地裸土未覆盖，道路扬尘明显");
            phone.find(By.id("record-notes")).sendKeys("现场已告知负责人");
            phone.find(By.id("record-photos")).sendKeys(photo.toString());
            phone.until("the photo was never taken in", () -> !phone.driver()
                    .findElements(By.cssSelector("#photo-list .photo-item[data-sha256='" + sha256(PIXEL_PNG) + "']")).isEmpty());
            phone.screenshotWholePage("field.png");

            phone.tap(By.id("record-submit"));

            WebElement result = phone.find(By.id("record-result"));
            phone.until("the stored answer never came; status line: " + phone.find(By.id("field-status")).getText(),
                    () -> "stored".equals(result.getAttribute("data-state")));
            assertEquals("false", result.getAttribute("data-flagged"), "a fix at the target is not flagged: " + result.getText());
            String id = result.getAttribute("data-inspection-id");
            String[] caseIds = result.getAttribute("data-cases").split(",");
            assertEquals(1, caseIds.length, "one finding opens one case: " + result.getText());
            assertEquals("0", phone.find(By.id("outbox-count")).getText(), "nothing left waiting");
            phone.until("the duty is never shown done", () -> "done".equals(phone.find(
                    By.cssSelector(".duty-card[data-duty-id='" + dutyId + "']")).getAttribute("data-status")));
            phone.screenshot("field-result.png");

            JsonNode stored = supervisor.get("/api/inspections/" + id).json();
            assertEquals(dutyId, stored.get("duty_id").asLong());
            assertTrue(stored.get("location").get("plausible").asBoolean());
            assertEquals(checklistItems, stored.get("checklist").size(), "every checklist item answered: " + stored);
            stored.get("checklist").forEach(answer -> assertTrue(answer.asBoolean()));
            assertEquals("dust", stored.get("findings").get(0).get("category").asText());
            assertEquals("serious", stored.get("findings").get(0).get("severity").asText());
            assertEquals("现场已告知负责人", stored.get("notes").asText());
            assertEquals(sha256(PIXEL_PNG), stored.get("photos").get(0).get("sha256").asText(), "the photo went up by its hash");
            assertEquals(1, inspectionsOf(dutyId).size(), "exactly one inspection of the duty");

            JsonNode cases = supervisor.get("/api/cases").json();
            assertEquals(casesBefore + 1, cases.size(), "exactly one case more");
            List<JsonNode> opened = StreamSupport.stream(cases.spliterator(), false)
                    .filter(c -> c.get("inspection_id").asText().equals(id)).toList();
            assertEquals(1, opened.size());
            assertEquals(caseIds[0], opened.get(0).get("id").asText());
            assertEquals("open", opened.get(0).get("state").asText());
            assertEquals("done", dutyFromApi(dutyId).get("status").asText(), "a plausible inspection makes the duty done");
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    @Test
    void aRecordMadeOfflineWaitsInTheOutboxAndIsStoredOnceWhenTheNetworkIsBack() throws IOException {
        JsonNode duty = SupervisorDuties.anOpenDuty(supervisor, time.today());
        long dutyId = duty.get("id").asLong();
        int before = allInspections().size();

        try (BrowserSession phone = BrowserSession.openPhone(server)) {
            phone.signInAt("field.html", BrowserSession.SUPERVISOR);
            waitForDuties(phone);
            // the checklists the list may need are fetched while there is a network
            phone.until("the checklists were never fetched",
                    () -> "ready".equals(phone.find(By.id("duty-list")).getAttribute("data-checklists")));

            phone.setOffline(true);
            phone.tap(By.cssSelector("#duty-list [data-duty-id='" + dutyId + "'] button.duty-open"));
            WebElement panel = phone.find(By.id("record-panel"));
            phone.until("the record form never opened", panel::isDisplayed);
            phone.until("the checklist is not there offline", () -> panel.getAttribute("data-checklist-loaded") != null
                    && !"error".equals(panel.getAttribute("data-checklist-loaded")));
            // no position from the phone: typed in, at the duty's target
            phone.type("fix-lon", duty.get("lon").asText());
            phone.type("fix-lat", duty.get("lat").asText());
            phone.type("fix-accuracy", "30");
            phone.tap(By.id("checklist-all-yes"));
            phone.tap(By.id("record-submit"));

            WebElement result = phone.find(By.id("record-result"));
            WebElement count = phone.find(By.id("outbox-count"));
            phone.until("the record never showed as waiting; status line: " + phone.find(By.id("field-status")).getText(),
                    () -> "queued".equals(result.getAttribute("data-state")) && "1".equals(count.getText()));
            String recordId = result.getAttribute("data-record-id");
            assertFalse(recordId.isBlank(), "the record has its UUID before it is ever sent");
            assertTrue(phone.find(By.cssSelector(".duty-card[data-duty-id='" + dutyId + "']")).getAttribute("data-queued") != null,
                    "the duty shows its record waiting");
            WebElement waiting = phone.find(By.cssSelector("#outbox-list .outbox-item[data-id='" + recordId + "']"));
            int attempts = Integer.parseInt(waiting.getAttribute("data-attempts"));
            phone.tap(By.id("outbox-send"));
            phone.until("sending without a network was never tried", () -> Integer.parseInt(phone.find(
                    By.cssSelector("#outbox-list .outbox-item[data-id='" + recordId + "']")).getAttribute("data-attempts")) > attempts);
            assertEquals("1", count.getText(), "still waiting while offline");
            assertEquals(before, allInspections().size(), "nothing reached the server while offline");
            phone.screenshot("field-offline.png");

            phone.setOffline(false);
            // the page sends on its own when the browser is online again; "send now" does too
            if (phone.find(By.id("outbox-send")).isEnabled()) {
                phone.tap(By.id("outbox-send"));
            }

            phone.until("the record never left the outbox; status line: " + phone.find(By.id("field-status")).getText(),
                    () -> "0".equals(count.getText()) && "stored".equals(result.getAttribute("data-state")));
            assertEquals(recordId, result.getAttribute("data-inspection-id"), "stored under the UUID the phone made");
            assertEquals(before + 1, allInspections().size(), "stored once, not twice");
            assertEquals(1, inspectionsOf(dutyId).size());

            // a reload sends whatever waits again: nothing does, and nothing is doubled
            phone.open("field.html");
            waitForDuties(phone);
            assertEquals("0", phone.find(By.id("outbox-count")).getText());
            assertEquals(before + 1, allInspections().size(), "still one");
            assertEquals(200, supervisor.get("/api/inspections/" + recordId).status());
        }
    }

    @Test
    void aRecordTheServerRefusesStaysWithItsReasonUntilItIsChangedAndSent() throws IOException {
        JsonNode duty = SupervisorDuties.anOpenDuty(supervisor, time.today());
        long dutyId = duty.get("id").asLong();
        int before = allInspections().size();
        // a text file named like a photo: the server recognises images by their bytes
        Path notAPhoto = Files.createTempFile("not-a-photo-", ".jpg");
        Files.writeString(notAPhoto, "this is not a JPEG");

        try (BrowserSession phone = BrowserSession.openPhone(server)) {
            phone.signInAt("field.html", BrowserSession.SUPERVISOR);
            waitForDuties(phone);
            phone.tap(By.cssSelector("#duty-list [data-duty-id='" + dutyId + "'] button.duty-open"));
            phone.until("the record form never opened", () -> phone.find(By.id("record-panel")).isDisplayed());
            phone.type("fix-lon", duty.get("lon").asText());
            phone.type("fix-lat", duty.get("lat").asText());
            phone.type("fix-accuracy", "20");
            phone.find(By.id("record-photos")).sendKeys(notAPhoto.toString());
            phone.until("the file was never taken in", () -> !phone.driver().findElements(By.cssSelector("#photo-list .photo-item")).isEmpty());
            phone.tap(By.id("record-submit"));

            WebElement result = phone.find(By.id("record-result"));
            phone.until("the refusal never showed; status line: " + phone.find(By.id("field-status")).getText(),
                    () -> "refused".equals(result.getAttribute("data-state")));
            assertTrue(result.getText().contains("not a JPEG, PNG or HEIC"), "the server's reason is shown: " + result.getText());
            assertEquals("1", phone.find(By.id("outbox-count")).getText(), "kept for the supervisor to deal with");
            WebElement refused = phone.find(By.cssSelector("#outbox-list .outbox-item[data-state='refused']"));
            assertTrue(refused.getText().contains(notAPhoto.getFileName().toString()), "it names the photo: " + refused.getText());
            assertEquals(before, allInspections().size(), "nothing stored");

            phone.tap(refused.findElement(By.cssSelector("button[data-action='edit']")));

            phone.until("the record never came back into the form", () -> phone.find(By.id("record-panel")).isDisplayed()
                    && !phone.driver().findElements(By.cssSelector("#photo-list .photo-item")).isEmpty());
            assertEquals(duty.get("lon").asText(), phone.find(By.id("fix-lon")).getAttribute("value"), "the fix is kept");
            phone.tap(By.cssSelector("#photo-list .photo-item button"));
            phone.tap(By.id("record-submit"));

            phone.until("the changed record was never stored", () -> "stored".equals(result.getAttribute("data-state"))
                    && "0".equals(phone.find(By.id("outbox-count")).getText()));
            assertEquals(before + 1, allInspections().size(), "the changed record, once");
            assertEquals(1, inspectionsOf(dutyId).size());
        } finally {
            Files.deleteIfExists(notAPhoto);
        }
    }

    private static void waitForDuties(BrowserSession phone) {
        phone.until("the duty list never loaded; status line: " + phone.find(By.id("field-status")).getText(),
                () -> phone.find(By.id("duty-list")).getAttribute("data-loaded") != null);
    }

    private YearMonth thisMonth() {
        return YearMonth.from(time.today());
    }

    private JsonNode dutyFromApi(long id) {
        return StreamSupport.stream(SupervisorDuties.ofMonth(supervisor, time.today()).spliterator(), false)
                .filter(duty -> duty.get("id").asLong() == id).findFirst().orElseThrow();
    }

    private JsonNode allInspections() {
        Instant now = clock.instant();
        ApiClient.Answer answer = supervisor.get("/api/inspections?from=" + now.minus(Duration.ofDays(2)) + "&to="
                + now.plus(Duration.ofDays(1)));
        assertEquals(200, answer.status(), "inspections: " + answer.json());
        return answer.json();
    }

    private List<JsonNode> inspectionsOf(long dutyId) {
        return StreamSupport.stream(allInspections().spliterator(), false)
                .filter(inspection -> inspection.hasNonNull("duty_id") && inspection.get("duty_id").asLong() == dutyId)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Double> distances(BrowserSession phone) {
        List<Object> values = (List<Object>) phone.script("return [...document.querySelectorAll('#duty-list [data-duty-id]')]"
                + ".map(card => Number(card.dataset.distanceM));");
        return values.stream().map(value -> ((Number) value).doubleValue()).toList();
    }
}
