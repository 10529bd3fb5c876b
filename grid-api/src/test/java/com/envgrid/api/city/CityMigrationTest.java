package com.envgrid.api.city;

import com.envgrid.api.ForkDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * An install of one district takes the city's table with no action: migrated from V22 in a schema of its own, its
 * city's code follows from its district's GB/T 2260 code, or stays unknown for a district of another kind of code.
 */
class CityMigrationTest {
    @Test
    void a_district_with_a_gbt_2260_code_gives_the_city_its_code() throws SQLException {
        assertEquals("320200", cityCodeAfterMigrating("320214"));
    }

    @Test
    void a_district_with_another_kind_of_code_leaves_the_citys_unknown() throws SQLException {
        assertNull(cityCodeAfterMigrating("QY"));
    }

    private static String cityCodeAfterMigrating(String districtCode) throws SQLException {
        String schema = "city_migration_" + System.nanoTime();
        try {
            flyway(schema, "22").migrate();
            try (Connection db = ForkDatabase.connect(); Statement sql = db.createStatement()) {
                sql.execute("INSERT INTO " + schema + ".grid (code, name, level, tier, geometry, min_lon, min_lat,"
                        + " max_lon, max_lat, updated_at) VALUES ('" + districtCode + "', '清源区', 'district', 0,"
                        + " '\\x00', 120, 30, 121, 31, now())");
            }
            flyway(schema, "23").migrate();
            try (Connection db = ForkDatabase.connect(); Statement sql = db.createStatement();
                 ResultSet city = sql.executeQuery("SELECT code, name FROM " + schema + ".city")) {
                city.next();
                assertNull(city.getString("name"), "a city's name is set by its administrators");
                return city.getString("code");
            }
        } finally {
            try (Connection db = ForkDatabase.connect(); Statement sql = db.createStatement()) {
                sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static Flyway flyway(String schema, String target) {
        return Flyway.configure()
                .dataSource(ForkDatabase.url(), System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres"),
                        System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", ""))
                .schemas(schema).createSchemas(true).locations("classpath:db/migration").target(target).load();
    }
}
