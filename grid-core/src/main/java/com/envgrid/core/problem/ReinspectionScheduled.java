package com.envgrid.core.problem;

/** The re-inspection duty a {@link CaseReportedDone} called for was created: the case links to it. */
public record ReinspectionScheduled(long caseId, long dutyId) {
}
