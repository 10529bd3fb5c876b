package com.envgrid.api.people;

import com.envgrid.api.access.Standings;
import com.envgrid.core.access.Assignment;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PersonRows extends CrudRepository<PersonRow, Long>, Standings {
    Optional<PersonRow> findByUsername(String username);

    boolean existsByUsername(String username);

    long countByRoleAndActive(String role, boolean active);

    /** Active accounts of the role bound to no district: the city's own. */
    long countByRoleAndActiveAndDistrictCodeIsNull(String role, boolean active);

    /** The person's district and one of their assignments active on the day (all null when they have none). */
    @Introspected
    record StandingRow(@Nullable String districtCode, @Nullable Long id, @Nullable String gridCode,
                       @Nullable String duty, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    @Query("SELECT p.district_code, a.id, a.grid_code, a.duty, a.starts_on, a.ends_on FROM person p"
            + " LEFT JOIN assignment a ON a.person_id = p.id AND a.starts_on <= :day"
            + " AND (a.ends_on IS NULL OR a.ends_on > :day)"
            + " WHERE p.id = :personId ORDER BY a.id")
    List<StandingRow> findStanding(long personId, LocalDate day);

    @Override
    default Standing of(long personId, LocalDate day) {
        List<StandingRow> rows = findStanding(personId, day);
        List<Assignment> active = rows.stream().filter(r -> r.id() != null)
                .map(r -> AssignmentRow.assignment(r.id(), personId, r.gridCode(), r.duty(), r.startsOn(),
                        r.endsOn()))
                .toList();
        return new Standing(rows.isEmpty() ? null : rows.get(0).districtCode(), active);
    }

    @Query("UPDATE person SET district_code = :districtCode WHERE id = :id")
    void bind(long id, @Nullable String districtCode);

    /**
     * Holds the making of the starting accounts until the transaction ends: nodes started together make the first
     * administrator once. (Advisory locks of class 1, the platform's once-across-nodes work.)
     */
    @Query("SELECT 1 FROM (SELECT pg_advisory_xact_lock(1, hashtext('starting accounts'))) AS held")
    int holdStartingAccounts();

    List<PersonRow> findAllOrderById();

    List<PersonRow> findByIdIn(java.util.Collection<Long> ids);

    @Query("UPDATE person SET active = false, deactivated_at = :at WHERE id = :id")
    void deactivate(long id, Instant at);

    @Query("UPDATE person SET phone = :phone, email = :email WHERE id = :id")
    void updateContact(long id, @Nullable String phone, @Nullable String email);

    @Query("UPDATE person SET name = :name WHERE id = :id")
    void rename(long id, String name);

    @Query("UPDATE person SET password_hash = :hash, must_change_password = :mustChange WHERE id = :id")
    void setPassword(long id, String hash, boolean mustChange);

    List<PersonRow> findByRoleAndActive(String role, boolean active);

    List<PersonRow> findByDistrictCode(String districtCode);
}
