package com.envgrid.api.inspection;

import com.envgrid.core.duty.DutyRecords;
import com.envgrid.core.inspection.CountsAsInspected;
import com.envgrid.core.inspection.InspectionStanding;
import jakarta.inject.Singleton;

import java.util.List;

/** Where a duty's inspection records stand, as the duty asks it through its port. */
@Singleton
class DutyRecordsOfInspections implements DutyRecords {
    private final InspectionRows rows;

    DutyRecordsOfInspections(InspectionRows rows) {
        this.rows = rows;
    }

    @Override
    public List<InspectionStanding> of(long dutyId) {
        return rows.standingsOfDuty(dutyId).stream().map(s -> new InspectionStanding(s.id(), s.inspectedAt(),
                s.locationPlausible(), CountsAsInspected.LocationReview.of(s.reviewAccepted()), s.corrected())).toList();
    }
}
