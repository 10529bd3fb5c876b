package com.envgrid.api.duty;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RulesRows extends GenericRepository<RulesRows.RulesRow, Short> {
    @MappedEntity("inspection_rules")
    record RulesRow(@Id short id, @TypeDef(type = DataType.JSON) String rules, Instant updatedAt) {
    }

    @Query("SELECT CAST(rules AS text) FROM inspection_rules WHERE id = 1")
    Optional<String> findRules();

    @Query("INSERT INTO inspection_rules (id, rules, updated_at) VALUES (1, CAST(:rules AS jsonb), :at)"
            + " ON CONFLICT (id) DO UPDATE SET rules = EXCLUDED.rules, updated_at = EXCLUDED.updated_at")
    void saveRules(String rules, Instant at);
}
