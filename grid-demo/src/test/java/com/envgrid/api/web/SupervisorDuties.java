package com.envgrid.api.web;

import com.envgrid.api.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** The demo supervisor's duties of the month, as the field page lists them. */
final class SupervisorDuties {
    private SupervisorDuties() {
    }

    /** The supervisor's duties in the month of {@code today}. */
    static JsonNode ofMonth(ApiClient supervisor, LocalDate today) {
        return supervisor.get("/api/duties?period=" + YearMonth.from(today) + "&mine=true").json();
    }

    /**
     * A duty of the supervisor this month that is not done yet and whose window has opened — the page offers the
     * others as upcoming, without an open button —: a patrol where one is left.
     */
    static JsonNode anOpenDuty(ApiClient supervisor, LocalDate today) {
        JsonNode duties = ofMonth(supervisor, today);
        List<JsonNode> open = StreamSupport.stream(duties.spliterator(), false)
                .filter(duty -> !"done".equals(duty.get("status").asText()))
                .filter(duty -> duty.get("due_from").asText().compareTo(today.toString()) <= 0)
                .sorted((a, b) -> Boolean.compare(!"grid_patrol".equals(a.get("target_kind").asText()),
                        !"grid_patrol".equals(b.get("target_kind").asText())))
                .toList();
        assertFalse(open.isEmpty(), "the demo supervisor has duties left this month: " + duties);
        return open.get(0);
    }
}
