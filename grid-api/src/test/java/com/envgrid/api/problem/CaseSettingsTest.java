package com.envgrid.api.problem;

import com.envgrid.core.inspection.Severity;
import com.envgrid.core.problem.Escalation;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The envgrid.cases settings, as the README names them, set a case's deadline and when it escalates. */
class CaseSettingsTest {
    private static final LocalDate OPENED_ON = LocalDate.of(2026, 5, 4);

    @Test
    void the_configured_days_replace_the_defaults() {
        try (var context = ApplicationContext.builder().environments("test").properties(Map.of(
                "envgrid.cases.serious-days", "1", "envgrid.cases.days-to-chief", "2",
                "envgrid.cases.days-to-district", "5")).start()) {
            var settings = context.getBean(CaseSettings.class);
            assertEquals(OPENED_ON.plusDays(1), settings.deadlines().dueBy(Severity.SERIOUS, OPENED_ON));
            assertEquals(OPENED_ON.plusDays(7), settings.deadlines().dueBy(Severity.GENERAL, OPENED_ON));
            assertEquals(new Escalation(2, 5), settings.escalation());
        }
    }
}
