package com.envgrid.api.problem;

import java.time.Instant;
import java.time.LocalDate;

/** A case was assigned (or reassigned) to a supervisor, inside the transaction of the assignment: they are told. */
public record CaseAssigned(long caseId, long assigneeId, String gridCode, String gridName, String category,
                           String description, LocalDate dueBy, Instant at) {
}
