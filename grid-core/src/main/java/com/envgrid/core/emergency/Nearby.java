package com.envgrid.core.emergency;

import com.envgrid.core.geo.LocalProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What lies near an emergency's point: protection zones within a distance, the river segment it is nearest to and the
 * segments downstream of that one, and the sources within a radius. Distances are in metres on a {@link
 * LocalProjection} centred on the point (ellipsoidal to well under a metre per kilometre at these ranges).
 * <p>
 * Downstream: a segment's line is drawn from upstream to downstream, so its last point is where its water leaves it;
 * a segment whose first point lies within {@code joinMetres} of that last point receives that water. The walk goes
 * breadth-first from the nearest segment through every such join (a fork follows both branches), each segment once.
 */
public final class Nearby {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private Nearby() {
    }

    /** How far to look, in metres. */
    public record Reach(double zoneMetres, double riverMetres, double sourceMetres, double joinMetres) {
        public static final double DEFAULT_ZONE_METRES = 5_000;
        public static final double DEFAULT_RIVER_METRES = 2_000;
        public static final double DEFAULT_SOURCE_METRES = 5_000;
        public static final double DEFAULT_JOIN_METRES = 20;

        public static Reach defaults() {
            return new Reach(DEFAULT_ZONE_METRES, DEFAULT_RIVER_METRES, DEFAULT_SOURCE_METRES, DEFAULT_JOIN_METRES);
        }
    }

    public record Zone(String code, String name, String level, Geometry lonLat) {
    }

    /** A river segment, its course in lon/lat drawn from upstream to downstream. */
    public record River(String code, String name, Geometry lonLat) {
    }

    public record Source(String code, String name, String kind, String gridCode, boolean keyDischarger, double lon,
                         double lat) {
    }

    public record NearZone(String code, String name, String level, long metres) {
    }

    /** A segment on the way down: step 0 is the nearest segment, step n is n joins below it. */
    public record NearRiver(String code, String name, int step, long metres) {
    }

    public record NearSource(String code, String name, String kind, String gridCode, boolean keyDischarger,
                             double lon, double lat, long metres) {
    }

    public record Found(List<NearZone> zones, List<NearRiver> downstream, List<NearSource> sources) {
    }

    public static Found around(double lon, double lat, Reach reach, List<Zone> zones, List<River> rivers,
                               List<Source> sources) {
        LocalProjection plane = LocalProjection.centredOn(lon, lat);
        Point at = FACTORY.createPoint(new Coordinate(0, 0));
        List<NearZone> nearZones = zones.stream()
                .map(z -> new NearZone(z.code(), z.name(), z.level(), metres(at, plane.toMetres(z.lonLat()))))
                .filter(z -> z.metres() <= reach.zoneMetres())
                .sorted(Comparator.comparingLong(NearZone::metres).thenComparing(NearZone::code)).toList();
        List<NearSource> nearSources = sources.stream()
                .map(s -> new NearSource(s.code(), s.name(), s.kind(), s.gridCode(), s.keyDischarger(),
                        s.lon(), s.lat(), metres(at, FACTORY.createPoint(plane.toMetres(new Coordinate(s.lon(), s.lat()))))))
                .filter(s -> s.metres() <= reach.sourceMetres())
                .sorted(Comparator.comparingLong(NearSource::metres).thenComparing(NearSource::code)).toList();
        return new Found(nearZones, downstream(at, plane, reach, rivers), nearSources);
    }

    private static List<NearRiver> downstream(Point at, LocalProjection plane, Reach reach, List<River> rivers) {
        List<Course> courses = rivers.stream().map(r -> Course.of(r, plane.toMetres(r.lonLat()))).toList();
        Optional<Course> nearest = courses.stream().filter(c -> c.line.distance(at) <= reach.riverMetres())
                .min(Comparator.comparingDouble((Course c) -> c.line.distance(at)).thenComparing(c -> c.river.code()));
        if (nearest.isEmpty()) {
            return List.of();
        }
        List<NearRiver> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<Course> queue = new ArrayDeque<>(List.of(nearest.get()));
        Deque<Integer> steps = new ArrayDeque<>(List.of(0));
        seen.add(nearest.get().river.code());
        while (!queue.isEmpty()) {
            Course c = queue.removeFirst();
            int step = steps.removeFirst();
            found.add(new NearRiver(c.river.code(), c.river.name(), step, metres(at, c.line)));
            courses.stream().filter(next -> !seen.contains(next.river.code()))
                    .filter(next -> next.start.distance(c.end) <= reach.joinMetres())
                    .sorted(Comparator.comparing(next -> next.river.code()))
                    .forEach(next -> {
                        seen.add(next.river.code());
                        queue.addLast(next);
                        steps.addLast(step + 1);
                    });
        }
        return found;
    }

    /** A segment on the plane, with where its water enters (its first point) and leaves (its last). */
    private record Course(River river, Geometry line, Coordinate start, Coordinate end) {
        static Course of(River river, Geometry metres) {
            LineString first = (LineString) metres.getGeometryN(0);
            LineString last = (LineString) metres.getGeometryN(metres.getNumGeometries() - 1);
            return new Course(river, metres, first.getCoordinateN(0), last.getCoordinateN(last.getNumPoints() - 1));
        }
    }

    private static long metres(Point at, Geometry g) {
        return Math.round(g.distance(at));
    }
}
