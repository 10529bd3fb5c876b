package com.envgrid.api.waste;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ManifestRows extends CrudRepository<ManifestRow, String> {
    @Query("SELECT * FROM waste_manifest WHERE source_code = :sourceCode ORDER BY transferred_on, number")
    List<ManifestRow> findOf(String sourceCode);

    List<ManifestRow> findByNumberIn(Collection<String> numbers);

    boolean existsBySourceCode(String sourceCode);
}
