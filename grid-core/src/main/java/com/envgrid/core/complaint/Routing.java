package com.envgrid.core.complaint;

import com.envgrid.core.geo.LocalProjection;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.grid.location.GridLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a complaint goes: the deepest grid containing its location, and — when the location lies close to another
 * grid, where a pin dropped a few metres off or a GPS error would have put it — the neighbouring grids it is also
 * shown to until one side accepts it.
 * <p>
 * <b>Definitions.</b> The <em>other grids</em> of a point are the grids of the layer other than the district, the
 * point's deepest grid and that grid's ancestors — the grids that do not contain the point. The distance to a grid
 * is the distance in metres, on a {@link LocalProjection} centred on the point, from the point to the grid's
 * effective geometry (0 on its boundary); since a grid's boundary is also where its neighbours begin, this is the
 * distance to the boundary the point's grid shares with that neighbour. A point is <em>near a boundary</em> when
 * {@link GridLocator.Located#onBoundary()} says it lay on a shared boundary, or some other grid is within the
 * near-boundary distance (default {@value #DEFAULT_NEAR_BOUNDARY_METRES} m). The grids it is also shown to are the
 * other grids within that distance, keeping only the deepest: a town is left out when one of its own communities
 * is also within the distance. They are listed nearest first, then by code.
 * <p>
 * <b>Not routable.</b> A point no grid covers — outside the district, or outside every first-level grid in a layer
 * without a district grid — has no route: the complaint is refused. A point in a gap (inside the district, in no
 * first-level grid) is routed to the district itself. The outer boundary of the district borders no grid and
 * never makes a point near a boundary.
 * <p>
 * <b>Rivers.</b> A river segment that runs through several grids is answered for by all of them: a point within the
 * near-boundary distance of such a segment's course is near a boundary too, and is also shown to the other grids the
 * segment runs through (after the neighbouring grids, in the segment's order).
 * <p>
 * Built once per layer (an STRtree over the grids' effective envelopes); safe for concurrent use.
 */
public final class Routing {
    public static final double DEFAULT_NEAR_BOUNDARY_METRES = 50;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final GridLayer layer;
    private final double nearBoundaryMetres;
    private final STRtree index = new STRtree();

    /** Routing with the default near-boundary distance. */
    public Routing(GridLayer layer) {
        this(layer, DEFAULT_NEAR_BOUNDARY_METRES);
    }

    /** @throws IllegalArgumentException when the distance is negative or not a number */
    public Routing(GridLayer layer, double nearBoundaryMetres) {
        if (!(nearBoundaryMetres >= 0) || Double.isInfinite(nearBoundaryMetres)) {
            throw new IllegalArgumentException("the near-boundary distance must be 0 metres or more, got "
                    + nearBoundaryMetres);
        }
        this.layer = layer;
        this.nearBoundaryMetres = nearBoundaryMetres;
        for (Grid g : layer.grids()) {
            if (g.level() != GridLevel.DISTRICT) {
                index.insert(layer.effectiveGeometry(g.code()).getEnvelopeInternal(), g);
            }
        }
        index.build();
    }

    /** The grid a complaint goes to, and who else sees it. */
    public record Route(String gridCode, boolean nearBoundary, List<String> alsoShownTo) {
        public Route {
            alsoShownTo = List.copyOf(alsoShownTo);
        }
    }

    /** A river segment's course (lon/lat) and the grids it runs through. */
    public record River(Geometry course, List<String> grids) {
        public River {
            grids = List.copyOf(grids);
        }
    }

    /**
     * The route of a complaint at lon/lat, located by a {@link GridLocator} of the same layer; empty when the
     * point is not routable (see the class comment).
     */
    public Optional<Route> route(GridLocator.Located located, double lon, double lat) {
        return route(located, lon, lat, List.of());
    }

    /** The route of a complaint at lon/lat, also shown along the river segments it lies on (see the class comment). */
    public Optional<Route> route(GridLocator.Located located, double lon, double lat, Collection<River> rivers) {
        if (!located.found()) {
            return Optional.empty();
        }
        Grid deepest = located.deepest().orElseThrow();
        LocalProjection projection = LocalProjection.centredOn(lon, lat);
        Point point = FACTORY.createPoint(projection.toMetres(new Coordinate(lon, lat)));
        List<Near> near = new ArrayList<>();
        for (Grid g : others(layer, deepest.code(), candidatesWithin(projection, point))) {
            double d = distance(layer, g, projection, point);
            if (d <= nearBoundaryMetres) {
                near.add(new Near(g, d));
            }
        }
        Set<String> ancestorsOfOthers = new HashSet<>();
        for (Near n : near) {
            ancestorsOfOthers.addAll(ancestors(layer, n.grid()));
        }
        List<String> alsoShownTo = new ArrayList<>(near.stream()
                .filter(n -> !ancestorsOfOthers.contains(n.grid().code()))
                .sorted(Comparator.comparingDouble(Near::metres).thenComparing(n -> n.grid().code()))
                .map(n -> n.grid().code())
                .toList());
        Set<String> containing = ancestors(layer, deepest);
        containing.add(deepest.code());
        for (River river : rivers) {
            if (river.grids().size() > 1 && projection.toMetres(river.course()).distance(point) <= nearBoundaryMetres) {
                river.grids().stream()
                        .filter(code -> !containing.contains(code) && !alsoShownTo.contains(code))
                        .forEach(alsoShownTo::add);
            }
        }
        return Optional.of(new Route(deepest.code(), located.onBoundary() || !alsoShownTo.isEmpty(), alsoShownTo));
    }

    /**
     * The distance in metres from lon/lat to the nearest of the other grids of a point whose deepest grid is
     * {@code deepestCode} (see the class comment): 0 on a boundary shared with another grid, infinity when the
     * layer has no other grid. Reads every grid of the layer; {@link #route} uses an index instead.
     *
     * @throws IllegalArgumentException when the layer has no grid {@code deepestCode}
     */
    public static double distanceToOtherGrids(GridLayer layer, String deepestCode, double lon, double lat) {
        LocalProjection projection = LocalProjection.centredOn(lon, lat);
        Point point = FACTORY.createPoint(projection.toMetres(new Coordinate(lon, lat)));
        double nearest = Double.POSITIVE_INFINITY;
        for (Grid g : others(layer, deepestCode, layer.grids())) {
            nearest = Math.min(nearest, distance(layer, g, projection, point));
        }
        return nearest;
    }

    public double nearBoundaryMetres() {
        return nearBoundaryMetres;
    }

    /** The grids whose envelope comes within the near-boundary distance of the point, with a margin. */
    private List<Grid> candidatesWithin(LocalProjection projection, Point point) {
        Envelope metres = new Envelope(point.getCoordinate());
        metres.expandBy(nearBoundaryMetres * 1.1 + 1);
        Envelope lonLat = projection.toLonLat(FACTORY.toGeometry(metres)).getEnvelopeInternal();
        List<Grid> found = new ArrayList<>();
        for (Object o : index.query(lonLat)) {
            found.add((Grid) o);
        }
        return found;
    }

    /** The grids among {@code grids} that are not the district, the deepest grid or one of its ancestors. */
    private static List<Grid> others(GridLayer layer, String deepestCode, Collection<Grid> grids) {
        Grid deepest = layer.find(deepestCode)
                .orElseThrow(() -> new IllegalArgumentException("no grid " + deepestCode + " in the layer"));
        Set<String> containing = new HashSet<>(ancestors(layer, deepest));
        containing.add(deepest.code());
        return grids.stream()
                .filter(g -> g.level() != GridLevel.DISTRICT && !containing.contains(g.code()))
                .toList();
    }

    private static Set<String> ancestors(GridLayer layer, Grid grid) {
        Set<String> codes = new HashSet<>();
        for (Optional<Grid> p = layer.parent(grid); p.isPresent(); p = layer.parent(p.get())) {
            codes.add(p.get().code());
        }
        return codes;
    }

    private static double distance(GridLayer layer, Grid grid, LocalProjection projection, Point point) {
        Geometry metres = projection.toMetres(layer.effectiveGeometry(grid.code()));
        return metres.distance(point);
    }

    private record Near(Grid grid, double metres) {
    }
}
