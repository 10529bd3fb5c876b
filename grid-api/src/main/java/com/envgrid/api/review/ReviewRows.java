package com.envgrid.api.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Published reviews, one per district and quarter. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReviewRows extends CrudRepository<ReviewRows.ReviewRow, Long> {
    @MappedEntity("review")
    record ReviewRow(@Id @GeneratedValue @Nullable Long id, String districtCode, String quarter,
                     @TypeDef(type = DataType.JSON) String weights, @TypeDef(type = DataType.JSON) String ranking,
                     Instant publishedAt, long publishedBy) {
    }

    Optional<ReviewRow> findByDistrictCodeAndQuarter(String districtCode, String quarter);

    boolean existsByDistrictCodeAndQuarter(String districtCode, String quarter);

    List<ReviewRow> findByDistrictCodeOrderByQuarterDesc(String districtCode);
}
