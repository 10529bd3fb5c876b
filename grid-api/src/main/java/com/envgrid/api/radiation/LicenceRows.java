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
interface LicenceRows extends GenericRepository<LicenceRow, String> {
    Optional<LicenceRow> findById(String holderCode);

    /** Every holder's licence, the soonest expiry first. */
    @Query("SELECT * FROM radiation_licence ORDER BY expires_on, holder_code")
    List<LicenceRow> findAllByExpiry();

    /** Records the holder's licence, replacing the one it had (a renewal, a changed scope). */
    @Query("INSERT INTO radiation_licence (holder_code, number, source_classes, device_classes, issued_on, expires_on,"
            + " updated_at) VALUES (:holderCode, :number, :sourceClasses, :deviceClasses, :issuedOn, :expiresOn,"
            + " :updatedAt) ON CONFLICT (holder_code) DO UPDATE SET number = EXCLUDED.number, source_classes ="
            + " EXCLUDED.source_classes, device_classes = EXCLUDED.device_classes, issued_on = EXCLUDED.issued_on,"
            + " expires_on = EXCLUDED.expires_on, updated_at = EXCLUDED.updated_at")
    void save(String holderCode, String number, String sourceClasses, String deviceClasses, LocalDate issuedOn,
              LocalDate expiresOn, Instant updatedAt);
}
