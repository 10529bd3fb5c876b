package com.envgrid.api.features;

import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.core.geo.Crs;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** crs= and bbox-crs= as OGC API – Features Part 2 names them, with the EPSG systems' latitude-first axis order. */
class OutputCrsTest {
    @Test
    void crs84_is_the_default_and_keeps_lon_lat() throws ParseException {
        assertSame(OutputCrs.CRS84, OutputCrs.parse("crs", null));
        Geometry point = new WKTReader().read("POINT (120 30)");
        assertEquals(point, OutputCrs.CRS84.fromLonLat(point));
        assertSame(Crs.WGS84, OutputCrs.CRS84.crs());
    }

    @Test
    void cgcs2000_and_epsg_4326_put_latitude_first() throws ParseException {
        OutputCrs cgcs = OutputCrs.parse("crs", "http://www.opengis.net/def/crs/EPSG/0/4490");
        assertSame(Crs.CGCS2000, cgcs.crs());
        Geometry line = new WKTReader().read("LINESTRING (120 30, 121 31)");
        assertEquals(new WKTReader().read("LINESTRING (30 120, 31 121)"), cgcs.fromLonLat(line));
        assertEquals(new WKTReader().read("LINESTRING (120 30, 121 31)"), line, "the input is left as it was");
        assertArrayEquals(new double[]{120, 30}, OutputCrs.WGS84.toLonLat(30, 120));
    }

    @Test
    void another_system_is_a_400_naming_the_parameter() {
        var refused = assertThrows(InvalidParameter.class, () -> OutputCrs.parse("bbox-crs", "EPSG:4549"));
        assertEquals("?bbox-crs", refused.problems().get(0).pointer());
        assertTrue(refused.problems().get(0).message().contains("CRS84"), refused.problems().get(0).message());
    }
}
