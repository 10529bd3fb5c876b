package com.envgrid.core.waste;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Waste a generator recorded as generated: one record (its id), of one code, on one day. */
public record Lot(long id, WasteCode code, LocalDate generatedOn, BigDecimal tonnes) {
}
