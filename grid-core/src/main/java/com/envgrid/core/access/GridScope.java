package com.envgrid.core.access;

import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What one person may read and write in the grid layer, from their role, the district their account is bound to
 * (none: the whole city) and their active assignments:
 * <ul>
 *   <li>administrator: reads and writes everything — the city's administrators every district, a district's
 *   administrators their district and every grid inside it;</li>
 *   <li>viewer: reads everything (city staff every district, a district viewer their district), writes nothing;</li>
 *   <li>grid chief: reads and writes the first-level grids they are chief of and every grid inside them;</li>
 *   <li>supervisor: reads and writes the grids they supervise and every grid inside them.</li>
 * </ul>
 * A chief or supervisor without an active assignment reaches no grid. The district grid itself is read-only to
 * everyone but administrators and viewers.
 */
public final class GridScope {
    private final Role role;
    private final String district;
    private final Set<String> reachable;

    private GridScope(Role role, String district, Set<String> reachable) {
        this.role = role;
        this.district = district;
        this.reachable = reachable;
    }

    /** The scope of an account bound to no district (city-wide administrators and viewers, and staff by grid). */
    public static GridScope of(Role role, Collection<Assignment> activeAssignments, GridLayer layer) {
        return of(role, null, activeAssignments, layer);
    }

    /**
     * The scope of an account; {@code district} (a district grid's code, or null for the whole city) bounds an
     * administrator or viewer to that district and every grid inside it. A chief or supervisor reaches what their
     * assignments reach, which lie in one district by the layer's shape.
     */
    public static GridScope of(Role role, String district, Collection<Assignment> activeAssignments,
                               GridLayer layer) {
        Set<String> reachable = new HashSet<>();
        if ((role == Role.ADMIN || role == Role.VIEWER) && district != null) {
            reachable.addAll(layer.subtree(district));
        } else if (role == Role.CHIEF || role == Role.SUPERVISOR) {
            Post post = role == Role.CHIEF ? Post.CHIEF : Post.SUPERVISOR;
            activeAssignments.stream().filter(a -> a.post() == post)
                    .forEach(a -> layer.find(a.gridCode()).ifPresent(g -> addSubtree(layer, g, reachable)));
        }
        return new GridScope(role, role == Role.ADMIN || role == Role.VIEWER ? district : null,
                Set.copyOf(reachable));
    }

    /** The scope of a city administrator: every grid, read and written. */
    public static GridScope everything() {
        return new GridScope(Role.ADMIN, null, Set.of());
    }

    private static void addSubtree(GridLayer layer, Grid grid, Set<String> into) {
        if (into.add(grid.code())) {
            layer.children(grid.code()).forEach(child -> addSubtree(layer, child, into));
        }
    }

    public Role role() {
        return role;
    }

    /** The district an administrator's or viewer's account is bound to; empty for the city's and for grid staff. */
    public Optional<String> district() {
        return Optional.ofNullable(district);
    }

    /** Whether every grid of every district is readable: the city's administrators and viewers. */
    public boolean readsEverything() {
        return (role == Role.ADMIN || role == Role.VIEWER) && district == null;
    }

    public boolean canRead(String gridCode) {
        return readsEverything() || reachable.contains(gridCode);
    }

    public boolean canWrite(String gridCode) {
        return (role == Role.ADMIN && district == null) || (role != Role.VIEWER && reachable.contains(gridCode));
    }

    /** Whether this is an administrator of the grid's district (or of the whole city). */
    public boolean administers(String gridCode) {
        return role == Role.ADMIN && (district == null || reachable.contains(gridCode));
    }

    /** Whether this is an administrator of the whole city, who sets the rules the districts inherit. */
    public boolean administersCity() {
        return role == Role.ADMIN && district == null;
    }

    /**
     * The grids reached through assignments or a district binding (empty for the city's administrators and viewers,
     * who reach all).
     */
    public Set<String> reachableGrids() {
        return reachable;
    }
}
