package com.envgrid.api.people;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AssignmentRows extends CrudRepository<AssignmentRow, Long> {
    List<AssignmentRow> findByPersonIdOrderById(long personId);

    @Query("SELECT * FROM assignment WHERE starts_on <= :day AND (ends_on IS NULL OR ends_on > :day) ORDER BY id")
    List<AssignmentRow> findActiveOn(LocalDate day);

    @Query("SELECT * FROM assignment WHERE person_id = :personId AND starts_on <= :day"
            + " AND (ends_on IS NULL OR ends_on > :day) ORDER BY id")
    List<AssignmentRow> findActiveOfPerson(long personId, LocalDate day);

    @Query("UPDATE assignment SET ends_on = :endsOn WHERE id = :id")
    void end(long id, LocalDate endsOn);
}
