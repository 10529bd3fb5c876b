package com.envgrid.core.inspection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Gcj02Test {
    /** Published pairs: googollee/eviltransform's test vectors (Shanghai, Shenzhen, Beijing) and gcoord's (123, 45). */
    @ParameterizedTest(name = "WGS84 {0}, {1} is GCJ-02 {2}, {3}")
    @CsvSource({
            "121.5272106, 31.1774276, 121.531541859215,  31.17530398364597",
            "113.912316,  22.543847,  113.9171764808363, 22.540796131694766",
            "116.377817,  39.911954,  116.38404722455657, 39.91334545536069",
            "123,         45,         123.00607541,      45.00197815"})
    void the_forward_formula_gives_the_published_gcj02_positions(double lon, double lat, double gcjLon,
                                                                 double gcjLat) {
        double[] gcj = Gcj02.fromWgs84(lon, lat);
        assertEquals(gcjLon, gcj[0], 1e-8);
        assertEquals(gcjLat, gcj[1], 1e-8);
    }

    @Test
    void tiananmen_square_moves_by_the_familiar_few_hundred_metres() {
        double[] gcj = Gcj02.fromWgs84(116.397128, 39.916527);
        // Published as ≈ 116.403370, 39.917929, rounded: within 0.3 m.
        assertEquals(116.403370, gcj[0], 3e-6);
        assertEquals(39.917929, gcj[1], 3e-6);
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({"116.397128, 39.916527", "121.5272106, 31.1774276", "120.009, 30.005", "87.6, 43.8",
            "126.6, 45.75", "109.5, 18.25", "72.1, 39.5", "137.8, 55.8"})
    void a_gcj02_fix_converts_back_to_the_wgs84_position_within_a_millimetre(double lon, double lat) {
        double[] gcj = Gcj02.fromWgs84(lon, lat);
        double[] back = Gcj02.toWgs84(gcj[0], gcj[1]);
        assertEquals(lon, back[0], 1e-8);
        assertEquals(lat, back[1], 1e-8);
    }

    @Test
    void the_inverse_leaves_a_residual_under_the_documented_bound() {
        double[] wgs = Gcj02.toWgs84(120.0137, 30.0026);
        double[] again = Gcj02.fromWgs84(wgs[0], wgs[1]);
        assertTrue(Math.abs(again[0] - 120.0137) < 1e-9 && Math.abs(again[1] - 30.0026) < 1e-9);
    }

    @Test
    void positions_outside_china_are_not_offset_either_way() {
        assertArrayEquals(new double[]{2.3522, 48.8566}, Gcj02.fromWgs84(2.3522, 48.8566));
        assertArrayEquals(new double[]{2.3522, 48.8566}, Gcj02.toWgs84(2.3522, 48.8566));
        assertArrayEquals(new double[]{139.6917, 35.6895}, Gcj02.fromWgs84(139.6917, 35.6895));
    }

    @Test
    void fix_crs_converts_gcj02_and_leaves_wgs84_as_it_is() {
        double[] gcj = Gcj02.fromWgs84(120.009, 30.005);
        assertArrayEquals(new double[]{120.009, 30.005}, FixCrs.GCJ02.toWgs84(gcj[0], gcj[1]), 1e-8);
        assertArrayEquals(new double[]{120.009, 30.005}, FixCrs.WGS84.toWgs84(120.009, 30.005));
    }
}
