package com.envgrid.core.waste;

import java.time.LocalDate;

/**
 * The receiver's operating licence (危险废物经营许可证) as a transfer manifest states it: its number and the last day
 * it is valid. Either may be missing — a receiver without a licence, or a manifest that does not say.
 */
public record ReceiverLicence(String number, LocalDate validUntil) {
    /** Whether the licence allowed the receiver to take waste on {@code day}: it has a number and had not expired. */
    public boolean validOn(LocalDate day) {
        return number != null && !number.isBlank() && validUntil != null && !day.isAfter(validUntil);
    }
}
