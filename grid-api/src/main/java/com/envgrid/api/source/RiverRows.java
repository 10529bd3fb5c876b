package com.envgrid.api.source;

import com.envgrid.core.access.GridScope;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Comparator;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RiverRows extends CrudRepository<RiverRow, String> {
    @Query("DELETE FROM river_segment_grid WHERE segment_code = :code")
    void clearGrids(String code);

    @Query("INSERT INTO river_segment_grid (segment_code, grid_code) VALUES (:code, :gridCode)")
    void addGrid(String code, String gridCode);

    @Query("SELECT grid_code FROM river_segment_grid WHERE segment_code = :code ORDER BY grid_code")
    List<String> gridsOf(String code);

    /** A river segment with the grids it crosses. */
    record Crossing(RiverRow river, List<String> grids) {
    }

    /** The river segments crossing a grid the scope reads (every segment when it reads everything), by code. */
    default List<Crossing> visibleTo(GridScope scope) {
        return findAll().stream().sorted(Comparator.comparing(RiverRow::code))
                .map(r -> new Crossing(r, gridsOf(r.code())))
                .filter(c -> scope.readsEverything() || c.grids().stream().anyMatch(scope::canRead))
                .toList();
    }

    /** The river segments that run through no grid. */
    @Query("SELECT count(*) FROM river_segment r WHERE NOT EXISTS"
            + " (SELECT 1 FROM river_segment_grid g WHERE g.segment_code = r.code)")
    long countInNoGrid();
}
