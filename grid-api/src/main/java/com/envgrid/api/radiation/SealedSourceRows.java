package com.envgrid.api.radiation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SealedSourceRows extends GenericRepository<SealedSourceRow, String> {
    @Query("SELECT * FROM radiation_source WHERE holder_code = :holderCode AND serial = :serial")
    Optional<SealedSourceRow> find(String holderCode, String serial);

    /** The holder's sources, most dangerous class first. */
    @Query("SELECT * FROM radiation_source WHERE holder_code = :holderCode ORDER BY class, serial")
    List<SealedSourceRow> findOf(String holderCode);

    @Query("SELECT * FROM radiation_source ORDER BY holder_code, class, serial")
    List<SealedSourceRow> findAllOrdered();

    /** Records the source, or updates the one of the same holder and code. */
    @Query("INSERT INTO radiation_source (holder_code, serial, nuclide, class, activity, activity_unit, activity_on,"
            + " location, status, updated_at) VALUES (:holderCode, :serial, :nuclide, :radiationClass, :activity,"
            + " :activityUnit, :activityOn, :location, :status, :updatedAt) ON CONFLICT (holder_code, serial) DO UPDATE"
            + " SET nuclide = EXCLUDED.nuclide, class = EXCLUDED.class, activity = EXCLUDED.activity, activity_unit ="
            + " EXCLUDED.activity_unit, activity_on = EXCLUDED.activity_on, location = EXCLUDED.location, status ="
            + " EXCLUDED.status, updated_at = EXCLUDED.updated_at")
    void save(String holderCode, String serial, String nuclide, String radiationClass, double activity,
              String activityUnit, LocalDate activityOn, String location, String status, Instant updatedAt);
}
