package com.envgrid.api.pilot;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** A grid's eco-civilisation creation: the stage it is at and each stage reached, in order. */
@Serdeable
public record CreationView(String grid, String gridName, String gridLevel, String stage, String stageName,
                           int stageIndex, List<Reached> stages) {

    @Serdeable
    public record Reached(String stage, String stageName, LocalDate reachedOn, @Nullable String note) {
    }
}
