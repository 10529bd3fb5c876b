package com.envgrid.api.duty;

import com.envgrid.api.people.Staffings;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.core.problem.CaseReportedDone;
import com.envgrid.core.problem.ReinspectionScheduled;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;

/**
 * A case reported done gets a duty to check the rectification on site within three days, for a supervisor of its
 * grid other than the one who reported it (none: unassigned). Runs inside the case's transaction.
 */
@Singleton
class ReinspectionDuties {
    private static final int DAYS_TO_REINSPECT = 3;

    private final DutyRows duties;
    private final Staffings staffings;
    private final DistrictTime time;
    private final ApplicationEventPublisher<ReinspectionScheduled> scheduled;

    ReinspectionDuties(DutyRows duties, Staffings staffings, DistrictTime time,
                       ApplicationEventPublisher<ReinspectionScheduled> scheduled) {
        this.duties = duties;
        this.staffings = staffings;
        this.time = time;
        this.scheduled = scheduled;
    }

    @EventListener
    void schedule(CaseReportedDone done) {
        LocalDate on = time.dateOf(done.at());
        Long checker = staffings.supervisorsByGrid(on).getOrDefault(done.gridCode(), List.of()).stream()
                .filter(p -> p != done.reportedBy()).findFirst().orElse(null);
        duties.insertReinspection(done.targetKind(), done.targetCode(), done.gridCode(), on,
                on.plusDays(DAYS_TO_REINSPECT), checker, done.at()).stream().findFirst()
                .ifPresent(id -> scheduled.publishEvent(new ReinspectionScheduled(done.caseId(), id)));
    }
}
