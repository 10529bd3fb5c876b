package com.envgrid.api.review;

import com.envgrid.api.ForkDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * V26 on a database of one district with published reviews, migrated in a schema of its own: each review becomes the
 * only district's, and a quarter is then published once per district.
 */
class ReviewsPerDistrictMigrationTest {
    private static final String SCHEMA = "reviews_per_district_migration";
    private static final String USER = System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "");

    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(ForkDatabase.url(), USER, PASSWORD).schemas(SCHEMA)
                .locations("classpath:db/migration").target(target).cleanDisabled(false).load();
    }

    /** The last migration before V26, whichever others have landed. */
    private static String beforeV26() {
        MigrationVersion v26 = MigrationVersion.fromVersion("26");
        return Arrays.stream(flyway("latest").info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(v26) < 0).max(Comparator.naturalOrder()).orElseThrow().getVersion();
    }

    private static Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(ForkDatabase.url(), USER, PASSWORD);
        try (Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + SCHEMA);
        }
        return c;
    }

    @AfterEach
    void dropTheSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(ForkDatabase.url(), USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void theReviewsOfASingleDistrictBecomeThatDistrictsAndAQuarterIsPublishedOncePerDistrict() throws SQLException {
        String before = beforeV26();
        flyway(before).clean();
        flyway(before).migrate();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO grid (code, name, level, tier, parent_code, geometry, min_lon, min_lat, max_lon,"
                    + " max_lat, updated_at) VALUES ('320214', '清源区', 'district', 0, NULL, decode('00', 'hex'),"
                    + " 120, 30, 121, 31, now())");
            s.execute("INSERT INTO person (name, username, password_hash, role, created_at)"
                    + " VALUES ('管理员', 'admin', 'x', 'admin', now())");
            for (String quarter : new String[] {"2026-Q2", "2026-Q3"}) {
                s.execute("INSERT INTO review (quarter, weights, ranking, published_at, published_by) VALUES ('"
                        + quarter + "', '{}', '[]', now(), (SELECT id FROM person))");
            }
        }

        flyway("26").migrate();

        try (Connection c = connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT string_agg(district_code || ' ' || quarter, ', '"
                    + " ORDER BY quarter) FROM review")) {
                rs.next();
                assertEquals("320214 2026-Q2, 320214 2026-Q3", rs.getString(1));
            }
            s.execute("INSERT INTO review (district_code, quarter, weights, ranking, published_at, published_by)"
                    + " VALUES ('320215', '2026-Q3', '{}', '[]', now(), (SELECT id FROM person))");
            assertThrows(SQLException.class, () -> s.execute("INSERT INTO review (district_code, quarter, weights,"
                    + " ranking, published_at, published_by) VALUES ('320214', '2026-Q3', '{}', '[]', now(),"
                    + " (SELECT id FROM person))"), "one review per district and quarter");
        }
    }
}
