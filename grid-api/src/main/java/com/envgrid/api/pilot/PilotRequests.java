package com.envgrid.api.pilot;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** The bodies of the pilots' and creations' write routes, as sent. */
final class PilotRequests {
    private PilotRequests() {
    }

    /**
     * A pilot: {@code id} is made by the client on POST, so that sending it again stores nothing more (ignored on
     * PUT); {@code grid} a town, street, park, community or village grid; the programme's years; its targets.
     */
    @Serdeable
    record PilotBody(@Nullable UUID id, @Nullable String grid, @Nullable String title, @Nullable Integer fromYear,
                     @Nullable Integer toYear, @Nullable List<TargetBody> targets) {
    }

    /** {@code kind}: {@code rate} (the latest entry counts) or {@code count} (entries are summed). */
    @Serdeable
    record TargetBody(@Nullable String indicator, @Nullable String unit, @Nullable String kind,
                      @Nullable Double target) {
    }

    /** A progress entry under the id its client made; {@code photos} sha256 of uploaded photos. */
    @Serdeable
    record ProgressBody(@Nullable UUID id, @Nullable String date, @Nullable String indicator, @Nullable Double value,
                        @Nullable String note, @Nullable List<String> photos, @Nullable List<String> documents) {
    }

    /** A creation stage reached on a date. */
    @Serdeable
    record StageBody(@Nullable String stage, @Nullable String date, @Nullable String note) {
    }
}
