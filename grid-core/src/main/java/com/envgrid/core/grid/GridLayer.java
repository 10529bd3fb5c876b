package com.envgrid.core.grid;

import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.geo.Areas;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static org.locationtech.jts.operation.overlayng.OverlayNG.DIFFERENCE;

/**
 * A city's grids as one immutable hierarchy: its districts (区/县, tier 0), their first-level grids (tier 1) and the
 * grids below them. A layer of a single district (or of first-level grids without a district grid) is the common
 * case of one bureau; a city's layer holds several districts side by side.
 * <p>
 * <b>Effective area.</b> When parks take precedence, a first-level grid that is not a park excludes every park
 * overlapping it: a park lying inside a town is counted once, as the park, and the town's effective geometry has
 * a hole where the park is. Otherwise a grid's effective geometry is its own geometry. Areas and point location
 * use effective geometries; the stored geometry is always the imported one.
 * <p>
 * <b>Districts.</b> A grid lies in the district its chain of parents leads to ({@link #districtOf}). In a layer of
 * one district, first-level grids that name no parent lie in that district and count among its {@link #children};
 * with several districts such a grid lies in none.
 * <p>
 * The hierarchy rules — parents exist and lie exactly one tier up — are checked by
 * {@link #hierarchyProblems}; {@link #of} refuses a collection that breaks them.
 */
public final class GridLayer {
    private final Map<String, Grid> byCode;
    private final Map<String, List<Grid>> childrenByParent;
    private final List<Grid> districts;
    private final Map<String, Geometry> effective;
    private final Map<String, Double> areaKm2;
    private final Map<String, Integer> tiers;
    private final boolean parksTakePrecedence;

    private GridLayer(Collection<Grid> grids, boolean parksTakePrecedence) {
        this.parksTakePrecedence = parksTakePrecedence;
        Map<String, Grid> byCode = new HashMap<>();
        grids.forEach(g -> byCode.put(g.code(), g));
        this.tiers = new HashMap<>();
        grids.forEach(g -> tierOf(g, byCode));
        Map<String, Grid> sorted = new LinkedHashMap<>();
        grids.stream().sorted(Comparator.comparingInt((Grid g) -> tiers.get(g.code())).thenComparing(Grid::code))
                .forEach(g -> sorted.put(g.code(), g));
        this.byCode = sorted;
        this.districts = sorted.values().stream().filter(g -> g.level() == GridLevel.DISTRICT).toList();
        String onlyDistrict = districts.size() == 1 ? districts.get(0).code() : null;
        Map<String, List<Grid>> children = new HashMap<>();
        for (Grid g : sorted.values()) {
            String parent = g.parentCode() == null && g.level().isFirstLevel() ? onlyDistrict : g.parentCode();
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(g);
            }
        }
        this.childrenByParent = children;
        this.effective = effectiveGeometries(sorted.values(), parksTakePrecedence);
        Map<String, Double> areas = new HashMap<>();
        effective.forEach((code, geometry) -> areas.put(code, Areas.squareKilometres(geometry)));
        this.areaKm2 = areas;
    }

    private int tierOf(Grid g, Map<String, Grid> byCode) {
        Integer known = tiers.get(g.code());
        if (known == null) {
            Grid parent = g.parentCode() == null ? null : byCode.get(g.parentCode());
            known = g.level() == GridLevel.DISTRICT ? 0 : parent == null ? 1 : tierOf(parent, byCode) + 1;
            tiers.put(g.code(), known);
        }
        return known;
    }

    /** A layer of the given grids; throws {@link InvalidInput} if they break the hierarchy rules. */
    public static GridLayer of(Collection<Grid> grids, boolean parksTakePrecedence) {
        List<InputProblem> problems = hierarchyProblems(grids, g -> "/grids/" + g.code());
        if (!problems.isEmpty()) {
            throw new InvalidInput("the grids do not form a hierarchy", problems);
        }
        return new GridLayer(grids, parksTakePrecedence);
    }

    public static GridLayer empty() {
        return new GridLayer(List.of(), true);
    }

    /**
     * Every way the grids break the hierarchy rules: duplicate codes, a parent that is not among them, a parent of
     * a level the grid may not lie in (see {@link GridLevel#mayHaveParent}), a grid below the first level without a
     * parent.
     */
    public static List<InputProblem> hierarchyProblems(Collection<Grid> grids, Function<Grid, String> pointer) {
        Map<String, Grid> byCode = new HashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Grid g : grids) {
            if (byCode.putIfAbsent(g.code(), g) != null) {
                problems.add(new InputProblem(pointer.apply(g), "grid code " + g.code() + " is used twice"));
            }
        }
        for (Grid g : grids) {
            if (g.parentCode() == null) {
                if (g.level() != GridLevel.DISTRICT && !g.level().isFirstLevel()) {
                    problems.add(new InputProblem(pointer.apply(g), "grid " + g.code() + " (" + g.level().key()
                            + ") needs a parent: the code of the grid it lies in"));
                }
                continue;
            }
            Grid parent = byCode.get(g.parentCode());
            if (parent == null) {
                problems.add(new InputProblem(pointer.apply(g), "parent " + g.parentCode() + " of grid "
                        + g.code() + " does not exist (neither in this file nor in the stored layer)"));
            } else if (!g.level().mayHaveParent(parent.level())) {
                problems.add(new InputProblem(pointer.apply(g), "grid " + g.code() + " is a " + g.level().key()
                        + " and cannot lie in " + parent.code() + ", a " + parent.level().key()
                        + " (district → town/street/park → community/village → cell; cells may also lie directly"
                        + " in a town, street or park)"));
            }
        }
        return problems;
    }

    private static Map<String, Geometry> effectiveGeometries(Collection<Grid> grids, boolean parksTakePrecedence) {
        Map<String, Geometry> result = new HashMap<>();
        List<Grid> parks = parksTakePrecedence
                ? grids.stream().filter(g -> g.level() == GridLevel.PARK && g.geometry().isValid()).toList()
                : List.of();
        for (Grid g : grids) {
            Geometry own = g.geometry();
            Geometry geometry = own;
            if (g.level().isFirstLevel() && g.level() != GridLevel.PARK && !parks.isEmpty() && own.isValid()) {
                List<Geometry> overlapping = parks.stream().map(Grid::geometry)
                        .filter(p -> p.getEnvelopeInternal().intersects(own.getEnvelopeInternal()))
                        .filter(own::intersects)
                        .toList();
                if (!overlapping.isEmpty()) {
                    geometry = OverlayNGRobust.overlay(own, UnaryUnionOp.union(overlapping), DIFFERENCE);
                }
            }
            result.put(g.code(), geometry);
        }
        return result;
    }

    /** All grids, the district first, then by tier and code. */
    public Collection<Grid> grids() {
        return byCode.values();
    }

    public Optional<Grid> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<Grid> children(String code) {
        return childrenByParent.getOrDefault(code, List.of());
    }

    /** The codes of a grid and of every grid below it, at any depth; empty for a code not in the layer. */
    public Set<String> subtree(String code) {
        Set<String> codes = new LinkedHashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>();
        find(code).ifPresent(g -> todo.add(g.code()));
        while (!todo.isEmpty()) {
            String next = todo.poll();
            if (codes.add(next)) {
                children(next).forEach(child -> todo.add(child.code()));
            }
        }
        return codes;
    }

    public List<Grid> tier(int tier) {
        return byCode.values().stream().filter(g -> tiers.get(g.code()) == tier).toList();
    }

    /** The grid's depth below the district: 0 the district, 1 towns/streets/parks, 2 and 3 below them. */
    public int tierOf(Grid grid) {
        return tiers.get(grid.code());
    }

    /** The first-level grids: towns, streets and parks. */
    public List<Grid> firstLevel() {
        return tier(1);
    }

    /** The district grids (tier 0), by code. */
    public List<Grid> districts() {
        return districts;
    }

    /**
     * The district a grid lies in (the district itself for a district grid); empty for a code not in the layer and
     * for a grid in no district (see the class comment).
     */
    public Optional<Grid> districtOf(String code) {
        Grid grid = byCode.get(code);
        while (grid != null && grid.level() != GridLevel.DISTRICT) {
            Grid up = grid.parentCode() == null ? null : byCode.get(grid.parentCode());
            if (up == null && grid.level().isFirstLevel() && districts.size() == 1) {
                up = districts.get(0);
            }
            grid = up;
        }
        return Optional.ofNullable(grid);
    }

    public Optional<Grid> parent(Grid grid) {
        return grid.parentCode() == null ? Optional.empty() : find(grid.parentCode());
    }

    /** The grid's geometry with parks carved out where parks take precedence; see the class comment. */
    public Geometry effectiveGeometry(String code) {
        Geometry g = effective.get(code);
        if (g == null) {
            throw new IllegalArgumentException("no grid " + code);
        }
        return g;
    }

    /** The effective area in km², on the WGS84 ellipsoid. */
    public double areaKm2(String code) {
        return areaKm2.get(code);
    }

    public boolean parksTakePrecedence() {
        return parksTakePrecedence;
    }

    public int size() {
        return byCode.size();
    }

    public boolean isEmpty() {
        return byCode.isEmpty();
    }
}
