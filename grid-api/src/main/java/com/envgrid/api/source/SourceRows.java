package com.envgrid.api.source;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SourceRows extends CrudRepository<SourceRow, String> {
    List<SourceRow> findAllOrderByCode();

    /** The sources located in no grid. */
    long countByGridCodeIsNull();

    long countByGridCode(String gridCode);

    List<SourceRow> findByCodeIn(Collection<String> codes);

    @Query("SELECT EXISTS (SELECT 1 FROM duty WHERE target_kind = 'source' AND target_code = :code)"
            + " OR EXISTS (SELECT 1 FROM draw_item WHERE object_code = :code)")
    boolean isReferenced(String code);
}
