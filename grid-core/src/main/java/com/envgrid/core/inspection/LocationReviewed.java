package com.envgrid.core.inspection;

import java.time.Instant;
import java.util.UUID;

/** A record flagged for where it was made was reviewed: accepted, it counts as inspected and may complete its duty. */
public record LocationReviewed(UUID inspectionId, Long dutyId, boolean accepted, long reviewerId, String reason,
                               Instant at) {
}
