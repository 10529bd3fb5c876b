package com.envgrid.api.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A run of duty generation for a period created duties for supervisors (raised inside its transaction): each
 * supervisor is told of theirs in one digest. A re-run that creates nothing raises nothing.
 */
public record DutiesAssigned(String period, Instant at, List<NewDuty> duties) {

    /** A duty created by the run: for whom, what (kind in Chinese, target's name), where and when. */
    public record NewDuty(long id, long supervisorId, String kind, String target, String gridName, LocalDate dueFrom,
                          LocalDate dueBy) {
    }
}
