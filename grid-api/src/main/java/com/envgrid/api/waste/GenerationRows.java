package com.envgrid.api.waste;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface GenerationRows extends CrudRepository<GenerationRow, Long> {
    @Query("SELECT * FROM waste_generation WHERE source_code = :sourceCode ORDER BY generated_on, id")
    List<GenerationRow> findOf(String sourceCode);

    boolean existsBySourceCode(String sourceCode);
}
