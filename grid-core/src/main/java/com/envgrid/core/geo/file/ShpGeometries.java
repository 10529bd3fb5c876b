package com.envgrid.core.geo.file;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometries of a .shp file (ESRI Shapefile Technical Description, 1998), read by hand: no maintained
 * Shapefile library is on Maven Central apart from GeoTools, which is not served. Points, multipoints, polylines
 * and polygons, with or without Z and M (which are dropped); a null shape is a feature without geometry.
 * Polygon rings are grouped the way the format defines them: clockwise rings are outer rings, counter-clockwise
 * ones are holes of the outer ring that contains them.
 */
final class ShpGeometries {
    /** One record: its number (1-based, as in the .dbf order), its geometry or null, or why it cannot be read. */
    record Shape(int number, Geometry geometry, String problem) {
    }

    private static final int FILE_CODE = 9994;

    private final ByteBuffer shp;
    private final GeometryFactory factory;

    private ShpGeometries(byte[] bytes, GeometryFactory factory) {
        this.shp = ByteBuffer.wrap(bytes);
        this.factory = factory;
    }

    /** Every record of the file in order; throws IllegalArgumentException when the file itself is not a .shp. */
    static List<Shape> read(byte[] bytes, GeometryFactory factory) {
        return new ShpGeometries(bytes, factory).records();
    }

    private List<Shape> records() {
        if (shp.limit() < 100 || shp.order(ByteOrder.BIG_ENDIAN).getInt(0) != FILE_CODE) {
            throw new IllegalArgumentException("the .shp does not start with the Shapefile header");
        }
        long declaredLength = 2L * shp.order(ByteOrder.BIG_ENDIAN).getInt(24);
        int end = (int) Math.min(declaredLength, shp.limit());
        List<Shape> shapes = new ArrayList<>();
        int at = 100;
        while (at + 8 <= end) {
            shp.order(ByteOrder.BIG_ENDIAN);
            int number = shp.getInt(at);
            int length = 2 * shp.getInt(at + 4);
            int content = at + 8;
            if (length < 4 || content + length > shp.limit()) {
                throw new IllegalArgumentException("record " + number + " runs past the end of the .shp");
            }
            shapes.add(shape(number, content, length));
            at = content + length;
        }
        return shapes;
    }

    private Shape shape(int number, int at, int length) {
        shp.order(ByteOrder.LITTLE_ENDIAN);
        int type = shp.getInt(at);
        try {
            Geometry geometry = switch (type) {
                case 0 -> null;
                case 1, 11, 21 -> factory.createPoint(point(at + 4));
                case 8, 18, 28 -> factory.createMultiPointFromCoords(points(at + 40, shp.getInt(at + 36), 0));
                case 3, 13, 23 -> lines(parts(at, length));
                case 5, 15, 25 -> polygons(parts(at, length));
                default -> throw new IllegalArgumentException("shape type " + type + " is not read (only points, "
                        + "lines and polygons)");
            };
            return new Shape(number, geometry, null);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return new Shape(number, null, e instanceof IndexOutOfBoundsException
                    ? "the record is shorter than its shape says" : e.getMessage());
        }
    }

    /** The parts of a polyline or polygon record: box, numParts, numPoints, parts[], points[]. */
    private List<Coordinate[]> parts(int at, int length) {
        int numParts = shp.getInt(at + 36);
        int numPoints = shp.getInt(at + 40);
        if (numParts < 1 || numPoints < 0 || 44 + 4L * numParts + 16L * numPoints > length) {
            throw new IllegalArgumentException("the record has " + numParts + " parts and " + numPoints
                    + " points, more than its length holds");
        }
        int pointsAt = at + 44 + 4 * numParts;
        List<Coordinate[]> parts = new ArrayList<>();
        for (int p = 0; p < numParts; p++) {
            int first = shp.getInt(at + 44 + 4 * p);
            int last = p + 1 < numParts ? shp.getInt(at + 44 + 4 * (p + 1)) : numPoints;
            if (first < 0 || last > numPoints || first > last) {
                throw new IllegalArgumentException("part " + (p + 1) + " points outside the record's points");
            }
            parts.add(points(pointsAt, last - first, first));
        }
        return parts;
    }

    private Coordinate[] points(int at, int count, int first) {
        Coordinate[] points = new Coordinate[count];
        for (int i = 0; i < count; i++) {
            points[i] = point(at + 16 * (first + i));
        }
        return points;
    }

    private Coordinate point(int at) {
        return new Coordinate(shp.getDouble(at), shp.getDouble(at + 8));
    }

    private Geometry lines(List<Coordinate[]> parts) {
        LineString[] lines = new LineString[parts.size()];
        for (int i = 0; i < lines.length; i++) {
            if (parts.get(i).length < 2) {
                throw new IllegalArgumentException("line " + (i + 1) + " has fewer than 2 points");
            }
            lines[i] = factory.createLineString(parts.get(i));
        }
        return lines.length == 1 ? lines[0] : factory.createMultiLineString(lines);
    }

    private Geometry polygons(List<Coordinate[]> parts) {
        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Coordinate[] ring = parts.get(i);
            if (ring.length < 4) {
                throw new IllegalArgumentException("ring " + (i + 1) + " has " + ring.length
                        + " points; a ring needs at least 4 (a closed triangle)");
            }
            if (!ring[0].equals2D(ring[ring.length - 1])) {
                throw new IllegalArgumentException("ring " + (i + 1) + " is not closed: it starts at ["
                        + ring[0].x + ", " + ring[0].y + "] but ends at [" + ring[ring.length - 1].x + ", "
                        + ring[ring.length - 1].y + "]");
            }
            LinearRing linear = factory.createLinearRing(ring);
            (Orientation.isCCW(ring) ? holes : shells).add(linear);
        }
        List<List<LinearRing>> holesOf = new ArrayList<>();
        shells.forEach(s -> holesOf.add(new ArrayList<>()));
        for (LinearRing hole : holes) {
            int owner = smallestShellAround(shells, hole);
            if (owner < 0) { // a counter-clockwise ring inside nothing: an outer ring written the wrong way round
                shells.add(hole);
                holesOf.add(new ArrayList<>());
            } else {
                holesOf.get(owner).add(hole);
            }
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = factory.createPolygon(shells.get(i), holesOf.get(i).toArray(LinearRing[]::new));
        }
        return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
    }

    private int smallestShellAround(List<LinearRing> shells, LinearRing hole) {
        int best = -1;
        double bestArea = Double.MAX_VALUE;
        for (int i = 0; i < shells.size(); i++) {
            Polygon shell = factory.createPolygon(shells.get(i));
            if (shell.getEnvelopeInternal().covers(hole.getEnvelopeInternal()) && shell.covers(hole.getStartPoint())
                    && shell.getArea() < bestArea) {
                best = i;
                bestArea = shell.getArea();
            }
        }
        return best;
    }
}
