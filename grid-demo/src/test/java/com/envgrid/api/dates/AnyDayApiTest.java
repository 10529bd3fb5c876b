package com.envgrid.api.dates;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.core.complaint.ComplaintCategory;
import com.envgrid.core.complaint.ComplaintDeadlines;
import com.envgrid.core.complaint.PublishedHolidays;
import com.envgrid.core.complaint.WorkingDays;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The date-sensitive scenarios through the API on the district's awkward days — the first and last day of a month,
 * a quarter's last day, 31 December and 1 January, a Saturday, a public holiday, a make-up working day, 29 February
 * 2028 — each at 00:30, 09:00 and 23:30 district time (16:30, 01:00 and 15:30 UTC: the hours where the machine's
 * date and the district's differ or not): what day the platform says it is, the month's duty windows and which are
 * overdue, the coverage figures, a complaint's working-day deadlines (and whether a calendar was missing for them),
 * and its escalation the day after it was due and three days later. The platform's clock is moved; nothing sleeps.
 */
@Tag("dates")
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
@Property(name = "test.clock", value = "mutable")
// the first moment below: the demo accounts take up their posts on the day the platform first starts
@Property(name = "test.clock-start", value = "2026-09-29T16:30:00Z")
class AnyDayApiTest extends ApiTestBase {
    static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    /** In date order: complaints are rate-limited per client over the last hour, so the clock only moves on. */
    static final List<LocalDate> DAYS = List.of(LocalDate.parse("2026-09-30"), LocalDate.parse("2026-10-01"),
            LocalDate.parse("2026-10-10"), LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-21"),
            LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-31"), LocalDate.parse("2027-01-01"),
            LocalDate.parse("2028-02-29"));
    static final List<LocalTime> TIMES = List.of(LocalTime.of(0, 30), LocalTime.of(9, 0), LocalTime.of(23, 30));
    private static final WorkingDays CALENDAR = PublishedHolidays.china();

    @Inject
    MutableClock clock;

    @Test
    void everyDateSensitiveScenarioHoldsOnEachDayAtEachHour() {
        ApiClient admin = ApiClient.asAdmin(http);
        ApiClient supervisor = ApiClient.signedIn(http, "supervisor", "Super#2026demo");
        ApiClient anonymous = ApiClient.anonymous(http);
        for (LocalDate day : DAYS) {
            for (LocalTime time : TIMES) {
                ZonedDateTime at = day.atTime(time).atZone(DISTRICT);
                clock.set(at.toInstant());
                scenario(at, admin, supervisor, anonymous);
            }
        }
    }

    private void scenario(ZonedDateTime at, ApiClient admin, ApiClient supervisor, ApiClient anonymous) {
        String when = at + " (" + at.toInstant() + ")";
        LocalDate today = at.toLocalDate();

        JsonNode said = anonymous.get("/api/today").json();
        assertEquals(today.toString(), said.get("today").asText(), when + ": the district's today");
        assertEquals("Asia/Shanghai", said.get("zone").asText());

        // duties: this month's windows, overdue exactly when their last day is before today
        String month = YearMonth.from(today).toString();
        assertEquals(200, admin.post("/api/duties/generate?period=" + month, "").status(), when);
        List<JsonNode> duties = list(admin.get("/api/duties?period=" + month).json());
        assertFalse(duties.isEmpty(), when);
        int overdue = 0;
        for (JsonNode duty : duties) {
            LocalDate dueBy = LocalDate.parse(duty.get("due_by").asText());
            boolean late = dueBy.isBefore(today);
            overdue += late ? 1 : 0;
            assertEquals(late ? "overdue" : "open", duty.get("status").asText(), when + ": " + duty);
            assertTrue(!dueBy.isBefore(YearMonth.from(today).atDay(1))
                    && !LocalDate.parse(duty.get("due_from").asText()).isAfter(YearMonth.from(today).atEndOfMonth()),
                    when + ": " + duty);
        }
        List<JsonNode> mine = list(supervisor.get("/api/duties?period=" + month + "&mine=true").json());
        assertFalse(mine.isEmpty(), when + ": the supervisor has duties this month");
        assertTrue(mine.stream().anyMatch(d -> !today.isBefore(LocalDate.parse(d.get("due_from").asText()))
                && !today.isAfter(LocalDate.parse(d.get("due_by").asText()))), when + ": a patrol window holds today");
        int coverageOverdue = list(admin.get("/api/coverage/rows?period=" + month + "&level=district").json()).stream()
                .mapToInt(r -> r.get("duties_overdue").asInt()).sum();
        assertEquals(overdue, coverageOverdue, when + ": the coverage map counts the same duties overdue");

        // a complaint received now: due in working days after today, escalated the day after and three days later
        JsonNode place = mine.get(0);
        JsonNode receipt = anonymous.post("/api/public/complaints", String.format(Locale.ROOT,
                "{\"category\":\"noise\",\"description\":\"夜间施工噪声\",\"lon\":%s,\"lat\":%s}",
                place.get("lon").asDouble(), place.get("lat").asDouble())).json();
        var due = ComplaintDeadlines.DEFAULT.due(ComplaintCategory.NOISE, today, CALENDAR);
        assertEquals(due.acceptBy().toString(), receipt.get("accept_by").asText(), when + ": " + receipt);
        assertEquals(due.closeBy().toString(), receipt.get("close_by").asText(), when + ": " + receipt);
        String complaint = "/api/complaints/" + receipt.get("id").asLong();
        JsonNode staffView = admin.get(complaint).json();
        assertEquals(due.closeBy().getYear() >= 2027, staffView.get("calendar_missing").asBoolean(),
                when + ": 2027 and 2028 have no published calendar: " + staffView);
        assertEquals("supervisor", staffView.get("escalated_to").asText(), when);
        assertFalse(staffView.get("overdue").asBoolean(), when);

        clock.set(due.acceptBy().plusDays(1).atTime(at.toLocalTime()).atZone(DISTRICT).toInstant());
        JsonNode late = admin.get(complaint).json();
        assertTrue(late.get("overdue").asBoolean(), when + ": not accepted the day after it was due: " + late);
        assertEquals("chief", late.get("escalated_to").asText(), when);
        clock.set(due.acceptBy().plusDays(4).atTime(at.toLocalTime()).atZone(DISTRICT).toInstant());
        assertEquals("district", admin.get(complaint).json().get("escalated_to").asText(), when);
        clock.set(at.toInstant());
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        StreamSupport.stream(array.spliterator(), false).forEach(items::add);
        return items;
    }
}
