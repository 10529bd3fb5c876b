package com.envgrid.demo;

import com.envgrid.api.Application;
import com.envgrid.api.shared.EmbeddedDatabase;
import io.micronaut.runtime.Micronaut;

/**
 * Starts the platform with the demo: without a configured database, the embedded default in {@code ENVGRID_DATA_DIR}
 * (default {@code ~/.envgrid}, apart from a real district's) with the demo district, its directory, accounts and
 * year of activity loaded on the first start ({@code ENVGRID_DEMO_ENABLED}, on by default here). With an external
 * database the demo loads only when {@code ENVGRID_DEMO_ENABLED=true}.
 */
public final class DemoApplication {
    static final String DATA_FOLDER = ".envgrid";

    private DemoApplication() {
    }

    public static void main(String[] args) {
        if (EmbeddedDatabase.wanted()) {
            EmbeddedDatabase.start(DATA_FOLDER);
            if (System.getProperty(DemoSwitches.ENABLED) == null && System.getenv("ENVGRID_DEMO_ENABLED") == null) {
                System.setProperty(DemoSwitches.ENABLED, "true");
            }
        }
        Micronaut.run(Application.class, args);
    }
}
