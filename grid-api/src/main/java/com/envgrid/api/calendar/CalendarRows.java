package com.envgrid.api.calendar;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** The holiday schedules administrators stored, their dates as comma-separated ISO dates in and out. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CalendarRows extends GenericRepository<CalendarRows.YearRow, Integer> {
    @MappedEntity("holiday_calendar")
    record YearRow(@Id int year) {
    }

    @Introspected
    record StoredYear(int year, String holidays, String makeUpWorkdays) {
    }

    @Query("SELECT year, array_to_string(holidays, ',') AS holidays,"
            + " array_to_string(make_up_workdays, ',') AS make_up_workdays FROM holiday_calendar ORDER BY year")
    List<StoredYear> stored();

    @Query("INSERT INTO holiday_calendar (year, holidays, make_up_workdays, updated_at, updated_by)"
            + " VALUES (:year, CAST(string_to_array(:holidays, ',') AS date[]),"
            + " CAST(string_to_array(:makeUpWorkdays, ',') AS date[]), :at, :by)"
            + " ON CONFLICT (year) DO UPDATE SET holidays = EXCLUDED.holidays,"
            + " make_up_workdays = EXCLUDED.make_up_workdays, updated_at = EXCLUDED.updated_at,"
            + " updated_by = EXCLUDED.updated_by")
    void save(int year, String holidays, String makeUpWorkdays, Instant at, @io.micronaut.core.annotation.Nullable Long by);
}
