package com.envgrid.core.geo.file;

import com.envgrid.core.geo.Crs;
import com.envgrid.core.geo.feature.Feature;
import com.envgrid.core.geo.feature.Field;
import com.envgrid.core.geo.feature.FieldType;
import com.envgrid.core.geo.feature.GeometryKind;
import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFWriter;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a layer as a zipped Shapefile: {@code <layer>.shp} and {@code .shx} (written by hand after the ESRI
 * Shapefile Technical Description, as {@link ShpGeometries} reads them: points, or polylines and polygons with
 * all their parts, outer rings clockwise and holes counter-clockwise), {@code .dbf} (with JavaDBF, text in UTF-8),
 * {@code .cpg} ({@code UTF-8}), {@code .prj} (ESRI WKT of EPSG:4326 or EPSG:4490) and {@code <layer>_fields.csv},
 * the field names: the .dbf name ({@link DbfFieldNames}), the full name, the title and the type.
 * <p>
 * .dbf columns: TEXT as C (as wide as the longest value, at most 254 bytes; longer text is cut at a character
 * boundary), INTEGER as N(18), REAL as N(24,10), BOOLEAN as L, DATE as D, and DATETIME as C(20+) ISO-8601 text in
 * UTF ({@code 2026-12-07T03:04:05Z}) — dBASE has no date-time type.
 */
public final class ShapefileWriter {
    private static final int MAX_TEXT_BYTES = 254;
    private static final int FILE_CODE = 9994;
    private static final int VERSION = 1000;

    private ShapefileWriter() {
    }

    public static byte[] write(OutputLayer layer, Crs crs) {
        WrittenCrs target = WrittenCrs.of(crs);
        Map<String, String> dbfNames = DbfFieldNames.of(layer.fields());
        List<Geometry> geometries = layer.features().stream().map(f -> WrittenGeometries.of(layer.kind(), f))
                .toList();
        Shp shp = shp(layer.kind(), geometries);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
            entry(out, layer.name() + ".shp", shp.shp);
            entry(out, layer.name() + ".shx", shp.shx);
            entry(out, layer.name() + ".dbf", dbf(layer, dbfNames));
            entry(out, layer.name() + ".prj", target.esriWkt.getBytes(StandardCharsets.US_ASCII));
            entry(out, layer.name() + ".cpg", "UTF-8".getBytes(StandardCharsets.US_ASCII));
            entry(out, layer.name() + "_fields.csv", fieldsCsv(layer.fields(), dbfNames));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip.toByteArray();
    }

    private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    // ---- .shp and .shx ----------------------------------------------------------------------------------------

    private record Shp(byte[] shp, byte[] shx) {
    }

    private static Shp shp(GeometryKind kind, List<Geometry> geometries) {
        int shapeType = switch (kind) {
            case POINT -> 1;
            case LINE -> 3;
            case POLYGON -> 5;
        };
        List<byte[]> contents = new ArrayList<>();
        Envelope extent = new Envelope();
        for (Geometry geometry : geometries) {
            contents.add(kind == GeometryKind.POINT ? point((Point) geometry) : parts(shapeType, geometry));
            extent.expandToInclude(geometry.getEnvelopeInternal());
        }
        int shpLength = 100 + contents.stream().mapToInt(c -> 8 + c.length).sum();
        int shxLength = 100 + 8 * contents.size();
        ByteBuffer shp = header(shpLength, shapeType, extent);
        ByteBuffer shx = header(shxLength, shapeType, extent);
        for (int i = 0; i < contents.size(); i++) {
            byte[] content = contents.get(i);
            shx.order(ByteOrder.BIG_ENDIAN).putInt(shp.position() / 2).putInt(content.length / 2);
            shp.order(ByteOrder.BIG_ENDIAN).putInt(i + 1).putInt(content.length / 2).put(content);
        }
        return new Shp(shp.array(), shx.array());
    }

    private static ByteBuffer header(int length, int shapeType, Envelope extent) {
        ByteBuffer header = ByteBuffer.allocate(length).order(ByteOrder.BIG_ENDIAN);
        header.putInt(FILE_CODE).position(24);
        header.putInt(length / 2);
        header.order(ByteOrder.LITTLE_ENDIAN).putInt(VERSION).putInt(shapeType);
        if (extent.isNull()) { // an empty layer: the box is all zeros
            header.position(100);
        } else {
            header.putDouble(extent.getMinX()).putDouble(extent.getMinY()).putDouble(extent.getMaxX())
                    .putDouble(extent.getMaxY()).putDouble(0).putDouble(0).putDouble(0).putDouble(0);
        }
        return header;
    }

    private static byte[] point(Point point) {
        return ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN).putInt(1).putDouble(point.getX())
                .putDouble(point.getY()).array();
    }

    /** A polyline or polygon record: type, box, numParts, numPoints, the parts' first points, the points. */
    private static byte[] parts(int shapeType, Geometry geometry) {
        List<Coordinate[]> parts = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof Polygon polygon) {
                parts.add(oriented(polygon.getExteriorRing().getCoordinates(), false));
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    parts.add(oriented(polygon.getInteriorRingN(h).getCoordinates(), true));
                }
            } else {
                parts.add(((LineString) part).getCoordinates());
            }
        }
        int numPoints = parts.stream().mapToInt(p -> p.length).sum();
        ByteBuffer record = ByteBuffer.allocate(44 + 4 * parts.size() + 16 * numPoints)
                .order(ByteOrder.LITTLE_ENDIAN);
        Envelope box = geometry.getEnvelopeInternal();
        record.putInt(shapeType).putDouble(box.getMinX()).putDouble(box.getMinY()).putDouble(box.getMaxX())
                .putDouble(box.getMaxY()).putInt(parts.size()).putInt(numPoints);
        int first = 0;
        for (Coordinate[] part : parts) {
            record.putInt(first);
            first += part.length;
        }
        for (Coordinate[] part : parts) {
            for (Coordinate c : part) {
                record.putDouble(c.x).putDouble(c.y);
            }
        }
        return record.array();
    }

    /** Outer rings clockwise, holes counter-clockwise, as the format defines them. */
    private static Coordinate[] oriented(Coordinate[] ring, boolean counterClockwise) {
        if (Orientation.isCCW(ring) == counterClockwise) {
            return ring;
        }
        Coordinate[] reversed = new Coordinate[ring.length];
        for (int i = 0; i < ring.length; i++) {
            reversed[i] = ring[ring.length - 1 - i];
        }
        return reversed;
    }

    // ---- .dbf and the field names -----------------------------------------------------------------------------

    private static byte[] dbf(OutputLayer layer, Map<String, String> dbfNames) {
        List<Field> fields = layer.fields();
        List<Object[]> records = new ArrayList<>();
        for (Feature feature : layer.features()) {
            Object[] record = new Object[fields.size()];
            for (int i = 0; i < record.length; i++) {
                record[i] = value(fields.get(i), feature.properties().get(fields.get(i).name()));
            }
            records.add(record);
        }
        DBFField[] columns = new DBFField[fields.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = column(fields.get(i), dbfNames.get(fields.get(i).name()), textBytes(records, i));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DBFWriter writer = new DBFWriter(bytes, StandardCharsets.UTF_8)) {
            writer.setFields(columns);
            records.forEach(writer::addRecord);
        }
        return bytes.toByteArray();
    }

    private static DBFField column(Field field, String name, int textBytes) {
        return switch (field.type()) {
            case TEXT, DATETIME -> new DBFField(name, DBFDataType.CHARACTER, Math.max(textBytes,
                    field.type() == FieldType.DATETIME ? 20 : 1));
            case INTEGER -> new DBFField(name, DBFDataType.NUMERIC, 18, 0);
            case REAL -> new DBFField(name, DBFDataType.NUMERIC, 24, 10);
            case BOOLEAN -> new DBFField(name, DBFDataType.LOGICAL);
            case DATE -> new DBFField(name, DBFDataType.DATE);
        };
    }

    private static int textBytes(List<Object[]> records, int column) {
        int longest = 0;
        for (Object[] record : records) {
            if (record[column] instanceof String text) {
                longest = Math.max(longest, text.getBytes(StandardCharsets.UTF_8).length);
            }
        }
        return longest;
    }

    private static Object value(Field field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field.type()) {
            case TEXT -> fitted(value.toString());
            case INTEGER -> ((Number) value).longValue();
            case REAL -> value instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) value).doubleValue());
            case BOOLEAN -> (Boolean) value;
            // JavaDBF writes a Date's day in the default time zone
            case DATE -> Date.from(((LocalDate) value).atStartOfDay(ZoneId.systemDefault()).toInstant());
            case DATETIME -> ((Instant) value).toString();
        };
    }

    /** Text cut to the 254 bytes a C column holds, at a character boundary so no character is broken. */
    private static String fitted(String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= MAX_TEXT_BYTES) {
            return text;
        }
        int end = 0;
        int bytes = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_TEXT_BYTES) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    /** The field names as a CSV in UTF-8 with a byte-order mark, so that Excel shows the Chinese titles. */
    private static byte[] fieldsCsv(List<Field> fields, Map<String, String> dbfNames) {
        StringBuilder csv = new StringBuilder("\uFEFFdbf_name,name,title,type\r\n");
        for (Field field : fields) {
            csv.append(String.join(",", csvValue(dbfNames.get(field.name())), csvValue(field.name()),
                    csvValue(field.title()), field.type().name())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csvValue(String value) {
        return value.matches("[^\",\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
