package com.envgrid.api.emergency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * A report as sent: {@code id} is made by the client, so that sending it again stores nothing more; {@code type} and
 * {@code level} are keys ({@code water}, {@code general} …); {@code occurredAt} an ISO-8601 instant; {@code
 * complaintId} the complaint escalated to this emergency, if any.
 */
@Serdeable
public record EmergencyRequest(@Nullable UUID id, @Nullable String type, @Nullable String level, @Nullable Double lon,
                               @Nullable Double lat, @Nullable String occurredAt, @Nullable String description,
                               @Nullable Long complaintId) {
}
