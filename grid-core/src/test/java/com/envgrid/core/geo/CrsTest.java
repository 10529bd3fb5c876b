package com.envgrid.core.geo;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expected positions were printed by PROJ 9 ({@code cs2cs EPSG:4490 EPSG:<code>}) for the same lon/lat. */
class CrsTest {
    private static final double CENTIMETRE = 0.01;

    /** Asserts that (x, y) in a system is (lon, lat) within a distance in metres. */
    private static void assertLandsOn(Crs crs, double x, double y, double lon, double lat, double metres) {
        Coordinate got = crs.toWgs84(x, y);
        double dy = (got.y - lat) * 111_320;
        double dx = (got.x - lon) * 111_320 * Math.cos(Math.toRadians(lat));
        double off = Math.hypot(dx, dy);
        assertTrue(off <= metres, crs + ": (" + x + ", " + y + ") → " + got + ", " + off + " m from " + lon + ", "
                + lat);
    }

    @Test
    void cgcs2000GaussKrugerZonesLandWherePROJPutsThem() {
        assertLandsOn(Crs.epsg(4549), 547652.4610, 3453256.2719, 120.5, 31.2, CENTIMETRE); // 3° CM 120E
        assertLandsOn(Crs.epsg(4527), 39833662.0794, 3458431.9294, 120.5, 31.2, CENTIMETRE); // 3° zone 39
        assertLandsOn(Crs.epsg(4499), 21261703.8139, 3455842.7515, 120.5, 31.2, CENTIMETRE); // 6° zone 21
        assertLandsOn(Crs.epsg(4509), 833662.0794, 3458431.9294, 120.5, 31.2, CENTIMETRE); // 6° CM 117E
        // the first and last code of each of the four ranges
        assertLandsOn(Crs.epsg(4491), 13542697.0238, 4429648.7838, 75.5, 40, CENTIMETRE);
        assertLandsOn(Crs.epsg(4502), 542697.0238, 4429648.7838, 75.5, 40, CENTIMETRE);
        assertLandsOn(Crs.epsg(4513), 25542697.0238, 4429648.7838, 75.5, 40, CENTIMETRE);
        assertLandsOn(Crs.epsg(4534), 542697.0238, 4429648.7838, 75.5, 40, CENTIMETRE);
        assertLandsOn(Crs.epsg(4501), 23461972.0338, 5207368.3626, 134.5, 47, CENTIMETRE);
        assertLandsOn(Crs.epsg(4512), 461972.0338, 5207368.3626, 134.5, 47, CENTIMETRE);
        assertLandsOn(Crs.epsg(4533), 45461972.0338, 5207368.3626, 134.5, 47, CENTIMETRE);
        assertLandsOn(Crs.epsg(4554), 461972.0338, 5207368.3626, 134.5, 47, CENTIMETRE);
        assertEquals("CGCS2000 / 3-degree Gauss-Kruger CM 120E", Crs.epsg(4549).name());
        assertEquals("CGCS2000 / Gauss-Kruger zone 21", Crs.epsg(4499).name());
    }

    @Test
    void geographicSystemsAreLonLat() {
        assertLandsOn(Crs.epsg(4490), 120.5, 31.2, 120.5, 31.2, CENTIMETRE);
        assertLandsOn(Crs.WGS84, 120.5, 31.2, 120.5, 31.2, 1e-6);
        assertTrue(Crs.CGCS2000.isGeographic());
        assertEquals("EPSG:4490", Crs.CGCS2000.label());
    }

    @Test
    void geometriesAreTransformedPointByPointToSrid4326() {
        GeometryFactory factory = new GeometryFactory();
        Geometry line = factory.createLineString(new Coordinate[]{
                new Coordinate(547652.4610, 3453256.2719), new Coordinate(39833662.0794, 3458431.9294)});
        Geometry lonLat = Crs.epsg(4549).toWgs84(factory.createPoint(line.getCoordinates()[0]));
        assertEquals(4326, lonLat.getSRID());
        assertEquals(120.5, lonLat.getCoordinate().x, 1e-7);
        assertEquals(31.2, lonLat.getCoordinate().y, 1e-7);
    }

    @Test
    void namesAsPeopleAndFilesWriteThem() {
        assertEquals(4549, Crs.parse("EPSG:4549").epsg());
        assertEquals(4549, Crs.parse(" epsg:4549 ").epsg());
        assertEquals(4549, Crs.parse("4549").epsg());
        assertEquals(4490, Crs.parse("urn:ogc:def:crs:EPSG::4490").epsg());
        assertEquals(4490, Crs.parse("http://www.opengis.net/def/crs/EPSG/0/4490").epsg());
        assertEquals(4326, Crs.parse("urn:ogc:def:crs:OGC:1.3:CRS84").epsg());
        CrsRefused unknown = assertThrows(CrsRefused.class, () -> Crs.parse("EPSG:3857"));
        assertEquals(CrsCode.UNSUPPORTED, unknown.code());
        assertEquals(CrsCode.UNREADABLE, assertThrows(CrsRefused.class, () -> Crs.parse("Gauss zone 40")).code());
    }

    @Test
    void esriPrjFilesAsGdalWritesThemAreMatchedToTheirCode() {
        String cm120 = "PROJCS[\"CGCS2000_3_Degree_GK_CM_120E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
                + "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
                + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\","
                + "500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",120.0],PARAMETER["
                + "\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
        assertEquals(4549, Crs.fromWkt(cm120).epsg());
        assertEquals(4527, Crs.fromWkt(cm120.replace("CM_120E", "Zone_39").replace("500000.0", "39500000.0")
                .replace("120.0", "117.0")).epsg());
        String geographic = "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\",SPHEROID["
                + "\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\","
                + "0.0174532925199433]]";
        assertEquals(4490, Crs.fromWkt(geographic).epsg());
        // a non-standard meridian still reads, without a code
        Crs custom = Crs.fromWkt(cm120.replace("120.0", "120.5"));
        assertNull(custom.epsg());
        assertEquals("CGCS2000_3_Degree_GK_CM_120E", custom.name());
    }

    @Test
    void geoPackageSrsByOrganisationCodeOrDefinition() {
        assertEquals(4549, Crs.fromGeoPackage("EPSG", 4549, "PROJCS[\"whatever\"]").epsg());
        String ogc = "PROJCS[\"CGCS2000 / 3-degree Gauss-Kruger CM 120E\",GEOGCS[\"China Geodetic Coordinate System "
                + "2000\",DATUM[\"China_2000\",SPHEROID[\"CGCS2000\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"1024\"]],"
                + "AUTHORITY[\"EPSG\",\"1043\"]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433],"
                + "AUTHORITY[\"EPSG\",\"4490\"]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],"
                + "PARAMETER[\"central_meridian\",120],PARAMETER[\"scale_factor\",1],PARAMETER[\"false_easting\","
                + "500000],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1],AXIS[\"Northing\",NORTH],AXIS[\"Easting\","
                + "EAST],AUTHORITY[\"EPSG\",\"4549\"]]";
        assertEquals(4549, Crs.fromGeoPackage("NONE", 99999, ogc).epsg());
        assertEquals(CrsCode.UNREADABLE, assertThrows(CrsRefused.class,
                () -> Crs.fromGeoPackage("NONE", -1, "undefined")).code());
    }

    @Test
    void xian80AndBeijing54NeedTheDistrictsOwnShift() {
        for (int code : new int[]{2383, 2385, 4610, 4214, 2401, 21413, 21460}) {
            CrsRefused refused = assertThrows(CrsRefused.class, () -> Crs.epsg(code), "EPSG:" + code);
            assertEquals(CrsCode.NEEDS_TOWGS84, refused.code());
            assertTrue(refused.getMessage().contains("towgs84"), refused.getMessage());
        }
        String xianPrj = "PROJCS[\"Xian_1980_3_Degree_GK_CM_114E\",GEOGCS[\"GCS_Xian_1980\",DATUM[\"D_Xian_1980\","
                + "SPHEROID[\"Xian_1980\",6378140.0,298.257]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\","
                + "0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",500000.0],"
                + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",114.0],PARAMETER[\"Scale_Factor\","
                + "1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
        assertEquals(CrsCode.NEEDS_TOWGS84, assertThrows(CrsRefused.class, () -> Crs.fromWkt(xianPrj)).code());
        assertEquals(CrsCode.NEEDS_TOWGS84, assertThrows(CrsRefused.class,
                () -> Crs.parse("+proj=tmerc +lon_0=114 +x_0=500000 +ellps=krass +units=m")).code());

        // with the shift given (made-up but plausible numbers), positions land where PROJ puts them
        Crs xian = Crs.parse("EPSG:2385 +towgs84=24,-123,-94,0.02,-0.25,-0.13,1.1");
        assertEquals(2385, xian.epsg());
        assertEquals("Xian 1980 / 3-degree Gauss-Kruger CM 120E", xian.name());
        assertLandsOn(xian, 547610.4826, 3453280.3168, 120.5, 31.2, 0.05);
    }

    @Test
    void metresWithoutACoordinateSystemAreAQuestionNotDegrees() {
        assertEquals(Crs.WGS84, Crs.forUnlabelled(new Envelope(120.1, 120.6, 31.0, 31.4)));
        CrsRefused refused = assertThrows(CrsRefused.class,
                () -> Crs.forUnlabelled(new Envelope(39833000, 39834000, 3458000, 3459000)));
        assertEquals(CrsCode.UNKNOWN, refused.code());
        assertTrue(refused.getMessage().startsWith("which coordinate system is this?"), refused.getMessage());
        assertEquals("EPSG:4527", refused.params().get("suggested"));
        assertEquals(CrsCode.UNKNOWN, assertThrows(CrsRefused.class,
                () -> Crs.forUnlabelled(new Envelope(547000, 548000, 3453000, 3454000))).code());
    }

    @Test
    void coordinatesThatCannotBeInTheDeclaredSystemAreRefused() {
        Crs.epsg(4549).checkFits(new Envelope(540000, 560000, 3450000, 3460000));
        CrsRefused zoned = assertThrows(CrsRefused.class,
                () -> Crs.epsg(4549).checkFits(new Envelope(39833000, 39834000, 3458000, 3459000)));
        assertEquals(CrsCode.MISMATCH, zoned.code());
        assertEquals("EPSG:4527", zoned.params().get("suggested"));
        assertEquals(CrsCode.MISMATCH, assertThrows(CrsRefused.class,
                () -> Crs.epsg(4549).checkFits(new Envelope(120.1, 120.6, 31.0, 31.4))).code());
        assertEquals(CrsCode.MISMATCH, assertThrows(CrsRefused.class,
                () -> Crs.epsg(4490).checkFits(new Envelope(547000, 548000, 3453000, 3454000))).code());
    }
}
