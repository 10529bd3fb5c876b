package com.envgrid.core.geo.file;

import com.envgrid.core.geo.Crs;
import com.envgrid.core.geo.feature.Feature;
import com.envgrid.core.geo.feature.Field;
import com.envgrid.core.geo.feature.FieldType;
import com.envgrid.core.geo.feature.GeometryKind;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Layers written as GeoPackages and zipped Shapefiles, read back by the platform's own readers and by GDAL's
 * ogrinfo (Debian gdal-bin 3.6) as GIS users open them.
 */
class LayerWritersTest {
    private static final WKTReader WKT = new WKTReader(FeatureFiles.WGS84);
    private static final ReadOptions ANY = ReadOptions.of(Shapes.ANY, "a feature");

    private static final List<Field> FIELDS = List.of(new Field("code", FieldType.TEXT, "网格编码"),
            new Field("name", FieldType.TEXT, "网格名称"), new Field("parent_code", FieldType.TEXT, "上级网格编码"),
            new Field("area_m2", FieldType.REAL, "面积（平方米）"), new Field("tier", FieldType.INTEGER, "层级"),
            new Field("is_active", FieldType.BOOLEAN, "启用"), new Field("effective_from", FieldType.DATE, "生效日期"),
            new Field("updated_at", FieldType.DATETIME, "更新时间"));

    /** One square grid, and one of two pieces (on either side of a river) where the first has a hole. */
    private static final String SQUARE = "POLYGON((120 31, 120.01 31, 120.01 31.01, 120 31.01, 120 31))";
    private static final String TWO_PIECES = "MULTIPOLYGON(((120.02 31, 120.03 31, 120.03 31.01, 120.02 31.01, "
            + "120.02 31), (120.022 31.002, 120.022 31.004, 120.024 31.004, 120.022 31.002)), "
            + "((120.05 31, 120.06 31, 120.06 31.01, 120.05 31)))";

    private static final OutputLayer GRIDS = new OutputLayer("grids-tier-2", "二级网格", GeometryKind.POLYGON,
            FIELDS, List.of(grid("G-1", "新华社区", SQUARE, null), grid("G-2", "梅园社区", TWO_PIECES, "320214001")));

    private static Geometry geometry(String wkt) {
        try {
            return WKT.read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Feature grid(String code, String name, String wkt, String parent) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", code);
        p.put("name", name);
        p.put("parent_code", parent);
        p.put("area_m2", 1234567.25);
        p.put("tier", 2);
        p.put("is_active", true);
        p.put("effective_from", LocalDate.of(2026, 3, 1));
        p.put("updated_at", Instant.parse("2026-12-07T03:04:05Z"));
        return new Feature(code, geometry(wkt), p);
    }

    /** The same parts and positions, to the float noise of the readers' coordinate transformation. */
    private static void assertSameShape(Geometry written, Geometry read) {
        assertTrue(multi(written).norm().equalsExact(multi(read).norm(), 1e-9), "wrote " + written + ", read " + read);
    }

    private static Geometry multi(Geometry g) {
        GeometryFactory f = g.getFactory();
        return g instanceof Polygon p ? f.createMultiPolygon(new Polygon[]{p})
                : g instanceof LineString l ? f.createMultiLineString(new LineString[]{l}) : g;
    }

    private static Map<String, byte[]> unzipped(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    @Test
    void gdalOpensTheGeoPackageInTheCoordinateSystemAskedForWithChineseNamesAndTypedColumns() {
        for (Crs crs : List.of(Crs.WGS84, Crs.CGCS2000)) {
            OgrInfo info = Ogr.info(GeoPackageWriter.write(GRIDS, crs), "grids.gpkg");
            assertEquals(crs.epsg(), info.epsg(), info.text());
            assertEquals(2, info.featureCount());
            assertTrue(info.text().contains("Layer name: grids-tier-2"), info.text());
            assertTrue(info.text().contains("IDENTIFIER=二级网格"), info.text());
            assertTrue(info.text().contains("Geometry: Multi Polygon"), info.text());
            assertEquals(List.of("code: String (0.0)", "name: String (0.0)", "parent_code: String (0.0)",
                    "area_m2: Real (0.0)", "tier: Integer64 (0.0)", "is_active: Integer(Boolean) (0.0)",
                    "effective_from: Date (0.0)", "updated_at: DateTime (0.0)"), info.fields());
            assertTrue(info.text().contains("name (String) = 梅园社区"), info.text());
            assertTrue(info.text().contains("effective_from (Date) = 2026/03/01"), info.text());
            assertTrue(info.text().contains("updated_at (DateTime) = 2026/12/07 03:04:05+00"), info.text());
            // no warnings: a conformant GeoPackage of a version GDAL 3.6 fully supports
            assertTrue(!info.text().contains("Warning"), info.text());
        }
    }

    @Test
    void gdalOpensTheZippedShapefileInTheCoordinateSystemAskedForWithTheDocumentedFieldNames() {
        for (Crs crs : List.of(Crs.WGS84, Crs.CGCS2000)) {
            OgrInfo info = Ogr.info(ShapefileWriter.write(GRIDS, crs), "grids-tier-2.zip");
            assertEquals(crs.epsg(), info.epsg(), info.text());
            assertEquals(2, info.featureCount());
            assertEquals(List.of("code: String (3.0)", "name: String (12.0)", "prnt_cd: String (9.0)",
                    "area_m2: Real (24.10)", "tier: Integer64 (18.0)", "is_active: String (1.0)",
                    "effctv_frm: Date (10.0)", "updated_at: String (20.0)"), info.fields());
            assertTrue(info.text().contains("name (String) = 新华社区"), info.text());
            assertTrue(info.text().contains("name (String) = 梅园社区"), info.text());
            assertTrue(info.text().contains("effctv_frm (Date) = 2026/03/01"), info.text());
            assertTrue(info.text().contains("updated_at (String) = 2026-12-07T03:04:05Z"), info.text());
            assertTrue(info.text().contains("prnt_cd (String) = 320214001"), info.text());
        }
    }

    @Test
    void thePlatformsOwnReadersGetTheSameFeaturesBackInCgcs2000() {
        FeatureFile gpkg = FeatureFiles.read(GeoPackageWriter.write(GRIDS, Crs.CGCS2000), ANY);
        FeatureFile shp = FeatureFiles.read(ShapefileWriter.write(GRIDS, Crs.CGCS2000), ANY);
        assertEquals(new CrsUsed(Crs.CGCS2000, "geopackage").source(), gpkg.crs().source());
        assertEquals(4490, gpkg.crs().crs().epsg());
        assertEquals("prj", shp.crs().source());
        assertEquals(4490, shp.crs().crs().epsg());
        for (FeatureFile file : List.of(gpkg, shp)) {
            assertEquals("grids-tier-2", file.layer());
            assertEquals(2, file.features().size());
            for (int i = 0; i < 2; i++) {
                Feature written = GRIDS.features().get(i);
                FileFeature read = file.features().get(i);
                assertTrue(read.problems().isEmpty(), read.problems().toString());
                assertSameShape(written.geometry(), read.geometry());
                assertEquals(written.properties().get("name"), read.text("name"));
                assertEquals(written.properties().get("code"), read.text("code"));
            }
            assertEquals(2, file.features().get(1).geometry().getNumGeometries(), "both pieces");
            assertEquals(1, ((Polygon) file.features().get(1).geometry().getGeometryN(0))
                    .getNumInteriorRing(), "the hole");
        }
        assertEquals("320214001", shp.features().get(1).text("prnt_cd"));
        assertEquals(null, shp.features().get(0).text("prnt_cd"));
        assertEquals("320214001", gpkg.features().get(1).text("parent_code"));
    }

    @Test
    void anEmptyLayerIsAValidFileOfNoFeaturesInItsCoordinateSystem() {
        OutputLayer empty = new OutputLayer("grids-tier-3", "三级网格", GeometryKind.POLYGON, FIELDS, List.of());
        OgrInfo gpkg = Ogr.info(GeoPackageWriter.write(empty, Crs.CGCS2000), "empty.gpkg");
        assertEquals(0, gpkg.featureCount());
        assertEquals(4490, gpkg.epsg());
        assertEquals(8, gpkg.fields().size());
        OgrInfo shp = Ogr.info(ShapefileWriter.write(empty, Crs.CGCS2000), "empty.zip");
        assertEquals(0, shp.featureCount());
        assertEquals(4490, shp.epsg());
        assertEquals(8, shp.fields().size());
    }

    @Test
    void linesAndPointsKeepTheirPartsAndPositions() {
        List<Field> fields = List.of(new Field("name", FieldType.TEXT, "名称"));
        OutputLayer rivers = new OutputLayer("rivers", "河流", GeometryKind.LINE, fields, List.of(
                new Feature("R-1", geometry("LINESTRING(120 31, 120.1 31.1, 120.2 31.1)"), Map.of("name", "京杭运河")),
                new Feature("R-2", geometry("MULTILINESTRING((120 30, 120.1 30.1), (120.3 30, 120.4 30.2))"),
                        Map.of("name", "梁溪河"))));
        OutputLayer sources = new OutputLayer("sources", "污染源", GeometryKind.POINT, fields, List.of(
                new Feature("S-1", geometry("POINT(120.31 31.49)"), Map.of("name", "无锡第一印染厂"))));
        for (byte[] file : List.of(GeoPackageWriter.write(rivers, Crs.WGS84), ShapefileWriter.write(rivers, Crs.WGS84))) {
            FeatureFile read = FeatureFiles.read(file, ANY);
            assertSameShape(rivers.features().get(0).geometry(), read.features().get(0).geometry());
            assertSameShape(rivers.features().get(1).geometry(), read.features().get(1).geometry());
            assertEquals(2, read.features().get(1).geometry().getNumGeometries());
            assertEquals("梁溪河", read.features().get(1).text("name"));
        }
        assertTrue(Ogr.info(ShapefileWriter.write(rivers, Crs.WGS84), "rivers.zip").text()
                .contains("Geometry: Line String"));
        OgrInfo points = Ogr.info(ShapefileWriter.write(sources, Crs.CGCS2000), "sources.zip");
        assertTrue(points.text().contains("Geometry: Point"), points.text());
        assertTrue(points.text().contains("POINT (120.31 31.49)"), points.text());
        assertTrue(points.text().contains("name (String) = 无锡第一印染厂"), points.text());
        assertTrue(Ogr.info(GeoPackageWriter.write(sources, Crs.CGCS2000), "sources.gpkg").text()
                .contains("POINT (120.31 31.49)"));
    }

    @Test
    void theZipHoldsTheShapefilesPartsAndTheFieldNamesWithTheirTitles() throws IOException {
        Map<String, byte[]> files = unzipped(ShapefileWriter.write(GRIDS, Crs.CGCS2000));
        assertEquals(List.of("grids-tier-2.shp", "grids-tier-2.shx", "grids-tier-2.dbf", "grids-tier-2.prj",
                "grids-tier-2.cpg", "grids-tier-2_fields.csv"), List.copyOf(files.keySet()));
        assertEquals("UTF-8", new String(files.get("grids-tier-2.cpg"), StandardCharsets.US_ASCII));
        assertTrue(new String(files.get("grids-tier-2.prj"), StandardCharsets.US_ASCII)
                .startsWith("GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\""));
        assertEquals("""
                \uFEFFdbf_name,name,title,type\r
                code,code,网格编码,TEXT\r
                name,name,网格名称,TEXT\r
                prnt_cd,parent_code,上级网格编码,TEXT\r
                area_m2,area_m2,面积（平方米）,REAL\r
                tier,tier,层级,INTEGER\r
                is_active,is_active,启用,BOOLEAN\r
                effctv_frm,effective_from,生效日期,DATE\r
                updated_at,updated_at,更新时间,DATETIME\r
                """, new String(files.get("grids-tier-2_fields.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void longFieldNamesGetShortDistinctNamesTheSameEveryTime() {
        List<Field> fields = List.of(new Field("responsible_person", FieldType.TEXT, "责任人"),
                new Field("responsible_phone", FieldType.TEXT, "责任人电话"),
                new Field("rspnsbl_pr", FieldType.TEXT, "已有的短名"),
                new Field("Responsible_Person_2", FieldType.TEXT, "大小写不同"));
        Map<String, String> names = DbfFieldNames.of(fields);
        // rspnsbl_pr is taken as it is; rspnsbl_ph does not collide; Rspnsbl_Pr collides with both rspnsbl_pr and
        // rspnsbl__2, whatever the case
        assertEquals(Map.of("responsible_person", "rspnsbl__2", "responsible_phone", "rspnsbl_ph",
                "rspnsbl_pr", "rspnsbl_pr", "Responsible_Person_2", "Rspnsbl__3"), names);
        assertEquals(names, DbfFieldNames.of(fields));
        assertTrue(names.values().stream().allMatch(n -> n.length() <= 10));
    }

    @Test
    void textLongerThanADbfColumnIsCutBetweenCharacters() {
        String description = "太湖流域水环境综合治理".repeat(10); // 110 characters, 330 bytes in UTF-8
        OutputLayer layer = new OutputLayer("zones", "功能区", GeometryKind.POLYGON,
                List.of(new Field("description", FieldType.TEXT, "说明")),
                List.of(new Feature("Z-1", geometry(SQUARE), Map.of("description", description))));
        FeatureFile read = FeatureFiles.read(ShapefileWriter.write(layer, Crs.WGS84), ANY);
        assertEquals(description.substring(0, 84), read.features().get(0).text("dscrptn")); // 252 bytes
        assertEquals(description, FeatureFiles.read(GeoPackageWriter.write(layer, Crs.WGS84), ANY).features().get(0)
                .text("description"));
    }

    @Test
    void onlyWgs84AndCgcs2000AreWritten() {
        assertThrows(IllegalArgumentException.class, () -> GeoPackageWriter.write(GRIDS, Crs.epsg(4549)));
        assertThrows(IllegalArgumentException.class, () -> ShapefileWriter.write(GRIDS, Crs.epsg(4549)));
    }
}
