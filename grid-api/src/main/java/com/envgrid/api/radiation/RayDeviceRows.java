package com.envgrid.api.radiation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RayDeviceRows extends GenericRepository<RayDeviceRow, String> {
    @Query("SELECT * FROM ray_device WHERE holder_code = :holderCode AND serial = :serial")
    Optional<RayDeviceRow> find(String holderCode, String serial);

    /** The holder's devices, most dangerous class first. */
    @Query("SELECT * FROM ray_device WHERE holder_code = :holderCode ORDER BY class, serial")
    List<RayDeviceRow> findOf(String holderCode);

    @Query("SELECT * FROM ray_device ORDER BY holder_code, class, serial")
    List<RayDeviceRow> findAllOrdered();

    /** Records the device, or updates the one of the same holder and serial number. */
    @Query("INSERT INTO ray_device (holder_code, serial, kind, model, class, location, status, updated_at) VALUES"
            + " (:holderCode, :serial, :kind, :model, :radiationClass, :location, :status, :updatedAt)"
            + " ON CONFLICT (holder_code, serial) DO UPDATE SET kind = EXCLUDED.kind, model = EXCLUDED.model,"
            + " class = EXCLUDED.class, location = EXCLUDED.location, status = EXCLUDED.status,"
            + " updated_at = EXCLUDED.updated_at")
    void save(String holderCode, String serial, String kind, String model, String radiationClass, String location,
              String status, Instant updatedAt);
}
