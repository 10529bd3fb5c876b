package com.envgrid.core.problem;

import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.access.Role;
import com.envgrid.core.duty.TargetKind;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.inspection.FindingCategory;
import com.envgrid.core.inspection.Severity;
import com.envgrid.core.workflow.WorkflowRefused;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A case taken through its steps as its people would: what each step changes and which events it raises. */
class ProblemCaseTest {
    private static final LocalDate OPENED_ON = LocalDate.of(2026, 3, 2);
    private static final Instant OPENED_AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-04T06:30:00Z");
    private static final Actor CHIEF = actor(1L, Role.CHIEF);
    private static final Actor SUPERVISOR = actor(2L, Role.SUPERVISOR);
    private static final List<Long> GRID_SUPERVISORS = List.of(2L, 3L);

    private static Actor actor(long id, Role role) {
        return new Actor(id, "p" + id, GridScope.of(role, List.of(), null));
    }

    private static ProblemCase opened(Severity severity) {
        var c = ProblemCase.open(UUID.randomUUID(), 0, FindingCategory.WASTEWATER, severity, "暗管排放", "G-1",
                TargetKind.SOURCE, "S-7", RectificationDeadlines.DEFAULT, OPENED_ON, OPENED_AT);
        return new ProblemCase(42L, c.inspectionId(), c.findingIndex(), c.category(), c.severity(), c.description(),
                c.gridCode(), c.targetKind(), c.targetCode(), c.state(), c.assigneeId(), c.reportedDoneBy(),
                c.dueBy(), c.openedAt(), c.closedAt(), c.reinspectionDutyId());
    }

    private static ProblemCase rectifying() {
        var assigned = opened(Severity.GENERAL).act(CHIEF, OPENED_AT, CaseWorkflow.ASSIGN, 2L, null, GRID_SUPERVISORS);
        return assigned.next().act(SUPERVISOR, OPENED_AT, CaseWorkflow.START_RECTIFICATION, null, null,
                GRID_SUPERVISORS).next();
    }

    @Test
    void aCaseOpensUnassignedAndIsDueByItsSeveritysDeadline() {
        var serious = opened(Severity.SERIOUS);
        assertEquals(CaseState.OPEN, serious.state());
        assertNull(serious.assigneeId());
        assertEquals(OPENED_ON.plusDays(3), serious.dueBy());
        assertEquals(OPENED_ON.plusDays(15), opened(Severity.MINOR).dueBy());
    }

    @Test
    void aCaseReportedDoneRaisesTheReinspection() {
        var step = rectifying().act(SUPERVISOR, LATER, CaseWorkflow.REPORT_DONE, null, null, GRID_SUPERVISORS);
        assertEquals(CaseState.AWAITING_VERIFICATION, step.next().state());
        assertEquals(2L, step.next().reportedDoneBy());
        assertEquals(List.of(new CaseReportedDone(42L, "G-1", TargetKind.SOURCE, "S-7", 2L, LATER)), step.events());
    }

    @Test
    void otherStepsRaiseNoEvent() {
        var step = opened(Severity.GENERAL).act(CHIEF, LATER, CaseWorkflow.ASSIGN, 3L, null, GRID_SUPERVISORS);
        assertEquals(CaseState.ASSIGNED, step.next().state());
        assertEquals(3L, step.next().assigneeId());
        assertTrue(step.events().isEmpty());
    }

    @Test
    void onlyASupervisorOfTheGridMayBeAssigned() {
        var refused = assertThrows(InvalidInput.class, () -> opened(Severity.GENERAL)
                .act(CHIEF, LATER, CaseWorkflow.ASSIGN, 99L, null, GRID_SUPERVISORS));
        assertEquals("/assignee_id", refused.problems().get(0).pointer());
    }

    @Test
    void anUnknownActionIsBadInputAtItsPointer() {
        var refused = assertThrows(InvalidInput.class, () -> opened(Severity.GENERAL)
                .act(CHIEF, LATER, "close_quietly", null, null, GRID_SUPERVISORS));
        assertEquals("/action", refused.problems().get(0).pointer());
    }

    @Test
    void whoReportedItDoneMayNotVerifyIt() {
        var reportedByChief = rectifying().act(CHIEF, LATER, CaseWorkflow.REPORT_DONE, null, null, GRID_SUPERVISORS)
                .next();
        assertThrows(WorkflowRefused.class, () -> reportedByChief.act(CHIEF, LATER, CaseWorkflow.VERIFY, null, null,
                GRID_SUPERVISORS));
        assertFalse(reportedByChief.actionsFor(CHIEF).contains(CaseWorkflow.VERIFY));
    }

    @Test
    void aVerifiedCaseClosesWhenVerified() {
        var reported = rectifying().act(SUPERVISOR, LATER,
                CaseWorkflow.REPORT_DONE, null, null, GRID_SUPERVISORS).next();
        var verified = reported.act(CHIEF, LATER.plusSeconds(3600), CaseWorkflow.VERIFY, null, null, GRID_SUPERVISORS);
        assertEquals(CaseState.CLOSED, verified.next().state());
        assertEquals(LATER.plusSeconds(3600), verified.next().closedAt());
    }

    @Test
    void anOverdueCaseEscalatesToTheChiefThenTheDistrict() {
        var policy = new Escalation(0, 3);
        var c = opened(Severity.SERIOUS);
        LocalDate due = c.dueBy();
        assertEquals(Escalation.Level.SUPERVISOR, c.escalation(policy, due));
        assertFalse(c.overdueOn(due));
        assertEquals(Escalation.Level.CHIEF, c.escalation(policy, due.plusDays(1)));
        assertTrue(c.overdueOn(due.plusDays(1)));
        assertEquals(Escalation.Level.DISTRICT, c.escalation(policy, due.plusDays(4)));
    }

    @Test
    void aFinalCaseNeitherEscalatesNorIsOverdue() {
        var rejected = opened(Severity.SERIOUS).act(CHIEF, LATER, CaseWorkflow.REJECT, null, "不属于环境问题",
                GRID_SUPERVISORS).next();
        LocalDate longAfter = rejected.dueBy().plusDays(30);
        assertEquals(Escalation.Level.SUPERVISOR, rejected.escalation(new Escalation(0, 3), longAfter));
        assertFalse(rejected.overdueOn(longAfter));
        assertEquals(LATER, rejected.closedAt());
    }
}
