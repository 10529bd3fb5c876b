package com.envgrid.api.draw;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

@MappedEntity("draw")
record DrawRow(@Id @GeneratedValue @Nullable Long id, String title, String period, String seed, String candidateHash,
               @TypeDef(type = DataType.JSON) String candidateCodes, @TypeDef(type = DataType.JSON) String filter,
               @Nullable Integer drawCount, @Nullable Double drawShare, boolean stratified, String algorithm,
               Instant sealedAt, @Nullable Instant runAt) {
}
