package com.envgrid.api.review;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReviewRows extends CrudRepository<ReviewRows.ReviewRow, String> {
    @MappedEntity("review")
    record ReviewRow(@Id String quarter, @TypeDef(type = DataType.JSON) String weights,
                     @TypeDef(type = DataType.JSON) String ranking, Instant publishedAt, long publishedBy) {
    }

    List<ReviewRow> findAllOrderByQuarterDesc();
}
