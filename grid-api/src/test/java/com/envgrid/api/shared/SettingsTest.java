package com.envgrid.api.shared;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A setting the platform cannot use — a district time zone, a bcrypt cost — stops the start and says which it is. */
class SettingsTest {
    @Test
    void an_unknown_time_zone_stops_the_start() {
        String messages = startFailure(Map.of("envgrid.district.zone", "Mars/Olympus"));
        assertTrue(messages.contains("ENVGRID_DISTRICT_ZONE"), messages);
    }

    @Test
    void a_bcrypt_cost_outside_4_to_31_stops_the_start_naming_the_setting_and_the_range() {
        for (String cost : new String[]{"3", "32"}) {
            String messages = startFailure(Map.of("envgrid.passwords.bcrypt-cost", cost));
            assertTrue(messages.contains("envgrid.passwords.bcrypt-cost (ENVGRID_PASSWORDS_BCRYPT_COST)"), messages);
            assertTrue(messages.contains("from 4 to 31") && messages.contains(cost), messages);
        }
    }

    /** The messages of the failure that stops an application context started with these settings, cause by cause. */
    private static String startFailure(Map<String, Object> settings) {
        var failure = assertThrows(RuntimeException.class, () -> ApplicationContext.builder().environments("test")
                .properties(settings).start().close());
        String messages = "";
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages += t.getMessage() + "\n";
        }
        return messages;
    }
}
