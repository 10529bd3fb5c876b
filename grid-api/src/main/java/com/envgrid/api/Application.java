package com.envgrid.api;

import com.envgrid.api.shared.EmbeddedDatabase;
import io.micronaut.runtime.Micronaut;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Starts the platform. Without a configured database ({@code DATASOURCES_DEFAULT_URL} or the system property
 * {@code datasources.default.url}) it first starts the embedded default: a real PostgreSQL kept under
 * {@code ENVGRID_DATA_DIR} (default {@code ~/.envgrid}), with the demo district loaded on first start.
 */
public class Application {
    public static void main(String[] args) {
        if (System.getenv("DATASOURCES_DEFAULT_URL") == null && System.getProperty("datasources.default.url") == null) {
            EmbeddedDatabase.start();
        }
        if (System.getenv("ENVGRID_JWT_SECRET") == null && System.getProperty("envgrid.jwt.secret") == null) {
            // tokens then last until the next restart; set ENVGRID_JWT_SECRET to keep them across restarts
            byte[] secret = new byte[48];
            new SecureRandom().nextBytes(secret);
            System.setProperty("envgrid.jwt.secret", HexFormat.of().formatHex(secret));
        }
        Micronaut.run(Application.class, args);
    }
}
