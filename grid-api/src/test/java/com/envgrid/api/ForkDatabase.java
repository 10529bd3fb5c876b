package com.envgrid.api;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tests' database for this JVM. The build runs test classes in two JVMs side by side (surefire's forks), each
 * with a database of its own beside {@code TEST_DATABASE_URL}'s: {@code …/test} → {@code …/test_fork1},
 * {@code …/test_fork2} ({@code envgrid.test.database-suffix}, which application-test.yml appends too), so that they
 * share no table and no advisory lock. That database is created, if missing, before the JVM's first application
 * context starts. Without the suffix (a test run from an IDE) it is {@code TEST_DATABASE_URL}'s own.
 */
@ContextConfigurer
public final class ForkDatabase implements ApplicationContextConfigurer {
    private static final String SUFFIX = System.getProperty("envgrid.test.database-suffix", "");
    private static boolean created;

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

    /** A connection of its own to this JVM's database, outside the application's pool and transactions. */
    public static Connection connect() throws SQLException {
        return connect(url());
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres"),
                System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", ""));
    }

    private static String baseUrl() {
        return System.getenv().getOrDefault("TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }
}
