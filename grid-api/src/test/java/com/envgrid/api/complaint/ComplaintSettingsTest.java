package com.envgrid.api.complaint;

import com.envgrid.core.complaint.ComplaintDeadlines;
import com.envgrid.core.problem.Escalation;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The envgrid.complaints settings, as the README names them, replace their defaults. */
class ComplaintSettingsTest {
    @Test
    void unset_settings_keep_their_defaults() {
        try (var context = ApplicationContext.builder().environments("test").start()) {
            var settings = context.getBean(ComplaintSettings.class);
            assertEquals(ComplaintDeadlines.DEFAULT, settings.deadlinesByCategory());
            assertEquals(50, settings.nearBoundaryM());
            assertEquals(10, settings.maxPerHour());
            assertEquals(30, settings.maxPhotosPerHour());
            assertEquals(new Escalation(0, 3), settings.escalation());
        }
    }

    @Test
    void the_configured_values_replace_the_defaults() {
        try (var context = ApplicationContext.builder().environments("test").properties(Map.of(
                "envgrid.complaints.deadlines", "noise=2/10", "envgrid.complaints.near-boundary-m", "80",
                "envgrid.complaints.days-to-chief", "1", "envgrid.complaints.days-to-district", "4")).start()) {
            var settings = context.getBean(ComplaintSettings.class);
            assertEquals(ComplaintDeadlines.DEFAULT.overriddenBy("noise=2/10"), settings.deadlinesByCategory());
            assertEquals(80, settings.nearBoundaryM());
            assertEquals(new Escalation(1, 4), settings.escalation());
        }
    }
}
