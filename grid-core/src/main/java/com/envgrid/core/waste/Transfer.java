package com.envgrid.core.waste;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Waste that left a generator by a transfer manifest (转移联单): its number, code, day, tonnes and receiver's licence. */
public record Transfer(String manifest, WasteCode code, LocalDate on, BigDecimal tonnes, ReceiverLicence licence) {
    /** Whether it went to a receiver licensed on the day of the transfer: what counts as safely disposed of. */
    public boolean licensed() {
        return licence.validOn(on);
    }
}
