package com.envgrid.core.problem;

import com.envgrid.core.duty.TargetKind;

import java.time.Instant;

/**
 * A case's rectification was reported done: someone other than the reporter is to check it on site, through a
 * re-inspection duty on the case's target.
 */
public record CaseReportedDone(long caseId, String gridCode, TargetKind targetKind, String targetCode, long reportedBy,
                               Instant at) {
}
