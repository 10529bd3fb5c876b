package com.envgrid.core.plan;

import com.envgrid.core.problem.Escalation;
import com.envgrid.core.workflow.WorkflowRefused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One measure (整改措施) of an enterprise's remediation plan: what to do, by when, who at the enterprise answers for
 * it, and where it stands. The rules:
 * <ul>
 *   <li>it is <b>reported</b> done only while planned;</li>
 *   <li>it is <b>verified</b> by an inspection of the enterprise that {@link #passes passes}, while planned or
 *       reported (an inspection may find it done before anyone reported it);</li>
 *   <li>it is <b>cancelled</b> only with a reason, and only while not final;</li>
 *   <li>it is <b>overdue</b> on a day after its deadline while not final, and then escalates by the days overdue as a
 *       case does ({@link Escalation}): its supervisor, then the grid chief, then the district.</li>
 * </ul>
 *
 * @param verifiedBy the inspection that verified it, or null
 */
public record Measure(long id, long planId, String action, LocalDate deadline, MeasureState state,
                      Instant reportedAt, Instant verifiedAt, UUID verifiedBy, String cancelReason) {

    /** An inspection's outcome as it bears on a measure. */
    public record Inspected(UUID id, Instant at, boolean countsAsInspected, int findings, boolean checklistAllPassed) {
    }

    /**
     * Whether an inspection verifies a measure: it counts as inspected (plausible where it was made, or accepted on
     * review, and not corrected), found nothing, and answered no checklist item "no".
     */
    public static boolean passes(Inspected inspection) {
        return inspection.countsAsInspected() && inspection.findings() == 0 && inspection.checklistAllPassed();
    }

    public Measure reportDone(Instant at) {
        if (state != MeasureState.PLANNED) {
            throw refused("report", "only a planned measure is reported done");
        }
        return new Measure(id, planId, action, deadline, MeasureState.REPORTED, at, null, null, null);
    }

    /** The measure verified by the inspection. */
    public Measure verifiedBy(Inspected inspection) {
        if (state.isFinal()) {
            throw refused("verify", "a measure " + state.key() + " cannot be verified");
        }
        if (!passes(inspection)) {
            throw new WorkflowRefused(WorkflowRefused.Kind.WRONG_STATE, state, "verify", "inspection "
                    + inspection.id() + " does not verify the measure: it must count as inspected, find nothing and"
                    + " answer no checklist item no");
        }
        return new Measure(id, planId, action, deadline, MeasureState.VERIFIED, reportedAt, inspection.at(),
                inspection.id(), null);
    }

    public Measure cancel(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new WorkflowRefused(WorkflowRefused.Kind.REASON_NEEDED, state, "cancel",
                    "a measure is cancelled only with a reason");
        }
        if (state.isFinal()) {
            throw refused("cancel", "a measure " + state.key() + " cannot be cancelled");
        }
        return new Measure(id, planId, action, deadline, MeasureState.CANCELLED, reportedAt, null, null,
                reason.strip());
    }

    /** Past its deadline on {@code today} and not final. */
    public boolean overdueOn(LocalDate today) {
        return !state.isFinal() && today.isAfter(deadline);
    }

    /** How far up the measure has gone on {@code today}: SUPERVISOR unless it is overdue. */
    public Escalation.Level escalation(Escalation policy, LocalDate today) {
        return overdueOn(today) ? policy.level(deadline, today) : Escalation.Level.SUPERVISOR;
    }

    private WorkflowRefused refused(String what, String why) {
        return new WorkflowRefused(WorkflowRefused.Kind.WRONG_STATE, state, what, why);
    }
}
