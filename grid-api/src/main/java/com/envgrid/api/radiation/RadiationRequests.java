package com.envgrid.api.radiation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.LocalDate;
import java.util.List;

/** What an administrator sends about a holder's licence, sources and devices; every field is checked on its own. */
public final class RadiationRequests {
    private RadiationRequests() {
    }

    /** The licence: its number, the classes of sources and devices it permits, issued and expiry days. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Licence(@Nullable String number, @Nullable List<String> sourceClasses, @Nullable List<String> deviceClasses,
                   @Nullable LocalDate issuedOn, @Nullable LocalDate expiresOn) {
    }

    /** A sealed source (its code is in the path): nuclide, class, activity on a reference day, where, status. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Source(@Nullable String nuclide, @Nullable @JsonProperty("class") String radiationClass,
                  @Nullable Double activity, @Nullable String activityUnit, @Nullable LocalDate activityOn,
                  @Nullable String location, @Nullable String status) {
    }

    /** A ray device (its serial number is in the path): kind, model, class, where, status. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Device(@Nullable String kind, @Nullable String model, @Nullable @JsonProperty("class") String radiationClass,
                  @Nullable String location, @Nullable String status) {
    }
}
