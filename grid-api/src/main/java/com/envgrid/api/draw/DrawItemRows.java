package com.envgrid.api.draw;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DrawItemRows extends GenericRepository<DrawRow, Long> {
    @Query("INSERT INTO draw_item (draw_id, object_code, grid_code, rating, score, first_inspector, second_inspector)"
            + " VALUES (:drawId, :objectCode, :gridCode, :rating, :score, :firstInspector, :secondInspector)")
    void insert(long drawId, String objectCode, @Nullable String gridCode, String rating, String score,
                @Nullable Long firstInspector, @Nullable Long secondInspector);

    @Query("SELECT * FROM draw_item WHERE draw_id = :drawId ORDER BY score, object_code")
    List<DrawItemRow> findByDraw(long drawId);
}
