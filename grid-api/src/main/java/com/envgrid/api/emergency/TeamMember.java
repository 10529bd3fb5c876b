package com.envgrid.api.emergency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * A member of a district's emergency team as told of an emergency: a person of the platform ({@code personId}) or an
 * outside contact reached by {@code phone}.
 */
@Serdeable
public record TeamMember(UUID id, @Nullable Long personId, String name, @Nullable String phone, String unit,
                         String speciality, String specialityName) {

    /** The specialities of the roster, with their Chinese names. */
    static String specialityName(String key) {
        return switch (key) {
            case "monitoring" -> "监测";
            case "disposal" -> "处置";
            case "expert" -> "专家";
            default -> null;
        };
    }
}
