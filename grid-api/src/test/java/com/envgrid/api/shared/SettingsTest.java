package com.envgrid.api.shared;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A district time zone the platform cannot use stops the start and says which setting it is. */
class SettingsTest {
    @Test
    void an_unknown_time_zone_stops_the_start() {
        var failure = assertThrows(RuntimeException.class, () -> ApplicationContext.builder().environments("test")
                .properties(Map.of("envgrid.district.zone", "Mars/Olympus")).start().close());
        String messages = "";
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages += t.getMessage() + "\n";
        }
        assertTrue(messages.contains("ENVGRID_DISTRICT_ZONE"), messages);
    }
}
