package com.envgrid.api;

import com.envgrid.api.shared.EmbeddedDatabase;
import io.micronaut.runtime.Micronaut;

/**
 * Starts the platform. Without a configured database ({@code DATASOURCES_DEFAULT_URL} or the system property
 * {@code datasources.default.url}) it first starts the embedded default: a real PostgreSQL kept under
 * {@code ENVGRID_DATA_DIR} (default {@code ~/.envgrid}), with the demo district loaded on first start when the demo
 * module (grid-demo) is on the classpath, and the secret that signs login tokens kept there. With an external
 * database {@code ENVGRID_JWT_SECRET} is required.
 */
public class Application {
    public static void main(String[] args) {
        if (System.getenv("DATASOURCES_DEFAULT_URL") == null && System.getProperty("datasources.default.url") == null) {
            EmbeddedDatabase.start();
        }
        Micronaut.run(Application.class, args);
    }
}
