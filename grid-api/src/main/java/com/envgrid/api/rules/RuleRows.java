package com.envgrid.api.rules;

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

/** The rule items the city (no district code) and the districts set, each value as JSON text. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RuleRows extends GenericRepository<RuleRows.SettingRow, String> {
    @MappedEntity("rule_setting")
    record SettingRow(@Id String item) {
    }

    @Introspected
    record StoredRule(@Nullable String districtCode, String item, String value) {
    }

    @Query("SELECT district_code, item, CAST(value AS text) AS value FROM rule_setting")
    List<StoredRule> stored();

    @Query("INSERT INTO rule_setting (district_code, item, value, updated_at, updated_by)"
            + " VALUES (:district, :item, CAST(:value AS jsonb), :at, :by)"
            + " ON CONFLICT ((coalesce(district_code, '')), item) DO UPDATE SET value = EXCLUDED.value,"
            + " updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by")
    void save(@Nullable String district, String item, String value, Instant at, @Nullable Long by);

    @Query("DELETE FROM rule_setting WHERE district_code IS NOT DISTINCT FROM CAST(:district AS text)"
            + " AND item = :item")
    int remove(@Nullable String district, String item);
}
