package com.envgrid.core.geo.file;

import com.envgrid.core.geo.Areas;
import com.envgrid.core.geo.CrsCode;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.grid.geojson.GridFeatureReader;
import com.envgrid.core.grid.geojson.PropertyMapping;
import com.envgrid.core.input.InvalidInput;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static com.envgrid.core.geo.file.Ogr.collection;
import static com.envgrid.core.geo.file.Ogr.feature;
import static com.envgrid.core.geo.file.Ogr.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Boundary files made by GDAL in the coordinate systems surveyors deliver. The projected positions are PROJ's
 * ({@code echo 31.2 120.5 | cs2cs EPSG:4490 EPSG:<code>}) for lon 120.5, lat 31.2.
 */
class FeatureFilesTest {
    /** lon 120.5, lat 31.2 in CGCS2000 3° Gauss–Krüger CM 120E. */
    private static final double CM120_E = 547652.4610;
    private static final double CM120_N = 3453256.2719;
    /** The same point in CGCS2000 6° Gauss–Krüger zone 21 (central meridian 123°E, zone number before the easting). */
    private static final double ZONE21_E = 21261703.8139;
    private static final double ZONE21_N = 3455842.7515;
    private static final ReadOptions GRIDS = GridFeatureReader.GRIDS;
    private static final String COMMUNITY = "{\"编码\":\"SQ-1\",\"名称\":\"新华社区\"}";

    /** One-kilometre square communities with their south-west corner at (x, y). */
    private static String communities(double x, double y) {
        return collection(feature(COMMUNITY, square(x, y, 1000)),
                feature("{\"编码\":\"SQ-2\",\"名称\":\"梅园社区\"}", square(x + 1000, y, 1000)));
    }

    private static void assertHasVertexAt(Geometry lonLat, double lon, double lat, double metres) {
        double nearest = Double.MAX_VALUE;
        for (Coordinate c : lonLat.getCoordinates()) {
            double dx = (c.x - lon) * 111_320 * Math.cos(Math.toRadians(lat));
            double dy = (c.y - lat) * 111_320;
            nearest = Math.min(nearest, Math.hypot(dx, dy));
        }
        assertTrue(nearest <= metres, "nearest vertex " + nearest + " m from " + lon + ", " + lat + ": " + lonLat);
    }

    private static InvalidInput refused(byte[] file, ReadOptions options) {
        return assertThrows(InvalidInput.class, () -> FeatureFiles.read(file, options));
    }

    @Test
    void aGeoPackageInA3DegreeZoneIsReadInLonLatWithItsSrs() {
        byte[] gpkg = Ogr.geoPackage(communities(CM120_E, CM120_N), "社区", "-a_srs", "EPSG:4549");
        FeatureFile file = FeatureFiles.read(gpkg, GRIDS);
        assertEquals(FileFormat.GEOPACKAGE, file.format());
        assertEquals("社区", file.layer());
        assertEquals(4549, file.crs().crs().epsg());
        assertEquals("geopackage", file.crs().source());
        FileFeature first = file.features().get(0);
        assertEquals("layer 社区, feature 1", first.where());
        assertEquals("SQ-1", first.text("编码"));
        assertEquals("新华社区", first.text("名称"));
        assertEquals(4326, first.geometry().getSRID());
        assertHasVertexAt(first.geometry(), 120.5, 31.2, 0.01);
        // a square kilometre on the ground stays one: Gauss–Krüger scale is 1.00003 half a degree off the meridian
        assertEquals(1_000_000, Areas.squareMetres(first.geometry()), 100);
    }

    @Test
    void aZippedShapefileInGbkWithA6DegreeZoneIsReadAsGridsWithChineseNames() {
        byte[] zip = Ogr.zippedShapefile(communities(ZONE21_E, ZONE21_N), "社区边界", Set.of(),
                "-a_srs", "EPSG:4499", "-lco", "ENCODING=GBK");
        var read = GridFeatureReader.read(zip, new PropertyMapping("编码", "名称", null, null, GridLevel.COMMUNITY));
        assertEquals(4499, read.crs().crs().epsg());
        assertEquals("prj", read.crs().source());
        assertEquals("新华社区", read.grids().get(0).name());
        assertEquals("layer 社区边界, feature 2", read.pointerOf("SQ-2"));
        assertHasVertexAt(read.grids().get(0).geometry(), 120.5, 31.2, 0.01);
    }

    @Test
    void withoutACpgTheDbfEncodingIsDetected() {
        String points = collection(feature(COMMUNITY, square(CM120_E, CM120_N, 1000)));
        for (String encoding : new String[]{"GBK", "UTF-8"}) {
            byte[] zip = Ogr.zippedShapefile(points, "grids", Set.of(".cpg"), "-a_srs", "EPSG:4549",
                    "-lco", "ENCODING=" + encoding);
            assertEquals("新华社区", FeatureFiles.read(zip, GRIDS).features().get(0).text("名称"), encoding);
        }
    }

    @Test
    void cgcs2000GeographicShapefilesAreLonLat() {
        byte[] zip = Ogr.zippedShapefile(collection(feature(COMMUNITY, square(120.5, 31.2, 0.01))), "grids",
                Set.of(), "-a_srs", "EPSG:4490");
        FeatureFile file = FeatureFiles.read(zip, GRIDS);
        assertEquals(4490, file.crs().crs().epsg());
        assertHasVertexAt(file.features().get(0).geometry(), 120.5, 31.2, 0.001);
    }

    @Test
    void metresWithoutAPrjAreAQuestionAnsweredByCrs() {
        byte[] zip = Ogr.zippedShapefile(communities(CM120_E, CM120_N), "grids", Set.of(".prj"));
        InvalidInput e = refused(zip, GRIDS);
        assertEquals(CrsCode.UNKNOWN.code(), e.problems().get(0).code());
        assertTrue(e.problems().get(0).message().startsWith("which coordinate system is this?"));

        FeatureFile file = FeatureFiles.read(zip, GRIDS.with("EPSG:4549", null));
        assertEquals("parameter", file.crs().source());
        assertHasVertexAt(file.features().get(0).geometry(), 120.5, 31.2, 0.01);
    }

    @Test
    void xian80IsRefusedUnlessItsShiftIsGiven() {
        byte[] zip = Ogr.zippedShapefile(communities(547610.4826, 3453280.3168), "xian", Set.of(),
                "-a_srs", "EPSG:2385");
        InvalidInput e = refused(zip, GRIDS);
        assertEquals(CrsCode.NEEDS_TOWGS84.code(), e.problems().get(0).code());
        assertEquals("xian.prj", e.problems().get(0).pointer());

        // the district's own parameters (made up here; PROJ gave the position with the same ones)
        FeatureFile file = FeatureFiles.read(zip, GRIDS.with("EPSG:2385 +towgs84=24,-123,-94,0.02,-0.25,-0.13,1.1",
                null));
        assertHasVertexAt(file.features().get(0).geometry(), 120.5, 31.2, 0.05);
    }

    @Test
    void zoneNumberedEastingsDeclaredByMeridianAreRefusedWithTheZoneThatFits() {
        byte[] zip = Ogr.zippedShapefile(communities(39833662.0794, 3458431.9294), "grids", Set.of(),
                "-a_srs", "EPSG:4549");
        InvalidInput e = refused(zip, GRIDS);
        assertEquals(CrsCode.MISMATCH.code(), e.problems().get(0).code());
        assertEquals("EPSG:4527", e.problems().get(0).params().get("suggested"));
    }

    @Test
    void aGeoPackageWithSeveralLayersNeedsOneChosen() {
        byte[] gpkg = Ogr.withLayer(Ogr.geoPackage(communities(CM120_E, CM120_N), "社区", "-a_srs", "EPSG:4549"),
                collection(feature("{\"编码\":\"JD-1\"}", square(120.5, 31.2, 0.02))), "街道", "-a_srs", "EPSG:4490");
        InvalidInput choose = refused(gpkg, GRIDS);
        assertEquals(FileCode.CHOOSE_LAYER.code(), choose.problems().get(0).code());
        assertEquals(FileCode.UNKNOWN_LAYER.code(), refused(gpkg, GRIDS.with(null, "村")).problems().get(0).code());
        FeatureFile streets = FeatureFiles.read(gpkg, GRIDS.with(null, "街道"));
        assertEquals(4490, streets.crs().crs().epsg());
        assertEquals(Set.of("社区", "街道"), Set.copyOf(streets.layers()));
        assertEquals("JD-1", streets.features().get(0).text("编码"));
    }

    @Test
    void shapefilePolygonsKeepTheirHolesAndLinesAreNotGrids() {
        String withHole = "{\"type\":\"Polygon\",\"coordinates\":[[[120.5,31.2],[120.6,31.2],[120.6,31.3],"
                + "[120.5,31.3],[120.5,31.2]],[[120.52,31.22],[120.52,31.24],[120.54,31.24],[120.54,31.22],"
                + "[120.52,31.22]]]}";
        String line = "{\"type\":\"LineString\",\"coordinates\":[[120.5,31.2],[120.6,31.3]]}";
        byte[] zip = Ogr.zippedShapefile(collection(feature(COMMUNITY, withHole)), "holes", Set.of());
        Polygon polygon = assertInstanceOf(Polygon.class, FeatureFiles.read(zip, GRIDS).features().get(0).geometry());
        assertEquals(1, polygon.getNumInteriorRing());

        byte[] lines = Ogr.zippedShapefile(collection(feature(COMMUNITY, line)), "rivers", Set.of());
        FileFeature river = FeatureFiles.read(lines, GRIDS).features().get(0);
        assertNull(river.geometry());
        assertEquals("layer rivers, feature 1, geometry type", river.problems().get(0).pointer());
        assertEquals("a grid needs a Polygon or MultiPolygon, not LineString", river.problems().get(0).message());
        assertEquals("LineString", FeatureFiles.read(lines, ReadOptions.of(Shapes.LINES, "a river segment"))
                .features().get(0).geometry().getGeometryType());
    }

    @Test
    void geoJsonNamesItsSystemInTheOldCrsMember() {
        String json = communities(CM120_E, CM120_N).replaceFirst("\\{", "{\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"urn:ogc:def:crs:EPSG::4549\"}},");
        FeatureFile file = FeatureFiles.read(json.getBytes(StandardCharsets.UTF_8), GRIDS);
        assertEquals("geojson", file.crs().source());
        assertHasVertexAt(file.features().get(0).geometry(), 120.5, 31.2, 0.01);

        byte[] unlabelled = communities(CM120_E, CM120_N).getBytes(StandardCharsets.UTF_8);
        assertEquals(CrsCode.UNKNOWN.code(), refused(unlabelled, GRIDS).problems().get(0).code());
        byte[] lonLat = collection(feature(COMMUNITY, square(120.5, 31.2, 0.01))).getBytes(StandardCharsets.UTF_8);
        assertEquals("default", FeatureFiles.read(lonLat, GRIDS).crs().source());
    }

    @Test
    void filesThatAreNotBoundaryFilesAreRefusedForWhatTheyAre() {
        assertEquals(FileCode.UNKNOWN_FORMAT.code(), refused("code,name\n".getBytes(StandardCharsets.UTF_8), GRIDS)
                .problems().get(0).code());
        byte[] zip = Ogr.zippedShapefile(communities(CM120_E, CM120_N), "grids", Set.of(".shp"), "-a_srs",
                "EPSG:4549");
        assertEquals(FileCode.NO_SHAPEFILE.code(), refused(zip, GRIDS).problems().get(0).code());
        byte[] corrupt = java.util.Arrays.copyOf(zip, zip.length / 2);
        assertEquals(FileCode.UNREADABLE.code(), refused(corrupt, GRIDS).problems().get(0).code());
        byte[] notSqlite = java.util.Arrays.copyOf("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 2048);
        assertEquals(FileCode.UNREADABLE.code(), refused(notSqlite, GRIDS).problems().get(0).code());
        byte[] empty = Ogr.geoPackage(collection(), "empty", "-a_srs", "EPSG:4490", "-nlt", "POLYGON");
        assertEquals(FileCode.NO_FEATURES.code(), refused(empty, GRIDS).problems().get(0).code());
    }
}
