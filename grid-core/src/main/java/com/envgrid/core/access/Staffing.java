package com.envgrid.core.access;

import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.GridLevel;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which grids have someone supervising them. A grid is <em>staffed</em> when it or one of its ancestors has an
 * active supervisor, or when it is split and every child is staffed. The district is never staffed itself.
 * The unstaffed grids that matter are the unstaffed leaves — grids nobody walks.
 */
public final class Staffing {
    private final GridLayer layer;
    private final Set<String> supervised = new HashSet<>();
    private final Map<String, Long> supervisorCounts;

    public Staffing(GridLayer layer, Collection<Assignment> activeAssignments) {
        this.layer = layer;
        List<Assignment> supervisors = activeAssignments.stream().filter(a -> a.post() == Post.SUPERVISOR).toList();
        supervisors.forEach(a -> supervised.add(a.gridCode()));
        this.supervisorCounts = supervisors.stream()
                .collect(Collectors.groupingBy(Assignment::gridCode, Collectors.counting()));
    }

    public boolean staffed(Grid grid) {
        if (grid.level() == GridLevel.DISTRICT) {
            return false;
        }
        for (Grid g = grid; g != null && g.level() != GridLevel.DISTRICT; g = layer.parent(g).orElse(null)) {
            if (supervised.contains(g.code())) {
                return true;
            }
        }
        List<Grid> children = layer.children(grid.code());
        return !children.isEmpty() && children.stream().allMatch(this::childStaffed);
    }

    private boolean childStaffed(Grid child) {
        if (supervised.contains(child.code())) {
            return true;
        }
        List<Grid> children = layer.children(child.code());
        return !children.isEmpty() && children.stream().allMatch(this::childStaffed);
    }

    /**
     * Whether some active supervisor answers for the grid or for a part of it: one is assigned to it, to a grid
     * above it (short of the district) or to a grid below it. A grid where this is false is one that nobody walks
     * at all; a split grid with some children staffed and some not is partly staffed, not abandoned.
     */
    public boolean anyoneResponsible(Grid grid) {
        return staffed(grid) || anyBelowSupervised(grid.code());
    }

    private boolean anyBelowSupervised(String code) {
        for (Grid child : layer.children(code)) {
            if (supervised.contains(child.code()) || anyBelowSupervised(child.code())) {
                return true;
            }
        }
        return false;
    }

    /** The grid's direct children that are not staffed, in layer order; none for a grid that is not split. */
    public List<Grid> unstaffedChildren(Grid grid) {
        return layer.children(grid.code()).stream().filter(child -> !staffed(child)).toList();
    }

    /** The grids below the district with no children and nobody supervising them, in layer order. */
    public List<Grid> unstaffedLeaves() {
        return layer.grids().stream()
                .filter(g -> g.level() != GridLevel.DISTRICT && layer.children(g.code()).isEmpty() && !staffed(g))
                .toList();
    }

    /** How many active supervisors the grid itself has. */
    public long supervisorsOf(Grid grid) {
        return supervisorCounts.getOrDefault(grid.code(), 0L);
    }
}
