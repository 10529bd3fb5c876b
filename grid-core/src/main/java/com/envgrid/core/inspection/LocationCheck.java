package com.envgrid.core.inspection;

import com.envgrid.core.geo.LocalProjection;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygonal;

import java.util.Locale;

/**
 * Whether a field inspection was made where it claims, allowing for GPS error. Every position is WGS84 lon/lat (a
 * GCJ-02 fix is converted with {@link FixCrs#toWgs84} first); every distance is in metres on a {@link
 * LocalProjection} centred on the fix, never in degrees.
 * <p>
 * A fix that fails a check is not rejected: the inspection is kept and flagged for review with the verdict's
 * distance and reason. {@code accuracyM} is the fix's stated horizontal accuracy (the radius a phone reports); 0
 * when unknown. Known limit: a fix claiming a poor accuracy gets that much slack — whether an accuracy is good
 * enough at all is a separate question for the caller.
 *
 * @throws IllegalArgumentException from every check when the fix is not a lon/lat position, a distance is negative
 *                                  or not finite, or the geometry is empty or of the wrong kind
 */
public final class LocationCheck {
    private LocationCheck() {
    }

    /**
     * The verdict of a check: whether the fix is plausible, its distance in metres from where it belongs (0 inside
     * a grid) and a reason a reviewer can read.
     */
    public record Verdict(boolean plausible, double distanceM, String reason) {
    }

    /**
     * Whether a fix lies within its grid buffered by max(accuracy, minTolerance) metres. The distance is that from
     * the fix to the grid, 0 inside or on the boundary; comparing it with the tolerance is the buffer test without
     * the buffer's polygonal approximation of arcs.
     *
     * @param gridArea a Polygon or MultiPolygon, lon/lat — the grid's effective area
     */
    public static Verdict againstGrid(Geometry gridArea, double lon, double lat, double accuracyM,
                                      double minToleranceM) {
        if (!(gridArea instanceof Polygonal) || gridArea.isEmpty()) {
            throw new IllegalArgumentException("a grid check needs the grid's Polygon or MultiPolygon, got "
                    + (gridArea == null ? "none" : "an empty or non-polygonal " + gridArea.getGeometryType()));
        }
        requireDistance("minToleranceM", minToleranceM);
        requirePosition("the fix", lon, lat);
        requireDistance("accuracyM", accuracyM);
        // most fixes are inside, and containment in lon/lat differs from the plane's by far less than any tolerance:
        // no projected copy of the grid for them (its set-up was the largest part of an intake's own work)
        if (SimplePointInAreaLocator.locate(new Coordinate(lon, lat), gridArea) != Location.EXTERIOR) {
            return new Verdict(true, 0, "inside the grid");
        }
        double distance = metresBetween(gridArea, lon, lat, accuracyM);
        double tolerance = Math.max(accuracyM, minToleranceM);
        String toleranceText = metres(tolerance) + " tolerance"
                + (accuracyM > minToleranceM ? " (the fix's stated accuracy)" : "");
        boolean plausible = distance <= tolerance;
        return new Verdict(plausible, distance, metres(distance) + " outside the grid's boundary, "
                + (plausible ? "within" : "beyond") + " the " + toleranceText);
    }

    /** Whether a fix lies within {@code allowedM} plus its accuracy of a point source at (targetLon, targetLat). */
    public static Verdict againstPoint(double targetLon, double targetLat, double lon, double lat, double accuracyM,
                                       double allowedM) {
        requirePosition("the source", targetLon, targetLat);
        Geometry target = new GeometryFactory().createPoint(new Coordinate(targetLon, targetLat));
        return near(target, "the source", lon, lat, accuracyM, allowedM);
    }

    /**
     * Whether a fix lies within {@code allowedM} plus its accuracy of a river segment's course.
     *
     * @param course a LineString or MultiLineString, lon/lat
     */
    public static Verdict againstLine(Geometry course, double lon, double lat, double accuracyM, double allowedM) {
        if (!(course instanceof Lineal) || course.isEmpty()) {
            throw new IllegalArgumentException("a river check needs the segment's LineString or MultiLineString, got "
                    + (course == null ? "none" : "an empty or non-linear " + course.getGeometryType()));
        }
        return near(course, "the river segment's course", lon, lat, accuracyM, allowedM);
    }

    private static Verdict near(Geometry target, String what, double lon, double lat, double accuracyM,
                                double allowedM) {
        requireDistance("allowedM", allowedM);
        double distance = metresBetween(target, lon, lat, accuracyM);
        boolean plausible = distance <= allowedM + accuracyM;
        return new Verdict(plausible, distance, metres(distance) + " from " + what + ", "
                + (plausible ? "within" : "beyond") + " the " + metres(allowedM) + " allowed"
                + (accuracyM > 0 ? " plus the fix's " + metres(accuracyM) + " accuracy" : ""));
    }

    /** Metres from the fix to a lon/lat geometry, 0 when the geometry covers it. */
    private static double metresBetween(Geometry lonLat, double lon, double lat, double accuracyM) {
        requirePosition("the fix", lon, lat);
        requireDistance("accuracyM", accuracyM);
        LocalProjection plane = LocalProjection.centredOn(lon, lat);
        Geometry target = plane.toMetres(lonLat);
        return target.distance(target.getFactory().createPoint(plane.toMetres(new Coordinate(lon, lat))));
    }

    private static void requirePosition(String what, double lon, double lat) {
        if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
            throw new IllegalArgumentException(what + " at [" + lon + ", " + lat + "] is not a lon/lat position");
        }
    }

    static void requireDistance(String name, double metres) {
        if (!(metres >= 0 && Double.isFinite(metres))) {
            throw new IllegalArgumentException(name + " must be a distance of 0 m or more, got " + metres);
        }
    }

    /** "1,234 m": whole metres with thousands separators. */
    private static String metres(double m) {
        return String.format(Locale.ROOT, "%,.0f m", m);
    }
}
