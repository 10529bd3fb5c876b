package com.envgrid.api.emergency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An emergency just reported, heard inside the transaction that stores it: the district's administrators and the
 * grid's chiefs on {@code day} are told.
 */
public record EmergencyOpened(UUID id, String typeName, String levelName, String gridCode, String gridName,
                              String description, Instant occurredAt, Instant at, LocalDate day) {
}
