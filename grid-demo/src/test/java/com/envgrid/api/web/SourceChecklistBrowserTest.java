package com.envgrid.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.api.ApiClient;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.core.duty.TargetKind;
import com.envgrid.core.inspection.ChecklistItem;
import com.envgrid.core.inspection.Checklists;
import com.envgrid.core.source.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A supervisor on a phone inspects a source of each kind from the field page: the duty's form shows that kind's
 * checklist — a construction site's hoarding, covered soil and vehicle washing (围挡, 裸土覆盖, 车辆冲洗), an enterprise's
 * permit, another source's fume purifier —, the answers go up with the record, and the stored record carries them.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "test.clock", value = "mutable")
// Wednesday 18 November 2026, 09:30 in the district: the month's first windows are open
@Property(name = "test.clock-start", value = "2026-11-18T01:30:00Z")
class SourceChecklistBrowserTest extends BrowserTestBase {

    @Inject
    DistrictTime time;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "enterprise,        permit_valid,  排污许可证在有效期内",
            "construction_site, hoarding,      施工现场周边围挡完整",
            "other,             fume_purifier, 油烟、废气净化设施正常运行"})
    void theSupervisorAnswersTheChecklistOfTheSourcesKind(String kind, String key, String zh) throws IOException {
        JsonNode duty = anOpenDutyOnANewSource(kind);
        long dutyId = duty.get("id").asLong();
        List<String> expected = Checklists.forTarget(TargetKind.SOURCE, kind).stream().map(ChecklistItem::key).toList();

        try (BrowserSession phone = BrowserSession.openPhone(server)) {
            phone.signInAt("field.html", BrowserSession.SUPERVISOR);
            phone.until("the duty list never loaded; status line: " + phone.find(By.id("field-status")).getText(),
                    () -> phone.find(By.id("duty-list")).getAttribute("data-loaded") != null);
            phone.tap(By.cssSelector("#duty-list [data-duty-id='" + dutyId + "'] button.duty-open"));
            WebElement panel = phone.find(By.id("record-panel"));
            phone.until("the record form never opened", panel::isDisplayed);
            phone.until("the checklist never loaded: " + panel.getAttribute("data-checklist-loaded"),
                    () -> panel.getAttribute("data-checklist-loaded") != null
                            && !"error".equals(panel.getAttribute("data-checklist-loaded")));

            @SuppressWarnings("unchecked")
            List<String> shown = (List<String>) phone.script("return [...document.querySelectorAll('#checklist .check-item')]"
                    + ".map(item => item.dataset.key);");
            assertEquals(expected, shown, "the " + kind + "'s checklist, in walking order");
            assertEquals(zh, phone.find(By.id("check-" + key + "-label")).getText());
            if ("construction_site".equals(kind)) {
                // the dust checks of a site: hoarding, covered soil, vehicle washing (围挡, 裸土覆盖, 车辆冲洗)
                assertEquals("裸土、物料堆放全部覆盖", phone.find(By.id("check-bare_soil_covered-label")).getText());
                assertEquals("出入车辆冲洗干净", phone.find(By.id("check-vehicle_washing-label")).getText());
            }

            phone.type("fix-lon", duty.get("lon").asText());
            phone.type("fix-lat", duty.get("lat").asText());
            phone.type("fix-accuracy", "10");
            // all fine but the kind's own check
            phone.tap(By.id("checklist-all-yes"));
            phone.tap(By.cssSelector("label[for='check-" + key + "-no']"));
            phone.screenshotWholePage("field-checklist-" + kind + ".png");
            phone.tap(By.id("record-submit"));

            WebElement result = phone.find(By.id("record-result"));
            phone.until("the stored answer never came; result: " + result.getText() + "; status line: "
                    + phone.find(By.id("field-status")).getText(), () -> "stored".equals(result.getAttribute("data-state")));

            JsonNode stored = supervisor().get("/api/inspections/" + result.getAttribute("data-inspection-id")).json();
            assertEquals(dutyId, stored.get("duty_id").asLong());
            Map<String, Boolean> answers = new TreeMap<>();
            stored.get("checklist").fields().forEachRemaining(e -> answers.put(e.getKey(), e.getValue().asBoolean()));
            Map<String, Boolean> meant = new TreeMap<>();
            expected.forEach(k -> meant.put(k, !k.equals(key)));
            assertEquals(meant, answers, "the stored record carries the " + kind + "'s answers");
            assertTrue(stored.get("location").get("plausible").asBoolean(), "the fix is at the source: " + stored);
        }
    }

    /**
     * A D-rated source of the kind, new to the directory, at the middle of one of the demo supervisor's grids, and its
     * duty this month whose window has opened.
     */
    private JsonNode anOpenDutyOnANewSource(String kind) {
        ApiClient admin = signedIn(BrowserSession.ADMIN);
        String month = YearMonth.from(time.today()).toString();
        admin.post("/api/duties/generate?period=" + month, "");
        JsonNode patrol = duties(month).stream().filter(d -> "grid_patrol".equals(d.get("target_kind").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("the demo supervisor patrols a grid"));
        String code = switch (kind) {
            case "enterprise" -> CreditCode.withCheckCharacter("91320214MA1CHK001");
            case "construction_site" -> "JZ-CHECK";
            default -> "QT-CHECK";
        };
        var saved = admin.post("/api/sources", String.format(java.util.Locale.ROOT, "{\"type\":\"Feature\",\"geometry\":"
                        + "{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]},\"properties\":{\"code\":\"%s\",\"credit_code\":%s,"
                        + "\"kind\":\"%s\",\"name\":\"巡查清单%s\",\"rating\":\"D\"}}", patrol.get("lon").asDouble(),
                patrol.get("lat").asDouble(), code, kind.equals("enterprise") ? "\"" + code + "\"" : "null", kind, kind));
        assertEquals(200, saved.status(), String.valueOf(saved.json()));
        admin.post("/api/duties/generate?period=" + month, "");
        String today = time.today().toString();
        return duties(month).stream().filter(d -> code.equals(d.get("target_code").asText()))
                .filter(d -> !"done".equals(d.get("status").asText()))
                .filter(d -> d.get("due_from").asText().compareTo(today) <= 0)
                .findFirst().orElseThrow(() -> new AssertionError("no open duty on " + code + ": " + duties(month)));
    }

    private List<JsonNode> duties(String month) {
        return StreamSupport.stream(supervisor().get("/api/duties?period=" + month + "&mine=true").json().spliterator(), false)
                .toList();
    }

    private ApiClient supervisor() {
        return signedIn(BrowserSession.SUPERVISOR);
    }

}
