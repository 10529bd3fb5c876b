package com.envgrid.core.coverage;

import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rolls figures recorded in grids up the hierarchy.
 * <p>
 * <b>Rule.</b> A grid's rolled-up figures are its own recorded figures plus the sum of its children's rolled-up
 * figures. So a parent is exactly the sum of its children plus whatever was recorded on the parent itself (e.g. a
 * complaint located in a part of a town that no community covers), and the district is the sum of the first-level
 * grids plus its own (things in district areas that no grid covers).
 * <p>
 * <b>Nothing is counted twice.</b> Each thing is recorded in exactly one grid — the deepest grid its location falls
 * in — and the grids form a tree, so it is summed once into each ancestor and never into a sibling. A park is a
 * first-level grid of its own, a child of the district and not of the town it lies in: where parks take precedence
 * the town's effective area has a hole where the park is, so point location puts what lies in the park into the park
 * (or one of its cells), and it counts for the park and the district, not for the town. This relies on the figures
 * being recorded per located grid; a caller that recorded the same thing in both the town and the park would count
 * it twice, and no roll-up could tell.
 * <p>
 * <b>The city</b> is no grid but the union of its districts: its figures are the sum of the districts' rolled-up
 * figures ({@link #city}), each district counted once, and nothing recorded outside every district counts for it.
 * A source on the boundary between two districts is located in one grid of one of them, so it counts there and once.
 * <p>
 * <b>Empty input.</b> Grids with nothing recorded, in them or below them, get {@link GridFigures#ZERO}; an empty
 * layer gives an empty map.
 */
public final class CoverageRollup {
    private CoverageRollup() {
    }

    /**
     * Every grid of the layer, in the layer's order (district first, then by tier and code), with its rolled-up
     * figures.
     *
     * @param recorded figures by the code of the grid they were recorded in; grids not present recorded nothing
     * @throws IllegalArgumentException if a code in {@code recorded} is not a grid of the layer (its figures would
     *                                  otherwise silently vanish from every total)
     */
    public static Map<String, GridFigures> rollUp(GridLayer layer, Map<String, GridFigures> recorded) {
        for (String code : recorded.keySet()) {
            if (layer.find(code).isEmpty()) {
                throw new IllegalArgumentException("figures were recorded for grid " + code
                        + ", which is not in the layer");
            }
        }
        List<Grid> deepestFirst = new ArrayList<>(layer.grids());
        Collections.reverse(deepestFirst);
        Map<String, GridFigures> rolled = new HashMap<>();
        for (Grid grid : deepestFirst) {
            GridFigures total = recorded.getOrDefault(grid.code(), GridFigures.ZERO);
            if (total == null) {
                total = GridFigures.ZERO;
            }
            for (Grid child : layer.children(grid.code())) {
                total = total.plus(rolled.get(child.code()));
            }
            rolled.put(grid.code(), total);
        }
        Map<String, GridFigures> result = new LinkedHashMap<>();
        layer.grids().forEach(g -> result.put(g.code(), rolled.get(g.code())));
        return Collections.unmodifiableMap(result);
    }

    /**
     * The city's figures: the sum of its districts' rolled-up figures; {@link GridFigures#ZERO} for a layer without
     * districts.
     *
     * @param rolled the figures of {@link #rollUp}
     */
    public static GridFigures city(GridLayer layer, Map<String, GridFigures> rolled) {
        GridFigures total = GridFigures.ZERO;
        for (Grid district : layer.districts()) {
            total = total.plus(rolled.getOrDefault(district.code(), GridFigures.ZERO));
        }
        return total;
    }
}
