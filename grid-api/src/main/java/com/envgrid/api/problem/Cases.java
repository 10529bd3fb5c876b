package com.envgrid.api.problem;

import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.audit.Audit;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.people.Staffings;
import com.envgrid.api.rules.CityRules;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.ListFilter;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.duty.TargetKind;
import com.envgrid.core.enterprise.AlertKind;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.input.Vocabulary;
import com.envgrid.core.inspection.Finding;
import com.envgrid.core.inspection.FindingCategory;
import com.envgrid.core.inspection.Inspection;
import com.envgrid.core.inspection.Severity;
import com.envgrid.core.problem.CaseState;
import com.envgrid.core.problem.Escalated;
import com.envgrid.core.problem.Escalation;
import com.envgrid.core.problem.ProblemCase;
import com.envgrid.core.problem.ReinspectionScheduled;
import com.envgrid.core.rules.RuleBook;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Problem cases (问题整改): each finding of an inspection opens one, with a rectification deadline by severity.
 * {@link ProblemCase} decides each step — who may take which, from which state — and this records it with who,
 * when and why. Reporting a rectification done raises the event on which the duties create a re-inspection.
 * Past its deadline a case escalates from the supervisor to the grid chief, then to the district.
 */
@Singleton
public class Cases {
    private final CaseRows cases;
    private final Staffings staffings;
    private final LiveGridLayer layer;
    private final Audit audit;
    private final DistrictTime time;
    private final CityRules rules;
    private final ApplicationEventPublisher<Object> events;

    Cases(CaseRows cases, Staffings staffings, LiveGridLayer layer, Audit audit, DistrictTime time,
          CityRules rules, ApplicationEventPublisher<Object> events) {
        this.cases = cases;
        this.staffings = staffings;
        this.layer = layer;
        this.audit = audit;
        this.time = time;
        this.rules = rules;
        this.events = events;
    }

    /**
     * Opens a case for each finding of a newly stored inspection (inside its transaction), when it was received;
     * their ids, in the order of the findings.
     */
    public List<Long> openFor(Inspection inspection) {
        Instant at = inspection.receivedAt();
        List<Long> opened = new ArrayList<>();
        for (int i = 0; i < inspection.findings().size(); i++) {
            Finding f = inspection.findings().get(i);
            opened.add(open(ProblemCase.open(inspection.id(), i, f.category(), f.severity(), f.description(),
                    inspection.gridCode(), inspection.targetKind(), inspection.targetCode(),
                    rules.ofGrid(inspection.gridCode()).rectificationDeadlines(),
                    time.dateOf(at), at), inspection.inspectorId(), null).id());
        }
        return opened;
    }

    /**
     * Opens the case an investigation of a complaint found, in the complaint's grid: about a source of the
     * directory when one is named, otherwise about the grid itself (its re-inspection is a patrol).
     */
    public long openForComplaint(Actor actor, Instant at, String gridCode, String sourceCode, FindingCategory category,
                                 Severity severity, String description) {
        return open(ProblemCase.open(null, 0, category, severity, description, gridCode,
                sourceCode == null ? TargetKind.GRID_PATROL : TargetKind.SOURCE,
                sourceCode == null ? gridCode : sourceCode, rules.ofGrid(gridCode).rectificationDeadlines(),
                time.dateOf(at), at),
                actor.person(), "complaint").id();
    }

    /**
     * Opens the case an alert raised about an enterprise in its grid: no one's inspection is behind it, so no one is
     * its author; its category and severity are the alert's.
     */
    public long openForAlert(Instant at, String gridCode, String sourceCode, AlertKind kind, String description) {
        return open(ProblemCase.open(null, 0, kind.category(), kind.severity(), description, gridCode,
                TargetKind.SOURCE, sourceCode, rules.ofGrid(gridCode).rectificationDeadlines(), time.dateOf(at), at),
                null, "alert:" + kind.key()).id();
    }

    private ProblemCase open(ProblemCase opened, Long by, String reason) {
        var stored = cases.add(opened);
        cases.recordEvent(stored.id(), stored.openedAt(), by, "open", null, CaseState.OPEN, reason);
        return stored;
    }

    /** Whether the case is still being worked on: neither closed nor rejected. */
    public boolean stillOpen(long caseId) {
        return cases.byId(caseId).map(c -> !c.state().isFinal()).orElse(false);
    }

    public List<Long> idsFor(UUID inspectionId) {
        return cases.idsOf(inspectionId);
    }

    /**
     * The cases in the actor's grids, of a state and a finding category (null: any), opened on the filter's days in
     * its grids, overdue or escalated if asked.
     */
    List<CaseView> list(Actor actor, CaseState state, FindingCategory category, ListFilter filter,
                        boolean escalatedOnly) {
        LocalDate today = time.today();
        Map<Long, Long> complaints = new java.util.HashMap<>();
        cases.complaintsOfCases().forEach(l -> complaints.put(l.caseId(), l.complaintId()));
        var listed = visible(actor.scope(), state, category, filter, escalatedOnly, today);
        var names = staffings.namesOf(listed.stream().map(ProblemCase::assigneeId).filter(Objects::nonNull)
                .distinct().toList());
        RuleBook book = rules.book();
        return listed.stream().map(c -> view(c, actor, complaints.get(c.id()), List.of(), names, book, today))
                .toList();
    }

    /** The cases {@link #list} shows a scope on {@code today}, the most urgent first. */
    List<ProblemCase> visible(GridScope scope, CaseState state, FindingCategory category, ListFilter filter,
                              boolean escalatedOnly, LocalDate today) {
        RuleBook book = rules.book();
        return cases.listed(state).stream().map(CaseRows.CaseRow::toCase)
                .filter(c -> scope.canRead(c.gridCode()))
                .filter(c -> category == null || c.category() == category)
                .filter(c -> filter.inGrid(c.gridCode()) && filter.onDay(time.dateOf(c.openedAt()))
                        && filter.passesOverdue(c.overdueOn(today)))
                .filter(c -> !escalatedOnly
                        || escalation(c, book, today) != Escalation.Level.SUPERVISOR)
                .toList();
    }

    /** A target's latest cases the actor may read (without their histories), at most {@code limit}. */
    public List<CaseView> ofTarget(Actor actor, TargetKind kind, String code, int limit) {
        LocalDate today = time.today();
        var listed = cases.ofTarget(Vocabulary.key(kind), code, limit).stream().map(CaseRows.CaseRow::toCase)
                .filter(c -> actor.scope().canRead(c.gridCode())).toList();
        var names = staffings.namesOf(listed.stream().map(ProblemCase::assigneeId).filter(Objects::nonNull)
                .distinct().toList());
        RuleBook book = rules.book();
        return listed.stream().map(c -> view(c, actor, cases.complaintOf(c.id()).orElse(null), List.of(), names,
                        book, today))
                .toList();
    }

    public CaseView one(Actor actor, long id) {
        return view(readable(actor, id), actor, time.today());
    }

    /** The actor takes a step of the workflow on a case in one of their grids, at {@code at}. */
    @Transactional
    public CaseView act(Actor actor, Instant at, long id, CaseView.Action request) {
        var c = readable(actor, id);
        if (!actor.scope().canWrite(c.gridCode())) {
            throw new AccessDenied("case " + id + " is in grid " + c.gridCode() + ", outside what you may change");
        }
        var step = c.act(actor, at, request.action(), request.assigneeId(), request.reason(),
                staffings.supervisorsByGrid(time.dateOf(at)).getOrDefault(c.gridCode(), List.of()));
        var t = step.transition();
        cases.saveStep(step.next());
        cases.recordEvent(id, at, actor.person(), t.action(), t.from(), t.to(), t.reason());
        step.events().forEach(events::publishEvent);
        var assignee = step.next().assigneeId();
        if (assignee != null && !assignee.equals(c.assigneeId())) {
            events.publishEvent(new CaseAssigned(id, assignee, c.gridCode(), gridName(c.gridCode()),
                    c.category().chineseName(), c.description(), c.dueBy(), at));
        }
        audit.record(actor, at, t.action(), "problem_case", String.valueOf(id), Map.of("state", t.from().key()),
                Map.of("state", t.to().key(), "reason", t.reason() == null ? "" : t.reason()));
        return view(cases.byId(id).orElseThrow(), actor, time.dateOf(at));
    }

    /** The unfinished cases that have gone up past their supervisors on {@code today}, to the chief or the district. */
    public List<Escalated> escalatedOn(LocalDate today) {
        RuleBook book = rules.book();
        return cases.listed(null).stream().map(CaseRows.CaseRow::toCase)
                .map(c -> new Escalated(String.valueOf(c.id()), c.gridCode(), escalation(c, book, today), c.dueBy(),
                        c.category().chineseName() + "：" + c.description()))
                .filter(e -> e.level() != Escalation.Level.SUPERVISOR).toList();
    }

    /** How far up a case has gone on {@code today}, by the escalation days of its grid's district. */
    static Escalation.Level escalation(ProblemCase c, RuleBook book, LocalDate today) {
        return c.escalation(book.ofGrid(c.gridCode()).caseEscalation(), today);
    }

    String gridName(String code) {
        return layer.layer().find(code).map(Grid::name).orElse(code);
    }

    /** The re-inspection duty created for a case reported done: the case links to it. */
    @EventListener
    void linkReinspection(ReinspectionScheduled scheduled) {
        cases.updateReinspectionDutyId(scheduled.caseId(), scheduled.dutyId());
    }

    private ProblemCase readable(Actor actor, long id) {
        return cases.byId(id).filter(c -> actor.scope().canRead(c.gridCode()))
                .orElseThrow(() -> new NotFound("no case " + id + " that you may see"));
    }

    /** The case with its history, as the actor sees it on {@code today}. */
    private CaseView view(ProblemCase c, Actor actor, LocalDate today) {
        var history = cases.events(c.id());
        var names = staffings.namesOf(Stream.concat(Stream.of(c.assigneeId()), history.stream()
                .map(CaseRows.EventRow::actorId)).filter(Objects::nonNull).distinct().toList());
        return view(c, actor, cases.complaintOf(c.id()).orElse(null), history, names, rules.book(), today);
    }

    private CaseView view(ProblemCase c, Actor actor, Long complaintId, List<CaseRows.EventRow> history,
                          Map<Long, String> names, RuleBook book, LocalDate today) {
        List<String> actions = actor.scope().canWrite(c.gridCode()) ? c.actionsFor(actor) : List.of();
        return new CaseView(c.id(), c.inspectionId(), complaintId, c.category().key(), c.severity().key(),
                c.description(), c.gridCode(), gridName(c.gridCode()),
                Vocabulary.key(c.targetKind()), c.targetCode(), c.state().key(),
                c.assigneeId(), c.assigneeId() == null ? null : names.get(c.assigneeId()), c.dueBy(),
                c.overdueOn(today), escalation(c, book, today).key(), c.reinspectionDutyId(),
                c.openedAt(), c.closedAt(), actions,
                history.stream().map(e -> new CaseView.Event(e.at(), e.actorId(),
                        e.actorId() == null ? null : names.get(e.actorId()), e.action(), e.fromState(), e.toState(),
                        e.reason())).toList());
    }
}
