package com.envgrid.api.radiation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A holder's radiation safety licence came within 60 days of its expiry: raised once per licence and expiry, in the
 * transaction that raised the warning, so that the grid's chiefs and the district's administrators are told.
 */
public record LicenceExpiring(String holderCode, String holderName, String gridCode, String number,
                              LocalDate expiresOn, long daysLeft, Instant at) {
}
