package com.envgrid.api;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The tests' database for this JVM. The build runs test classes in two JVMs side by side (surefire's forks), each
 * with a database of its own beside {@code TEST_DATABASE_URL}'s: {@code …/test} → {@code …/test_fork1},
 * {@code …/test_fork2} ({@code envgrid.test.database-suffix}, which application-test.yml appends too), so that they
 * share no table and no advisory lock. That database is created, if missing, before the JVM's first application
 * context starts. Without the suffix (a test run from an IDE) it is {@code TEST_DATABASE_URL}'s own.
 * <p>
 * A context that would clean and migrate it gets a {@linkplain #freshCopy fresh copy} of {@code …_fork1_migrated}
 * instead, migrated once per JVM ({@link FreshForkDatabase}).
 */
@ContextConfigurer
public final class ForkDatabase implements ApplicationContextConfigurer {
    private static final String SUFFIX = System.getProperty("envgrid.test.database-suffix", "");
    /** PostgreSQL's SQL state for a database renamed or dropped while something is connected to it: object in use */
    private static final String IN_USE = "55006";
    private static boolean created;
    /** The migrations {@code …_migrated} was made with, in this JVM; none yet: it is made anew at first use. */
    private static String migrated;
    /** How many of this JVM's databases were replaced by a fresh copy so far. */
    private static int replaced;
    /** Drops the databases replaced, one after the other, while the tests go on. */
    private static final ExecutorService DROPPER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "dropping-test-databases");
        thread.setDaemon(true);
        return thread;
    });

    /** The JDBC URL of this JVM's database, which exists once this returns (a test may need it before any context). */
    public static String url() {
        createOnce();
        return baseUrl() + SUFFIX;
    }

    @Override
    public void configure(ApplicationContextBuilder builder) {
        createOnce();
    }

    private static synchronized void createOnce() {
        if (created || SUFFIX.isEmpty()) {
            return;
        }
        String base = baseUrl();
        String name = base.substring(base.lastIndexOf('/') + 1) + SUFFIX;
        try (Connection db = connect(base);
             PreparedStatement exists = db.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                try (Statement create = db.createStatement()) {
                    create.execute("CREATE DATABASE \"" + name + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + " beside " + base, e);
        }
        created = true;
    }

    /** Whether {@code url} is this JVM's own database (not {@code TEST_DATABASE_URL}'s: an IDE's run has no copy). */
    static boolean isThisJvms(String url) {
        return !SUFFIX.isEmpty() && url().equals(url);
    }

    /**
     * Replaces this JVM's database with a copy of one made by {@code migrations} (itself made on first use, and again
     * when other migrations or placeholders are asked for): a database exactly as cleaning and migrating it would
     * leave it, in a fraction of the time (PostgreSQL copies its files). A database replaced is renamed and dropped
     * in the background: a drop waits for a checkpoint, which the next test need not wait for. Connections still
     * open to it are ended first; false, leaving it untouched, if some remain (then the caller cleans it as before).
     */
    static synchronized boolean freshCopy(FluentConfiguration migrations) {
        String base = baseUrl();
        String name = base.substring(base.lastIndexOf('/') + 1) + SUFFIX;
        String template = name + "_migrated";
        String recipe = Arrays.toString(migrations.getLocations()) + migrations.getPlaceholders();
        try (Connection db = connect(base); Statement sql = db.createStatement()) {
            if (!recipe.equals(migrated)) {
                dropInTheBackground(databases(db, name.replace("_", "\\_") + "\\_old\\_%"));
                discard(sql, template, name);
                sql.execute("CREATE DATABASE \"" + template + "\"");
                migrations.dataSource(base.substring(0, base.lastIndexOf('/') + 1) + template, user(), password())
                        .load().migrate();
                migrated = recipe;
            }
            try {
                discard(sql, name, name);
            } catch (SQLException e) {
                if (!IN_USE.equals(e.getSQLState())) {
                    throw e;
                }
                // what still holds it is left over: the pool of a context whose start failed (SettingsTest), a
                // test's connection; cleaning would pull the schema from under it all the same
                sql.execute("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = '" + name
                        + "' AND pid <> pg_backend_pid()");
                try {
                    discard(sql, name, name);
                } catch (SQLException again) {
                    if (IN_USE.equals(again.getSQLState())) {
                        return false;
                    }
                    throw again;
                }
            }
            sql.execute("CREATE DATABASE \"" + name + "\" TEMPLATE \"" + template + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy the test database " + template + " to " + name, e);
        }
        created = true;
        return true;
    }

    /**
     * Renames the database, if there is one, out of the way ({@code <fork>_old_<pid>_<n>}, which the next JVM drops
     * if this one could not) and drops it in the background.
     */
    private static void discard(Statement sql, String database, String fork) throws SQLException {
        if (!databases(sql.getConnection(), database.replace("_", "\\_")).isEmpty()) {
            String old = fork + "_old_" + ProcessHandle.current().pid() + "_" + ++replaced;
            sql.execute("ALTER DATABASE \"" + database + "\" RENAME TO \"" + old + "\"");
            dropInTheBackground(List.of(old));
        }
    }

    /** The names of the databases LIKE the pattern. */
    private static List<String> databases(Connection db, String namePattern) throws SQLException {
        try (PreparedStatement find = db.prepareStatement("SELECT datname FROM pg_database WHERE datname LIKE ?")) {
            find.setString(1, namePattern);
            List<String> names = new ArrayList<>();
            for (ResultSet found = find.executeQuery(); found.next(); ) {
                names.add(found.getString(1));
            }
            return names;
        }
    }

    private static void dropInTheBackground(List<String> databases) {
        for (String database : databases) {
            DROPPER.execute(() -> {
                try (Connection db = connect(baseUrl()); Statement sql = db.createStatement()) {
                    sql.execute("DROP DATABASE IF EXISTS \"" + database + "\"");
                } catch (SQLException e) {
                    // left for the next JVM's first copy to drop
                }
            });
        }
    }

    /** A connection of its own to this JVM's database, outside the application's pool and transactions. */
    public static Connection connect() throws SQLException {
        return connect(url());
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    private static String user() {
        return System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres");
    }

    private static String password() {
        return System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "");
    }

    private static String baseUrl() {
        return System.getenv().getOrDefault("TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }
}
