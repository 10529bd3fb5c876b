package com.envgrid.api.emergency;

import com.envgrid.core.emergency.Nearby;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An emergency as its page shows it; {@code nearby} and {@code teamTold} (the emergency team members on duty when it
 * was opened, who were told) are absent from lists.
 */
@Serdeable
public record EmergencyView(UUID id, String type, String typeName, String level, String levelName, double lon,
                            double lat, String gridCode, String gridName, Instant occurredAt, String description,
                            @Nullable Long complaintId, long reportedBy, String reporterName, Instant reportedAt,
                            @Nullable Closure closure, @Nullable List<Action> actions, @Nullable Near nearby,
                            @Nullable List<TeamMember> teamTold) {

    @Serdeable
    public record Action(UUID id, long actorId, String actorName, Instant at, String text) {
    }

    @Serdeable
    public record Closure(Instant closedAt, long closedBy, String closerName, String summary, String consequences) {
    }

    /** A grid the point lies in, with the people on duty for it today. */
    @Serdeable
    public record OnDuty(String gridCode, String gridName, List<Person> chiefs, List<Person> supervisors) {
    }

    @Serdeable
    public record Person(long id, String name, @Nullable String phone) {
    }

    /** What is near, with the distances that were looked within (metres). */
    @Serdeable
    public record Near(double zoneMetres, double riverMetres, double sourceMetres, double joinMetres,
                       List<Nearby.NearZone> zones, List<Nearby.NearRiver> downstream,
                       List<Nearby.NearSource> sources, List<OnDuty> grids) {
    }
}
