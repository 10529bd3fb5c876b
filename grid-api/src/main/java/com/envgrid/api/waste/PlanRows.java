package com.envgrid.api.waste;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PlanRows extends CrudRepository<PlanRow, Long> {
    @Query("SELECT * FROM waste_plan WHERE source_code = :sourceCode ORDER BY year, waste_code")
    List<PlanRow> findOf(String sourceCode);

    void deleteBySourceCodeAndYear(String sourceCode, int year);

    boolean existsBySourceCode(String sourceCode);
}
