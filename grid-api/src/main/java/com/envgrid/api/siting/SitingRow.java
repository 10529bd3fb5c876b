package com.envgrid.api.siting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("siting_check")
record SitingRow(@Id @GeneratedValue @Nullable Long id, @Nullable UUID requestId, String districtCode,
                 Instant checkedAt, LocalDate checkedOn, @Nullable Long checkedById, String checkedBy, String project,
                 @Nullable String applicant, byte[] site, String verdict,
                 @TypeDef(type = DataType.JSON) String result) {
}
