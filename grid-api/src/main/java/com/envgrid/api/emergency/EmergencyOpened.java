package com.envgrid.api.emergency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An emergency just reported, heard inside the transaction that stores it: the district's administrators and the
 * grid's chiefs on {@code day} are told, and the members of the district's emergency team on duty that day ({@code
 * team}).
 */
public record EmergencyOpened(UUID id, String typeName, String levelName, String gridCode, String gridName,
                              String description, Instant occurredAt, Instant at, LocalDate day,
                              List<TeamMember> team) {
}
