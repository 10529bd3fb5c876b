package com.envgrid.core.problem;

import com.envgrid.core.access.Actor;
import com.envgrid.core.duty.TargetKind;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.inspection.FindingCategory;
import com.envgrid.core.inspection.Severity;
import com.envgrid.core.workflow.WorkflowRefused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A problem case (问题整改): a finding of an inspection, or a problem an investigation of a complaint found, to be
 * rectified by a deadline set by its severity. Its commands check the {@link CaseWorkflow} and return the case as it
 * is next with the events it raised; storing them is the caller's.
 *
 * @param id                 null until stored
 * @param inspectionId       the inspection whose finding opened it; null for a case a complaint opened
 * @param targetKind         what the re-inspection visits: a source, or the grid itself (a patrol)
 * @param reportedDoneBy     who last reported the rectification done; they may not verify it themselves
 * @param closedAt           when it reached a final state; null while it is open
 * @param reinspectionDutyId the duty to check the rectification on site, once it was reported done
 */
public record ProblemCase(Long id, UUID inspectionId, int findingIndex, FindingCategory category, Severity severity,
                          String description, String gridCode, TargetKind targetKind, String targetCode, CaseState state,
                          Long assigneeId, Long reportedDoneBy, LocalDate dueBy, Instant openedAt, Instant closedAt,
                          Long reinspectionDutyId) {

    /** A case opened at {@code at}, on the district's day {@code openedOn}, due by its severity's deadline. */
    public static ProblemCase open(UUID inspectionId, int findingIndex, FindingCategory category, Severity severity,
                                   String description, String gridCode, TargetKind targetKind, String targetCode,
                                   RectificationDeadlines deadlines, LocalDate openedOn, Instant at) {
        return new ProblemCase(null, inspectionId, findingIndex, category, severity, description, gridCode, targetKind,
                targetCode, CaseState.OPEN, null, null, deadlines.dueBy(severity, openedOn), at, null, null);
    }

    /** A case taken one step: the transition, the case as it is after it, and the events it raised. */
    public record Step(Transition transition, ProblemCase next, List<Object> events) {
    }

    /**
     * The actor takes an action on this case at {@code at}. Assigning (or reassigning) names a supervisor of the
     * case's grid; reporting the rectification done raises {@link CaseReportedDone}; a final state closes the case.
     * Whether the actor's grids hold the case is a question of scope, answered before.
     *
     * @param gridSupervisors the supervisors of the case's grid, among whom an assignee is chosen
     * @throws InvalidInput     an unknown action, or an assignee who does not supervise the grid
     * @throws WorkflowRefused  the action does not apply now, is not the actor's, or lacks its reason
     */
    public Step act(Actor actor, Instant at, String action, Long assignee, String reason, List<Long> gridSupervisors) {
        long person = actor.person();
        Transition t;
        try {
            t = CaseWorkflow.check(state, action == null ? "" : action, actor.role(),
                    Objects.equals(assigneeId, person), Objects.equals(reportedDoneBy, person), reason);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("unknown action", List.of(new InputProblem("/action", e.getMessage())));
        }
        Long nextAssignee = assigneeId;
        if (t.action().equals(CaseWorkflow.ASSIGN) || t.action().equals(CaseWorkflow.REASSIGN)) {
            if (assignee == null || !gridSupervisors.contains(assignee)) {
                throw new InvalidInput("the assignee must supervise the case's grid", List.of(new InputProblem(
                        "/assignee_id", "give the id of a supervisor of grid " + gridCode + ": " + gridSupervisors,
                        CaseCode.ASSIGNEE_NOT_SUPERVISOR, Map.of("grid", gridCode))));
            }
            nextAssignee = assignee;
        }
        boolean reportingDone = t.action().equals(CaseWorkflow.REPORT_DONE);
        var next = new ProblemCase(id, inspectionId, findingIndex, category, severity, description, gridCode,
                targetKind, targetCode, t.to(), nextAssignee, reportingDone ? Long.valueOf(person) : reportedDoneBy,
                dueBy, openedAt, t.to().isFinal() ? at : null, reinspectionDutyId);
        List<Object> events = reportingDone
                ? List.of(new CaseReportedDone(id, gridCode, targetKind, targetCode, person, at)) : List.of();
        return new Step(t, next, events);
    }

    /** Whether it is still open past its last day. */
    public boolean overdueOn(LocalDate today) {
        return !state.isFinal() && today.isAfter(dueBy);
    }

    /** Who it is up to on {@code today}: an open case escalates by the policy, a final one stays with its supervisor. */
    public Escalation.Level escalation(Escalation policy, LocalDate today) {
        return state.isFinal() ? Escalation.Level.SUPERVISOR : policy.level(dueBy, today);
    }

    /** The actions this actor may take on it now, in the workflow's order (their scope answered before). */
    public List<String> actionsFor(Actor actor) {
        return CaseWorkflow.actionsFor(state, actor.role(), Objects.equals(assigneeId, actor.personId()),
                Objects.equals(reportedDoneBy, actor.personId()));
    }
}
