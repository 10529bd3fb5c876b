package com.envgrid.core.grid.location;

import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.GridLevel;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Locates points in a {@link GridLayer}: the chain of grids containing a point, deepest first.
 * <p>
 * A grid contains a point when its effective geometry <em>covers</em> it (interior or boundary), so parks that
 * take precedence win inside their own area, and a point in a hole of a grid (an enclave) belongs to the enclave.
 * Location descends: the first-level grid first, then among that grid's children only, and so on down, so the
 * chain is always a path of the hierarchy; the district of the first-level grid found closes the chain, and a point
 * no first-level grid covers (a gap) is located to the district covering it alone. A point between districts is in
 * none.
 * <p>
 * <b>Shared boundaries.</b> A point in the interior of a grid belongs to that grid. A point on the boundary of two
 * or more siblings and in the interior of none (a shared edge or vertex) belongs to the one with the smallest code,
 * compared as strings; {@link Located#onBoundary()} tells the caller it was such a point.
 * <p>
 * Built once per layer: an STRtree over all grids' envelopes and an {@link IndexedPointInAreaLocator} per grid.
 * Safe for concurrent use once built.
 */
public final class GridLocator {
    /** Interior before boundary, then the smallest code. */
    private static final Comparator<Hit> BEST = Comparator.comparing((Hit h) -> !h.interior).thenComparing(h -> h.grid.code());

    private final STRtree index = new STRtree();
    private final STRtree districts = new STRtree();
    private final GridLayer layer;

    public GridLocator(GridLayer layer) {
        this.layer = layer;
        for (Grid g : layer.grids()) {
            var geometry = layer.effectiveGeometry(g.code());
            (g.level() == GridLevel.DISTRICT ? districts : index)
                    .insert(geometry.getEnvelopeInternal(), new Entry(g, readyLocator(geometry)));
        }
        index.build();
        districts.build();
    }

    /** The grids containing a point, deepest first; an empty chain when no grid of the layer covers it. */
    public Located locate(double lon, double lat) {
        Coordinate point = new Coordinate(lon, lat);
        List<Hit> hits = hits(index, point);
        List<Grid> chain = new ArrayList<>();
        boolean onBoundary = false;
        Optional<Hit> hit = best(hits, null);
        while (hit.isPresent()) {
            chain.add(0, hit.get().grid);
            onBoundary |= !hit.get().interior;
            hit = best(hits, hit.get().grid.code());
        }
        Optional<Grid> district = chain.isEmpty() ? districtCovering(point)
                : layer.districtOf(chain.get(chain.size() - 1).code());
        district.ifPresent(chain::add);
        return new Located(chain, onBoundary);
    }

    /** The district covering a point that no first-level grid covers; the smallest code on a shared boundary. */
    private Optional<Grid> districtCovering(Coordinate point) {
        return hits(districts, point).stream().min(BEST).map(Hit::grid);
    }

    private static List<Hit> hits(STRtree grids, Coordinate point) {
        List<Hit> hits = new ArrayList<>();
        for (Object o : grids.query(new Envelope(point))) {
            Entry e = (Entry) o;
            int where = e.locator.locate(point);
            if (where != Location.EXTERIOR) {
                hits.add(new Hit(e.grid, where == Location.INTERIOR));
            }
        }
        return hits;
    }

    private static IndexedPointInAreaLocator readyLocator(org.locationtech.jts.geom.Geometry area) {
        var locator = new IndexedPointInAreaLocator(area);
        // builds the locator's own index now, so concurrent readers never race to build it
        locator.locate(area.getEnvelopeInternal().centre());
        return locator;
    }

    /** The best hit among the first-level grids (parentCode null) or among the children of parentCode. */
    private static Optional<Hit> best(List<Hit> hits, String parentCode) {
        return hits.stream()
                .filter(h -> parentCode == null ? h.grid.level().isFirstLevel() : parentCode.equals(h.grid.parentCode()))
                .min(BEST);
    }

    /** The containing chain, deepest first, and whether the point lay on a boundary shared by siblings. */
    public record Located(List<Grid> chain, boolean onBoundary) {
        public boolean found() {
            return !chain.isEmpty();
        }

        public Optional<Grid> deepest() {
            return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(0));
        }
    }

    private record Entry(Grid grid, IndexedPointInAreaLocator locator) {
    }

    private record Hit(Grid grid, boolean interior) {
    }
}
