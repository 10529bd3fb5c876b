package com.envgrid.core.grid.location;

import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.GridLevel;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.relateng.RelatePredicate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * <b>How it is fast.</b> Built once per layer: an {@link IndexedPointInAreaLocator} per grid's effective geometry
 * and cell indexes of envelopes ({@link CellIndex}) of the deepest grids (those without children, the leaves), of
 * the grids above them and of the districts. Each leaf keeps its answer — its chain up to the district — ready. A point is
 * tested against the leaves whose envelopes hold it in the order of their paths from the first level down, and the
 * first leaf holding it in its interior answers at once when the rules above cannot make another answer: the leaf
 * and each grid up its chain lie within their parents, and neither the leaf's ancestors nor any grid with children
 * overlaps a sibling's interior there (checked once, when built). Any other point — on a boundary, in a gap, outside
 * every leaf, in an overlap — descends the hierarchy as described above over every grid holding it.
 * <p>
 * Safe for concurrent use once built.
 */
public final class GridLocator {
    /** More leaves than this whose envelopes hold one point (a pathological layer) take the general descent. */
    private static final int MAX_CANDIDATES = 16;
    private static final String INTERIORS_INTERSECT = "T********";

    private final GridLayer layer;
    /** The leaves in the order of their paths (first-level code, then the child's, …): a leaf's id is its rank. */
    private final Grid[] leaves;
    private final IndexedPointInAreaLocator[] leafAreas;
    /** A leaf's answer for a point in its interior, or null where the general descent must decide. */
    private final Located[] leafAnswers;
    private final CellIndex leafIndex;
    private final Grid[] branches;
    private final IndexedPointInAreaLocator[] branchAreas;
    private final CellIndex branchIndex;
    private final Grid[] districts;
    private final IndexedPointInAreaLocator[] districtAreas;
    private final CellIndex districtIndex;

    public GridLocator(GridLayer layer) {
        this.layer = layer;
        List<Grid> leafList = new ArrayList<>();
        List<Grid> branchList = new ArrayList<>();
        List<Grid> districtList = new ArrayList<>();
        Map<String, List<String>> paths = new HashMap<>();
        for (Grid g : layer.grids()) {
            if (g.level() == GridLevel.DISTRICT) {
                districtList.add(g);
            } else if (layer.children(g.code()).isEmpty()) {
                leafList.add(g);
                paths.put(g.code(), path(g));
            } else {
                branchList.add(g);
            }
        }
        leafList.sort(Comparator.comparing(g -> paths.get(g.code()), GridLocator::comparePaths));
        leaves = leafList.toArray(Grid[]::new);
        leafAreas = areas(leaves);
        leafIndex = index(leaves);
        branches = branchList.toArray(Grid[]::new);
        branchAreas = areas(branches);
        branchIndex = index(branches);
        districts = districtList.toArray(Grid[]::new);
        districtAreas = areas(districts);
        districtIndex = index(districts);
        leafAnswers = new Located[leaves.length];
        Map<String, Boolean> contained = new HashMap<>();
        Map<String, RelateNG> prepared = new HashMap<>();
        Set<String> overlapped = overlappedSubtrees();
        for (int i = 0; i < leaves.length; i++) {
            if (withinAncestors(leaves[i], contained, prepared) && !overlapped.contains(leaves[i].code())) {
                leafAnswers[i] = new Located(List.copyOf(chainOf(leaves[i])), false);
            }
        }
    }

    /** The grids containing a point, deepest first; an empty chain when no grid of the layer covers it. */
    public Located locate(double lon, double lat) {
        Coordinate point = new Coordinate(lon, lat);
        int[] candidates = new int[MAX_CANDIDATES];
        int count = leafIndex.query(lon, lat, candidates);
        if (count > MAX_CANDIDATES) {
            candidates = new int[count];
            return descend(point, candidates, leafIndex.query(lon, lat, candidates), new int[0]);
        }
        int[] where = new int[count];
        for (int i = 0; i < count; i++) {
            int leaf = candidates[i];
            where[i] = leafAreas[leaf].locate(point);
            if (where[i] == Location.INTERIOR && leafAnswers[leaf] != null) {
                return leafAnswers[leaf];
            }
        }
        return descend(point, candidates, count, where);
    }

    /**
     * The general descent over every grid covering the point: the leaves among {@code leafCandidates} (their
     * locations so far in {@code where}, the rest still to test) and the grids with children.
     */
    private Located descend(Coordinate point, int[] leafCandidates, int count, int[] where) {
        int[] branchCandidates = new int[branches.length];
        int branchCount = Math.min(branchIndex.query(point.x, point.y, branchCandidates), branches.length);
        Grid[] hits = new Grid[count + branchCount];
        boolean[] interior = new boolean[hits.length];
        int hitCount = 0;
        for (int i = 0; i < count; i++) {
            int leaf = leafCandidates[i];
            int location = i < where.length ? where[i] : leafAreas[leaf].locate(point);
            if (location != Location.EXTERIOR) {
                hits[hitCount] = leaves[leaf];
                interior[hitCount++] = location == Location.INTERIOR;
            }
        }
        for (int i = 0; i < branchCount; i++) {
            int location = branchAreas[branchCandidates[i]].locate(point);
            if (location != Location.EXTERIOR) {
                hits[hitCount] = branches[branchCandidates[i]];
                interior[hitCount++] = location == Location.INTERIOR;
            }
        }
        List<Grid> chain = new ArrayList<>();
        boolean onBoundary = false;
        int best = best(hits, interior, hitCount, null);
        while (best >= 0) {
            chain.add(0, hits[best]);
            onBoundary |= !interior[best];
            best = best(hits, interior, hitCount, hits[best].code());
        }
        Optional<Grid> district = chain.isEmpty() ? districtCovering(point)
                : layer.districtOf(chain.get(chain.size() - 1).code());
        district.ifPresent(chain::add);
        return new Located(chain, onBoundary);
    }

    /**
     * The best hit among the first-level grids (parentCode null) or among the children of parentCode: interior
     * before boundary, then the smallest code; -1 when there is none.
     */
    private static int best(Grid[] hits, boolean[] interior, int count, String parentCode) {
        int best = -1;
        for (int i = 0; i < count; i++) {
            Grid g = hits[i];
            boolean eligible = parentCode == null ? g.level().isFirstLevel() : parentCode.equals(g.parentCode());
            if (eligible && (best < 0 || interior[i] && !interior[best]
                    || interior[i] == interior[best] && g.code().compareTo(hits[best].code()) < 0)) {
                best = i;
            }
        }
        return best;
    }

    /** The district covering a point that no first-level grid covers; the smallest code on a shared boundary. */
    private Optional<Grid> districtCovering(Coordinate point) {
        int[] candidates = new int[districts.length];
        int count = Math.min(districtIndex.query(point.x, point.y, candidates), districts.length);
        Grid[] hits = new Grid[count];
        boolean[] interior = new boolean[count];
        int hitCount = 0;
        for (int i = 0; i < count; i++) {
            int location = districtAreas[candidates[i]].locate(point);
            if (location != Location.EXTERIOR) {
                hits[hitCount] = districts[candidates[i]];
                interior[hitCount++] = location == Location.INTERIOR;
            }
        }
        int best = -1;
        for (int i = 0; i < hitCount; i++) {
            if (best < 0 || interior[i] && !interior[best]
                    || interior[i] == interior[best] && hits[i].code().compareTo(hits[best].code()) < 0) {
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(hits[best]);
    }

    /** The codes from the first-level grid down to g. */
    private List<String> path(Grid g) {
        List<String> path = new ArrayList<>();
        for (Grid at = g; at != null && at.level() != GridLevel.DISTRICT; at = layer.parent(at).orElse(null)) {
            path.add(0, at.code());
        }
        return path;
    }

    private static int comparePaths(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** The leaf's chain as the descent finds it for a point in its interior: up to the first level, then the district. */
    private List<Grid> chainOf(Grid leaf) {
        List<Grid> chain = new ArrayList<>();
        Grid at = leaf;
        while (at != null && at.level() != GridLevel.DISTRICT) {
            chain.add(at);
            at = at.level().isFirstLevel() ? null : layer.parent(at).orElse(null);
        }
        layer.districtOf(chain.get(chain.size() - 1).code()).ifPresent(chain::add);
        return chain;
    }

    /**
     * Whether g and each grid up its chain below the first level lie within their parents' effective geometries,
     * so a point inside g is inside every grid of its chain. Memoised per grid in {@code known}; each parent's
     * geometry prepared once for all its children in {@code prepared}.
     */
    private boolean withinAncestors(Grid g, Map<String, Boolean> known, Map<String, RelateNG> prepared) {
        if (g.level().isFirstLevel()) {
            return true;
        }
        Boolean answer = known.get(g.code());
        if (answer == null) {
            Grid parent = layer.parent(g).orElse(null);
            answer = parent != null && parent.level() != GridLevel.DISTRICT
                    && withinAncestors(parent, known, prepared) && covers(parent, g, prepared);
            known.put(g.code(), answer);
        }
        return answer;
    }

    private boolean covers(Grid outer, Grid inner, Map<String, RelateNG> prepared) {
        try {
            return prepared.computeIfAbsent(outer.code(), code -> RelateNG.prepare(layer.effectiveGeometry(code)))
                    .evaluate(layer.effectiveGeometry(inner.code()), RelatePredicate.covers());
        } catch (RuntimeException invalidGeometry) {
            return false;
        }
    }

    /**
     * The codes of every grid under a grid with children whose interior overlaps a sibling's (or under that
     * sibling): there the descent's rules decide between them, so none of those leaves answers alone. Siblings of
     * a first-level grid are all first-level grids, as the descent compares them. Only grids with children are
     * compared — few — since among leaves of one parent the order of testing already finds the answer.
     */
    private Set<String> overlappedSubtrees() {
        Set<String> overlapped = new HashSet<>();
        List<Grid> firstLevel = layer.firstLevel();
        for (Grid branch : branches) {
            Collection<Grid> siblings = branch.level().isFirstLevel() ? firstLevel
                    : layer.children(branch.parentCode());
            Geometry area = layer.effectiveGeometry(branch.code());
            Envelope envelope = area.getEnvelopeInternal();
            RelateNG prepared = null;
            for (Grid sibling : siblings) {
                Geometry other = layer.effectiveGeometry(sibling.code());
                if (sibling == branch || !envelope.intersects(other.getEnvelopeInternal())) {
                    continue;
                }
                if (prepared == null) {
                    prepared = RelateNG.prepare(area);
                }
                boolean overlaps;
                try {
                    overlaps = prepared.evaluate(other, RelatePredicate.matches(INTERIORS_INTERSECT));
                } catch (RuntimeException invalidGeometry) {
                    overlaps = true;
                }
                if (overlaps) {
                    overlapped.addAll(layer.subtree(branch.code()));
                    overlapped.addAll(layer.subtree(sibling.code()));
                }
            }
        }
        return overlapped;
    }

    private IndexedPointInAreaLocator[] areas(Grid[] grids) {
        IndexedPointInAreaLocator[] areas = new IndexedPointInAreaLocator[grids.length];
        for (int i = 0; i < grids.length; i++) {
            areas[i] = readyLocator(layer.effectiveGeometry(grids[i].code()));
        }
        return areas;
    }

    private CellIndex index(Grid[] grids) {
        Envelope[] envelopes = new Envelope[grids.length];
        for (int i = 0; i < grids.length; i++) {
            envelopes[i] = layer.effectiveGeometry(grids[i].code()).getEnvelopeInternal();
        }
        return new CellIndex(envelopes);
    }

    private static IndexedPointInAreaLocator readyLocator(Geometry area) {
        var locator = new IndexedPointInAreaLocator(area);
        // builds the locator's own index now, so concurrent readers never race to build it
        locator.locate(area.getEnvelopeInternal().centre());
        return locator;
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
}
