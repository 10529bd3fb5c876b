package com.envgrid.demo.activity;

import com.envgrid.core.access.Post;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who holds which post in the demo's history. */
final class Cast {
    /** A person's assignment to a grid. */
    record Appointment(Player player, String gridCode, Post post, long assignmentId) {
    }

    private final GridLayer grids;
    private final List<Appointment> posts;
    private final Map<Long, Player> byId = new HashMap<>();
    private final Map<String, Player> supervisors = new HashMap<>();
    private final Map<String, Player> chiefs = new HashMap<>();

    Cast(GridLayer grids, List<Appointment> posts) {
        this.grids = grids;
        this.posts = List.copyOf(posts);
        for (Appointment p : posts) {
            byId.put(p.player().id(), p.player());
            (p.post() == Post.CHIEF ? chiefs : supervisors).put(p.gridCode(), p.player());
        }
    }

    List<Appointment> posts() {
        return posts;
    }

    Player byId(long personId) {
        return byId.get(personId);
    }

    Optional<Player> supervisorOf(String gridCode) {
        return Optional.ofNullable(supervisors.get(gridCode));
    }

    /** The chief of the first-level grid that holds the grid. */
    Player chiefOf(String gridCode) {
        return chiefs.get(firstLevelOf(gridCode));
    }

    String firstLevelOf(String gridCode) {
        Grid grid = grids.find(gridCode).orElseThrow();
        while (!grid.level().isFirstLevel()) {
            grid = grids.parent(grid).orElseThrow();
        }
        return grid.code();
    }

    /** Who handles what arrives in a grid: its supervisor, or its chief where nobody supervises it. */
    Player handlerOf(String gridCode) {
        return supervisorOf(gridCode).orElseGet(() -> chiefOf(gridCode));
    }
}
