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

    /**
     * Whether this transaction now holds the lock of the scheduled job named {@code job} until it ends: false at once
     * when another node's run holds it (advisory locks of class 1, as the other jobs').
     */
    @Query("SELECT pg_try_advisory_xact_lock(1, hashtext(:job))")
    boolean tryHoldJob(String job);

    boolean existsBySourceCode(String sourceCode);
}
