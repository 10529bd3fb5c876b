package com.envgrid.api.draw;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DrawRows extends CrudRepository<DrawRow, Long> {
    List<DrawRow> findAllOrderByIdDesc();

    /** Marks a sealed draw as run; 0 rows when it had been run already. */
    @Query("UPDATE draw SET run_at = :at WHERE id = :id AND run_at IS NULL")
    long markRun(long id, Instant at);
}
