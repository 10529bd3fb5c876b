package com.envgrid.api;

import com.envgrid.api.shared.EmbeddedDatabase;
import io.micronaut.runtime.Micronaut;

import java.nio.file.Path;

/**
 * Starts the platform. Without a configured database ({@code DATASOURCES_DEFAULT_URL} or the system property
 * {@code datasources.default.url}) it is a fresh install: it first starts the embedded default, a real PostgreSQL
 * kept under {@code ENVGRID_DATA_DIR} (default {@code ~/.envgrid-district}) with the secret that signs login tokens,
 * and — unless {@code ENVGRID_ADMIN_USERNAME} names another — makes the first administrator {@code admin}, whose
 * password ({@code ENVGRID_ADMIN_PASSWORD}, else generated) is kept in {@code admin-password} there, readable by its
 * owner only. With an external database {@code ENVGRID_JWT_SECRET} is required. The demo district has its own start
 * (grid-demo's {@code DemoApplication}) and its own data directory.
 */
public class Application {
    /** The embedded default's data directory under the home directory, unless {@code ENVGRID_DATA_DIR} says. */
    static final String DATA_FOLDER = ".envgrid-district";

    public static void main(String[] args) {
        if (EmbeddedDatabase.wanted()) {
            Path dataDir = EmbeddedDatabase.start(DATA_FOLDER);
            defaultIfUnset("ENVGRID_ADMIN_USERNAME", "envgrid.admin.username", "admin");
            defaultIfUnset("ENVGRID_ADMIN_PASSWORD_FILE", "envgrid.admin.password-file",
                    dataDir.resolve("admin-password").toString());
        }
        Micronaut.run(Application.class, args);
    }

    private static void defaultIfUnset(String variable, String property, String value) {
        if (System.getenv(variable) == null && System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
