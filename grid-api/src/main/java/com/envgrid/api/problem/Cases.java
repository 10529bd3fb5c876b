package com.envgrid.api.problem;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.people.Staffings;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.inspection.Severity;
import com.envgrid.core.problem.CaseState;
import com.envgrid.core.problem.CaseWorkflow;
import com.envgrid.core.problem.Escalation;
import com.envgrid.core.problem.RectificationDeadlines;
import com.envgrid.core.problem.Transition;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Problem cases (问题整改): each finding of an inspection opens one, with a rectification deadline by severity.
 * Transitions follow {@link CaseWorkflow} — who may take which, from which state — and each is recorded with
 * who, when and why. Reporting a rectification done creates a re-inspection duty to verify it. Past its deadline a
 * case escalates from the supervisor to the grid chief, then to the district.
 */
@Singleton
public class Cases {
    private final CaseRows cases;
    private final AccessScopes scopes;
    private final Staffings staffings;
    private final LiveGridLayer layer;
    private final Audit audit;
    private final Clock clock;
    private final RectificationDeadlines deadlines;
    private final int daysToChief;
    private final int daysToDistrict;

    Cases(CaseRows cases, AccessScopes scopes, Staffings staffings, LiveGridLayer layer, Audit audit, Clock clock,
          @Value("${envgrid.cases.minor-days:15}") int minorDays,
          @Value("${envgrid.cases.general-days:7}") int generalDays,
          @Value("${envgrid.cases.serious-days:3}") int seriousDays,
          @Value("${envgrid.cases.days-to-chief:0}") int daysToChief,
          @Value("${envgrid.cases.days-to-district:3}") int daysToDistrict) {
        this.cases = cases;
        this.scopes = scopes;
        this.staffings = staffings;
        this.layer = layer;
        this.audit = audit;
        this.clock = clock;
        this.deadlines = new RectificationDeadlines(minorDays, generalDays, seriousDays);
        this.daysToChief = daysToChief;
        this.daysToDistrict = daysToDistrict;
    }

    /** A finding of an inspection, as stored with it. */
    public record Finding(String category, String severity, String description) {
    }

    /** Opens a case for each finding of a newly stored inspection (inside its transaction). */
    public void openFor(UUID inspectionId, long inspectorId, String gridCode, String targetKind, String targetCode,
                        List<Finding> findings) {
        Instant now = clock.instant();
        LocalDate today = scopes.today();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Severity severity = Severity.parse(f.severity()).orElseThrow();
            var row = cases.save(new CaseRows.CaseRow(null, inspectionId, i, f.category(), f.severity(), f.description(),
                    gridCode, targetKind, targetCode, CaseState.OPEN.key(), null, null, deadlines.dueBy(severity, today),
                    now, null, null));
            cases.event(row.id(), now, inspectorId, "open", null, CaseState.OPEN.key(), null);
        }
    }

    /**
     * Opens the case an investigation of a complaint found, in the complaint's grid: about a source of the
     * directory when one is named, otherwise about the grid itself (its re-inspection is a patrol).
     */
    public long openForComplaint(long actorId, String gridCode, String sourceCode, Finding finding) {
        Instant now = clock.instant();
        Severity severity = Severity.parse(finding.severity()).orElseThrow();
        var row = cases.save(new CaseRows.CaseRow(null, null, 0, finding.category(), finding.severity(),
                finding.description(), gridCode, sourceCode == null ? "grid_patrol" : "source",
                sourceCode == null ? gridCode : sourceCode, CaseState.OPEN.key(), null, null,
                deadlines.dueBy(severity, scopes.today()), now, null, null));
        cases.event(row.id(), now, actorId, "open", null, CaseState.OPEN.key(), "complaint");
        return row.id();
    }

    public List<Long> idsFor(UUID inspectionId) {
        return cases.idsOf(inspectionId);
    }

    List<CaseView> list(String state, String grid, boolean escalatedOnly) {
        GridScope scope = scopes.current();
        long caller = callerId();
        Map<Long, Long> complaints = new java.util.HashMap<>();
        cases.complaintsOfCases().forEach(l -> complaints.put(l.caseId(), l.complaintId()));
        return cases.findAllOrderByDueBy().stream()
                .filter(c -> scope.canRead(c.gridCode()))
                .filter(c -> state == null || state.equals(c.state()))
                .filter(c -> grid == null || grid.equals(c.gridCode()))
                .map(c -> view(c, scope, caller, complaints.get(c.id()), false))
                .filter(v -> !escalatedOnly || !v.escalatedTo().equals(Escalation.Level.SUPERVISOR.key()))
                .toList();
    }

    public CaseView one(long id) {
        GridScope scope = scopes.current();
        var row = cases.findById(id).filter(c -> scope.canRead(c.gridCode()))
                .orElseThrow(() -> new NotFound("no case " + id + " that you may see"));
        return view(row, scope, callerId(), cases.complaintOf(id).orElse(null), true);
    }

    @Transactional
    public CaseView act(long id, CaseView.Action request) {
        GridScope scope = scopes.current();
        long caller = callerId();
        var row = cases.findById(id).filter(c -> scope.canRead(c.gridCode()))
                .orElseThrow(() -> new NotFound("no case " + id + " that you may see"));
        if (!scope.canWrite(row.gridCode())) {
            throw new AccessDenied("case " + id + " is in grid " + row.gridCode() + ", outside what you may change");
        }
        CaseState from = CaseState.parse(row.state()).orElseThrow();
        Transition t;
        try {
            t = CaseWorkflow.check(from, request.action() == null ? "" : request.action(), scope.role(),
                    Objects.equals(row.assigneeId(), caller), Objects.equals(row.reportedDoneBy(), caller), request.reason());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("unknown action", List.of(new InputProblem("/action", e.getMessage())));
        }
        Long assignee = row.assigneeId();
        if (request.action().equals(CaseWorkflow.ASSIGN) || request.action().equals(CaseWorkflow.REASSIGN)) {
            assignee = request.assigneeId();
            var supervisors = staffings.supervisorsByGrid().getOrDefault(row.gridCode(), List.of());
            if (assignee == null || !supervisors.contains(assignee)) {
                throw new InvalidInput("the assignee must supervise the case's grid", List.of(new InputProblem(
                        "/assignee_id", "give the id of a supervisor of grid " + row.gridCode() + ": " + supervisors)));
            }
        }
        Instant now = clock.instant();
        Long reportedBy = request.action().equals(CaseWorkflow.REPORT_DONE) ? Long.valueOf(caller) : row.reportedDoneBy();
        Long duty = row.reinspectionDutyId();
        if (request.action().equals(CaseWorkflow.REPORT_DONE)) {
            duty = reinspectionDuty(row, caller);
        }
        var next = new CaseRows.CaseRow(row.id(), row.inspectionId(), row.findingIndex(), row.category(), row.severity(),
                row.description(), row.gridCode(), row.targetKind(), row.targetCode(), t.to().key(), assignee, reportedBy,
                row.dueBy(), row.openedAt(), t.to().isFinal() ? now : null, duty);
        cases.update(next);
        cases.event(id, now, caller, t.action(), from.key(), t.to().key(), t.reason());
        audit.record(t.action(), "problem_case", String.valueOf(id), Map.of("state", from.key()),
                Map.of("state", t.to().key(), "reason", t.reason() == null ? "" : t.reason()));
        return view(next, scope, caller, cases.complaintOf(id).orElse(null), true);
    }

    /** A duty to check the rectification on site, for a supervisor of the grid other than the one who reported it. */
    private Long reinspectionDuty(CaseRows.CaseRow row, long reporter) {
        LocalDate today = scopes.today();
        Long checker = staffings.supervisorsByGrid().getOrDefault(row.gridCode(), List.of()).stream()
                .filter(p -> p != reporter).findFirst().orElse(null);
        return cases.reinspectionDuty(row.targetKind(), row.targetCode(), row.gridCode(), today, today.plusDays(3),
                checker, clock.instant()).stream().findFirst().orElse(row.reinspectionDutyId());
    }

    private CaseView view(CaseRows.CaseRow c, GridScope scope, long caller, Long complaintId, boolean withHistory) {
        LocalDate today = scopes.today();
        CaseState state = CaseState.parse(c.state()).orElseThrow();
        boolean open = !state.isFinal();
        Escalation.Level level = open ? Escalation.levelAt(c.dueBy(), today, daysToChief, daysToDistrict)
                : Escalation.Level.SUPERVISOR;
        var events = withHistory ? cases.events(c.id()) : List.<CaseRows.EventRow>of();
        var names = staffings.namesOf(java.util.stream.Stream.concat(
                java.util.stream.Stream.of(c.assigneeId()), events.stream().map(CaseRows.EventRow::actorId))
                .filter(Objects::nonNull).distinct().toList());
        List<String> actions = scope.canWrite(c.gridCode()) ? CaseWorkflow.actionsFor(state, scope.role(),
                Objects.equals(c.assigneeId(), caller), Objects.equals(c.reportedDoneBy(), caller)) : List.of();
        return new CaseView(c.id(), c.inspectionId(), complaintId, c.category(), c.severity(), c.description(),
                c.gridCode(),
                layer.layer().find(c.gridCode()).map(Grid::name).orElse(c.gridCode()), c.targetKind(), c.targetCode(),
                c.state(), c.assigneeId(), c.assigneeId() == null ? null : names.get(c.assigneeId()), c.dueBy(),
                open && today.isAfter(c.dueBy()), level.key(), c.reinspectionDutyId(),
                c.openedAt(), c.closedAt(), actions,
                events.stream().map(e -> new CaseView.Event(e.at(), e.actorId(),
                        e.actorId() == null ? null : names.get(e.actorId()), e.action(), e.fromState(), e.toState(),
                        e.reason())).toList());
    }

    private long callerId() {
        return scopes.callerId();
    }
}
