package com.envgrid.core.access;

import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What one person may read and write in the grid layer, from their role and active assignments:
 * <ul>
 *   <li>administrator: reads and writes everything;</li>
 *   <li>district viewer: reads everything, writes nothing;</li>
 *   <li>grid chief: reads and writes the first-level grids they are chief of and every grid inside them;</li>
 *   <li>supervisor: reads and writes the grids they supervise and every grid inside them.</li>
 * </ul>
 * A chief or supervisor without an active assignment reaches no grid. The district grid itself is read-only to
 * everyone but administrators and viewers.
 */
public final class GridScope {
    private final Role role;
    private final Set<String> reachable;

    private GridScope(Role role, Set<String> reachable) {
        this.role = role;
        this.reachable = reachable;
    }

    public static GridScope of(Role role, Collection<Assignment> activeAssignments, GridLayer layer) {
        Set<String> reachable = new HashSet<>();
        if (role == Role.CHIEF || role == Role.SUPERVISOR) {
            Post post = role == Role.CHIEF ? Post.CHIEF : Post.SUPERVISOR;
            activeAssignments.stream().filter(a -> a.post() == post)
                    .forEach(a -> layer.find(a.gridCode()).ifPresent(g -> addSubtree(layer, g, reachable)));
        }
        return new GridScope(role, Set.copyOf(reachable));
    }

    /** The scope of an administrator: every grid, read and written. */
    public static GridScope everything() {
        return new GridScope(Role.ADMIN, Set.of());
    }

    private static void addSubtree(GridLayer layer, Grid grid, Set<String> into) {
        if (into.add(grid.code())) {
            layer.children(grid.code()).forEach(child -> addSubtree(layer, child, into));
        }
    }

    public Role role() {
        return role;
    }

    /** Whether every grid is readable: administrators and district viewers. */
    public boolean readsEverything() {
        return role == Role.ADMIN || role == Role.VIEWER;
    }

    public boolean canRead(String gridCode) {
        return readsEverything() || reachable.contains(gridCode);
    }

    public boolean canWrite(String gridCode) {
        return role == Role.ADMIN || (role != Role.VIEWER && reachable.contains(gridCode));
    }

    /** The grids reached through assignments (empty for administrators and viewers, who reach all). */
    public Set<String> reachableGrids() {
        return reachable;
    }
}
