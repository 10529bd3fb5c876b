package com.envgrid.api.pilot;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A pilot with where it stands on each target ({@code share}: targets met over targets, 0 to 1) and its entries. */
@Serdeable
public record PilotView(UUID id, String grid, String gridName, String gridLevel, String title, int fromYear,
                        int toYear, List<TargetView> targets, int met, double share, List<Entry> progress) {

    /** {@code reached}: the latest rate or the sum of counts; null before any entry. */
    @Serdeable
    public record TargetView(String indicator, String unit, String kind, double target, @Nullable Double reached,
                             boolean met) {
    }

    @Serdeable
    public record Entry(UUID id, LocalDate date, String indicator, double value, @Nullable String note,
                        List<String> photos, List<String> documents, long recordedBy, @Nullable String recorderName,
                        Instant recordedAt) {
    }
}
