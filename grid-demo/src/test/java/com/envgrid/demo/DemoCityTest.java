package com.envgrid.demo;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.layer.LiveGridLayer;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenario: the demo starts for the first time and shows a small city of two districts. */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
class DemoCityTest extends ApiTestBase {
    @Inject
    LiveGridLayer live;

    @Test
    void the_demo_city_holds_qingyuan_and_a_smaller_second_district_beside_it() {
        assertEquals("320214 清源区, 320215 东澜区", sql.text("SELECT string_agg(code || ' ' || name, ', ' ORDER BY code)"
                + " FROM grid WHERE level = 'district'"));
        long first = sql.count("SELECT count(*) FROM grid WHERE code LIKE '320214%'");
        long second = sql.count("SELECT count(*) FROM grid WHERE code LIKE '320215%'");
        assertEquals(61, first, "清源区 as before");
        assertTrue(second >= 30 && second < first, "东澜区 is smaller: " + second + " grids");
        assertEquals(8, sql.count("SELECT count(*) FROM grid WHERE parent_code = '320215'"),
                "three streets, three towns, two parks");
        var layer = live.layer();
        assertTrue(layer.find("320214").orElseThrow().geometry().distance(layer.find("320215").orElseThrow().geometry())
                > 0.01, "the districts lie apart, a strip of country between them");
    }

    @Test
    void each_district_has_its_own_sources_and_rivers() {
        assertEquals(60, sql.count("SELECT count(*) FROM source WHERE grid_code LIKE '320214%'"));
        assertEquals(30, sql.count("SELECT count(*) FROM source WHERE grid_code LIKE '320215%'"));
        assertEquals(3, sql.count("SELECT count(*) FROM river_segment"));
    }

    @Test
    void the_city_and_district_demo_accounts_sign_in() {
        for (List<String> account : List.of(List.of("city", "City#2026demo"), List.of("cityviewer",
                "Cityview#2026demo"), List.of("admin", "Admin#2026demo"), List.of("viewer", "Viewer#2026demo"),
                List.of("admin2", "Admin2#2026demo"))) {
            var signedIn = ApiClient.signedIn(http, account.get(0), account.get(1));
            assertEquals(200, signedIn.get("/api/complaints").status(), account.get(0));
        }
    }
}
