package com.envgrid.core.problem;

import java.time.Instant;
import java.util.Optional;

/** Where problem cases and their histories are kept (a port: grid-api implements it on its database). */
public interface CaseStore {
    Optional<ProblemCase> byId(long id);

    /** Stores a case just opened; the stored case, with its id. */
    ProblemCase add(ProblemCase opened);

    /** Stores what a step changes: state, assignee, who reported it done, when it closed. */
    void saveStep(ProblemCase next);

    /** Adds to the case's history: who took which action when, from which state to which, and why. */
    void recordEvent(long caseId, Instant at, Long actorId, String action, CaseState from, CaseState to,
                     String reason);
}
