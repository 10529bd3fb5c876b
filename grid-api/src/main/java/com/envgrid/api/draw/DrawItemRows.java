package com.envgrid.api.draw;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DrawItemRows extends CrudRepository<DrawItemRow, DrawItemRow.Key> {
    @Query("SELECT * FROM draw_item WHERE draw_id = :drawId ORDER BY score, object_code")
    List<DrawItemRow> findByDraw(long drawId);
}
