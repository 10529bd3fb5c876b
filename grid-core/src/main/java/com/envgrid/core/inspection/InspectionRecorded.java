package com.envgrid.core.inspection;

import com.envgrid.core.duty.DutyPurpose;

import java.time.Instant;
import java.util.UUID;

/**
 * A record was stored. Its duty, and the duty of the record it corrects (the correction stands in that one's place),
 * may now be done or open again.
 *
 * @param dutyId          the record's duty, null for an ad hoc inspection
 * @param dutyPurpose     why that duty exists (a measure's verification is settled by its plan too); null with it
 * @param correctedDutyId the duty of the record it corrects, when that is another duty; else null
 * @param corrects        whether it corrects a record (of its own duty or another)
 * @param inspectedAt     when the inspection was made, by the inspector's account
 * @param at              when it was received
 */
public record InspectionRecorded(UUID inspectionId, Long dutyId, DutyPurpose dutyPurpose, Long correctedDutyId,
                                 boolean corrects, Instant inspectedAt, Instant at) {
}
