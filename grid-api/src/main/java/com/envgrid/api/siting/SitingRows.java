package com.envgrid.api.siting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SitingRows extends CrudRepository<SitingRow, Long> {

    Optional<SitingRow> findByRequestId(UUID requestId);

    /** The checks of the days {@code from} (inclusive) to {@code to} (exclusive), of one district or (null) all. */
    @Query("SELECT * FROM siting_check WHERE checked_on >= :from AND checked_on < :to"
            + " AND (CAST(:district AS text) IS NULL OR district_code = :district) ORDER BY checked_at DESC, id DESC")
    List<SitingRow> findBetween(LocalDate from, LocalDate to, @Nullable String district);
}
