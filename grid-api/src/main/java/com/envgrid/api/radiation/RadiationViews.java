package com.envgrid.api.radiation;

import com.envgrid.core.duty.Frequency;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.LocalDate;
import java.util.List;

/** The radiation records as the API shows them. */
public final class RadiationViews {
    private RadiationViews() {
    }

    /**
     * A holder's licence: its scope, and on the district's today the days to its expiry (0 on the day it expires,
     * negative after) and its standing: {@code valid}, {@code expiring} (within 60 days) or {@code expired}.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Licence(String holderCode, String holderName, @Nullable String gridCode, String number,
                          List<String> sourceClasses, List<String> deviceClasses, LocalDate issuedOn,
                          LocalDate expiresOn, long daysToExpiry, String standing) {
    }

    /** A sealed source; {@code outside_licence} when the holder's licence does not permit its class (or is none). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Source(String holderCode, String holderName, @Nullable String gridCode, String serial,
                         String nuclide, @JsonProperty("class") String radiationClass, double activity,
                         String activityUnit, LocalDate activityOn, String location, String status,
                         boolean outsideLicence) {
    }

    /** A ray device; {@code outside_licence} as for a source. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Device(String holderCode, String holderName, @Nullable String gridCode, String serial, String kind,
                         String model, @JsonProperty("class") String radiationClass, String location, String status,
                         boolean outsideLicence) {
    }

    /**
     * What the enterprise card's radiation tab shows: the licence (null: none recorded), the sources and devices most
     * dangerous class first, and how often their classes make the holder due (null: nothing held on site).
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Card(String holderCode, @Nullable Licence licence, List<Source> sources, List<Device> devices,
                       @Nullable Frequency classFrequency) {
    }
}
