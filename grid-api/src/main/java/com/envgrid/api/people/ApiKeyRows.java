package com.envgrid.api.people;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApiKeyRows extends CrudRepository<ApiKeyRow, Long> {
    Optional<ApiKeyRow> findByHash(String hash);

    List<ApiKeyRow> findByPersonIdOrderById(long personId);

    @Query("UPDATE api_key SET revoked_at = :at, revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
    void revoke(long id, Instant at, long by);

    /** Notes a use at {@code at} unless one after {@code since} is noted already (another request was first). */
    @Query("UPDATE api_key SET last_used_at = :at WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :since)")
    void used(long id, Instant at, Instant since);
}
