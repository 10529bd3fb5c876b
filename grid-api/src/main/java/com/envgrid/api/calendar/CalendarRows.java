package com.envgrid.api.calendar;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** The holiday schedules administrators stored for the city or a district, their dates as comma-separated ISO dates in and out. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CalendarRows extends GenericRepository<CalendarRows.YearRow, Integer> {
    @MappedEntity("holiday_calendar")
    record YearRow(@Id int year) {
    }

    /** A stored year of the city's calendar ({@code districtCode} null) or of a district's. */
    @Introspected
    record StoredYear(@Nullable String districtCode, int year, String holidays, String makeUpWorkdays) {
    }

    @Query("SELECT district_code, year, array_to_string(holidays, ',') AS holidays,"
            + " array_to_string(make_up_workdays, ',') AS make_up_workdays FROM holiday_calendar ORDER BY year")
    List<StoredYear> stored();

    @Query("INSERT INTO holiday_calendar (district_code, year, holidays, make_up_workdays, updated_at, updated_by)"
            + " VALUES (:district, :year, CAST(string_to_array(:holidays, ',') AS date[]),"
            + " CAST(string_to_array(:makeUpWorkdays, ',') AS date[]), :at, :by)"
            + " ON CONFLICT ((coalesce(district_code, '')), year) DO UPDATE SET holidays = EXCLUDED.holidays,"
            + " make_up_workdays = EXCLUDED.make_up_workdays, updated_at = EXCLUDED.updated_at,"
            + " updated_by = EXCLUDED.updated_by")
    void save(@Nullable String district, int year, String holidays, String makeUpWorkdays, Instant at,
              @Nullable Long by);

    @Query("DELETE FROM holiday_calendar WHERE district_code IS NOT DISTINCT FROM CAST(:district AS text)"
            + " AND year = :year")
    int remove(@Nullable String district, int year);
}
