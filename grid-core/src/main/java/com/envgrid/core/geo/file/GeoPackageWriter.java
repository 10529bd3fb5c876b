package com.envgrid.core.geo.file;

import com.envgrid.core.geo.Crs;
import com.envgrid.core.geo.feature.Feature;
import com.envgrid.core.geo.feature.Field;
import com.envgrid.core.geo.feature.FieldType;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.contents.Contents;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.extension.schema.SchemaExtension;
import mil.nga.geopackage.extension.schema.columns.DataColumns;
import mil.nga.geopackage.extension.schema.columns.DataColumnsDao;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a layer as a GeoPackage with NGA's library: one feature table named after the layer (contents identifier
 * and description: its title), geometry column {@code geom} (POINT, MULTILINESTRING or MULTIPOLYGON), primary key
 * {@code fid}, one column per field by its API name — TEXT, INTEGER, REAL, BOOLEAN, DATE ({@code 2026-12-07}) and
 * DATETIME ({@code 2026-12-07T03:04:05.000Z}) — with the fields' titles in {@code gpkg_data_columns} (the GeoPackage
 * schema extension). The coordinate system is EPSG:4326 or EPSG:4490 by organization and code in
 * {@code gpkg_spatial_ref_sys}, with EPSG's WKT.
 */
public final class GeoPackageWriter {
    static final String GEOMETRY_COLUMN = "geom";
    static final String ID_COLUMN = "fid";
    /** GeoPackage's DATETIME form: UTC with milliseconds, {@code 2026-12-07T03:04:05.000Z}. */
    private static final DateTimeFormatter UTC_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private GeoPackageWriter() {
    }

    public static byte[] write(OutputLayer layer, Crs crs) {
        WrittenCrs target = WrittenCrs.of(crs);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("download-");
            // the library writes files only, and only by the .gpkg extension
            Path file = dir.resolve("layer.gpkg");
            GeoPackageManager.create(file.toFile());
            try (GeoPackage geoPackage = GeoPackageManager.open(file.toFile(), true)) {
                write(geoPackage, layer, target);
                // nothing written needs GeoPackage 1.4, and GDAL before 3.7 (Debian 12's) warns on opening a 1.4 file
                geoPackage.execSQL("PRAGMA user_version = 10300");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("the GeoPackage cannot be written: " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void write(GeoPackage geoPackage, OutputLayer layer, WrittenCrs target)
            throws SQLException, IOException {
        SpatialReferenceSystem srs = srs(geoPackage, target);
        GeometryColumns geometryColumns = new GeometryColumns();
        geometryColumns.setId(new TableColumnKey(layer.name(), GEOMETRY_COLUMN));
        geometryColumns.setGeometryType(switch (layer.kind()) {
            case POINT -> GeometryType.POINT;
            case LINE -> GeometryType.MULTILINESTRING;
            case POLYGON -> GeometryType.MULTIPOLYGON;
        });
        geometryColumns.setZ((byte) 0);
        geometryColumns.setM((byte) 0);
        geometryColumns.setSrs(srs);
        List<FeatureColumn> columns = new ArrayList<>();
        for (Field field : layer.fields()) {
            columns.add(FeatureColumn.createColumn(field.name(), dataType(field.type())));
        }
        geoPackage.createFeatureTable(FeatureTableMetadata.create(geometryColumns, ID_COLUMN, columns,
                boundingBox(layer)));
        Contents contents = geoPackage.getContentsDao().queryForId(layer.name());
        contents.setIdentifier(layer.title());
        contents.setDescription(layer.title());
        geoPackage.getContentsDao().update(contents);
        titles(geoPackage, contents, layer.fields());
        rows(geoPackage.getFeatureDao(layer.name()), layer, srs.getSrsId());
    }

    /** EPSG:4326 is in every GeoPackage; EPSG:4490 is added with EPSG's definition. */
    private static SpatialReferenceSystem srs(GeoPackage geoPackage, WrittenCrs target) throws SQLException {
        SpatialReferenceSystem existing = geoPackage.getSpatialReferenceSystemDao().queryForId((long) target.epsg);
        if (existing != null) {
            return existing;
        }
        SpatialReferenceSystem srs = new SpatialReferenceSystem();
        srs.setSrsName(target.name);
        srs.setSrsId(target.epsg);
        srs.setOrganization("EPSG");
        srs.setOrganizationCoordsysId(target.epsg);
        srs.setDefinition(target.ogcWkt);
        srs.setDescription(target.name);
        geoPackage.getSpatialReferenceSystemDao().create(srs);
        return srs;
    }

    private static GeoPackageDataType dataType(FieldType type) {
        return switch (type) {
            case TEXT -> GeoPackageDataType.TEXT;
            case INTEGER -> GeoPackageDataType.INTEGER;
            case REAL -> GeoPackageDataType.REAL;
            case BOOLEAN -> GeoPackageDataType.BOOLEAN;
            case DATE -> GeoPackageDataType.DATE;
            case DATETIME -> GeoPackageDataType.DATETIME;
        };
    }

    private static BoundingBox boundingBox(OutputLayer layer) {
        Envelope extent = new Envelope();
        layer.features().forEach(f -> extent.expandToInclude(f.geometry().getEnvelopeInternal()));
        return extent.isNull() ? null
                : new BoundingBox(extent.getMinX(), extent.getMinY(), extent.getMaxX(), extent.getMaxY());
    }

    private static void titles(GeoPackage geoPackage, Contents contents, List<Field> fields) throws SQLException {
        SchemaExtension schema = new SchemaExtension(geoPackage);
        schema.createDataColumnsTable();
        schema.getOrCreate();
        DataColumnsDao dao = schema.getDataColumnsDao();
        for (Field field : fields) {
            DataColumns column = new DataColumns();
            column.setContents(contents);
            column.setColumnName(field.name());
            column.setName(field.name());
            column.setTitle(field.title());
            dao.create(column);
        }
    }

    private static void rows(FeatureDao dao, OutputLayer layer, long srsId) throws IOException {
        WKBWriter wkb = new WKBWriter(2);
        dao.beginTransaction();
        try {
            for (Feature feature : layer.features()) {
                FeatureRow row = dao.newRow();
                Geometry geometry = WrittenGeometries.of(layer.kind(), feature);
                row.setGeometry(GeoPackageGeometryData.createFromWkbAndBuildEnvelope(srsId, wkb.write(geometry)));
                for (Field field : layer.fields()) {
                    row.setValue(field.name(), value(field, feature.properties().get(field.name())));
                }
                dao.create(row);
            }
            dao.endTransaction(true);
        } catch (RuntimeException | IOException e) {
            dao.endTransaction(false);
            throw e;
        }
    }

    /** Values as GeoPackage stores them: dates and times as ISO-8601 text (GeoPackage 1.3, table 5). */
    private static Object value(Field field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field.type()) {
            case TEXT -> value.toString();
            case INTEGER -> ((Number) value).longValue();
            case REAL -> value instanceof BigDecimal d ? d.doubleValue() : ((Number) value).doubleValue();
            case BOOLEAN -> (Boolean) value;
            case DATE -> ((LocalDate) value).toString();
            case DATETIME -> UTC_MILLIS.format((Instant) value);
        };
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is cleared with the temporary directory
        }
    }
}
