package com.envgrid.api.plan;

import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.audit.Audit;
import com.envgrid.api.people.Staffings;
import com.envgrid.api.rules.CityRules;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.ListFilter;
import com.envgrid.api.shared.NotFound;
import com.envgrid.api.shared.Tables;
import com.envgrid.api.shared.Tables.Column;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.access.Role;
import com.envgrid.core.input.FreeText;
import com.envgrid.core.input.InputCode;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.duty.DutyPurpose;
import com.envgrid.core.inspection.InspectionRecorded;
import com.envgrid.core.inspection.LocationReviewed;
import com.envgrid.core.plan.Measure;
import com.envgrid.core.plan.MeasureState;
import com.envgrid.core.plan.PlanProgress;
import com.envgrid.core.problem.Escalated;
import com.envgrid.core.problem.Escalation;
import com.envgrid.core.rules.RuleBook;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * 一厂一策: the remediation plans of enterprises. An administrator of the enterprise's district (or the city) makes a
 * plan and its measures; each measure gets a duty of its own in the enterprise's grid, due from the day it is saved
 * to its deadline and assigned to its supervising member of staff (else the grid's first supervisor), and an
 * inspection recorded on that duty that {@link Measure#passes passes} verifies it. The grid's chief (or an
 * administrator) may record that the enterprise reported a measure done, or verify it naming another inspection of
 * the enterprise. Overdue measures escalate by the district's case escalation days ({@link #escalatedOn}).
 */
@Singleton
public class Plans {
    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-\\d{4})?");
    private static final Pattern PHONE = Pattern.compile("[0-9][0-9 -]{4,19}");
    private static final int MAX_MEASURES = 100;
    /** The export's columns: a line per measure. */
    private static final List<Column> COLUMNS = List.of(new Column("企业编码", Column.Kind.CODE),
            new Column("企业名称", Column.Kind.TEXT), new Column("网格", Column.Kind.CODE),
            new Column("整改计划", Column.Kind.TEXT), new Column("期间", Column.Kind.TEXT),
            new Column("整改措施", Column.Kind.TEXT), new Column("完成期限", Column.Kind.TEXT),
            new Column("责任人", Column.Kind.TEXT), new Column("联系电话", Column.Kind.CODE),
            new Column("状态", Column.Kind.TEXT), new Column("逾期", Column.Kind.TEXT),
            new Column("核验日期", Column.Kind.TEXT));

    private final PlanRows rows;
    private final Staffings staffings;
    private final CityRules rules;
    private final Audit audit;
    private final DistrictTime time;

    Plans(PlanRows rows, Staffings staffings, CityRules rules, Audit audit, DistrictTime time) {
        this.rows = rows;
        this.staffings = staffings;
        this.rules = rules;
        this.audit = audit;
        this.time = time;
    }

    /** A plan made, or the one a retried request made before ({@code created} false). */
    public record Saved(PlanViews.PlanView plan, boolean created) {
    }

    /** The enterprise's plans, newest period first, each with its measures in deadline order. */
    List<PlanViews.PlanView> of(Actor actor, String code) {
        LocalDate today = time.today();
        var measures = rows.measuresOf(code).stream().collect(Collectors.groupingBy(PlanRows.MeasureRow::planId));
        var names = supervisorNames(measures.values().stream().flatMap(List::stream).toList());
        RuleBook book = rules.book();
        return rows.plansOf(code).stream().map(p -> view(p, measures.getOrDefault(p.id(), List.of()), actor, names,
                book, today)).toList();
    }

    /**
     * Makes the plan with its measures, or — the enterprise having a plan of the same period and title — adds to it
     * the measures it does not have yet (by their text), so that a retried request adds nothing.
     */
    @Transactional
    public Saved create(Actor actor, Instant at, String code, PlanViews.NewPlan plan) {
        LocalDate today = time.dateOf(at);
        List<InputProblem> problems = new ArrayList<>();
        String title = plan.title() == null ? "" : plan.title().strip();
        if (title.isEmpty()) {
            problems.add(new InputProblem("/title", "a title is needed", InputCode.REQUIRED, Map.of()));
        }
        FreeText.tooLongName("/title", title).ifPresent(problems::add);
        String period = plan.period() == null ? "" : plan.period().strip();
        if (!PERIOD.matcher(period).matches()) {
            problems.add(new InputProblem("/period", "period is a year (2026) or a range of years (2026-2027)"));
        }
        List<PlanViews.NewMeasure> measures = plan.measures() == null ? List.of() : plan.measures();
        if (measures.size() > MAX_MEASURES) {
            problems.add(new InputProblem("/measures", "a plan has at most " + MAX_MEASURES + " measures"));
        }
        for (int i = 0; i < measures.size(); i++) {
            checkMeasure(measures.get(i), "/measures/" + i, today, problems);
        }
        refuseIf(problems, "the plan cannot be made as asked");
        List<Long> inserted = rows.insertPlan(code, title, period, actor.personId(), at);
        boolean created = !inserted.isEmpty();
        long planId = created ? inserted.get(0) : rows.planIdOf(code, period, title).get(0);
        if (created) {
            audit.record(actor, at, "create", "remediation_plan", String.valueOf(planId), null,
                    Map.of("source_code", code, "title", title, "period", period));
        }
        measures.forEach(m -> insert(actor, at, code, planId, m));
        return new Saved(one(actor, code, planId), created);
    }

    /** Adds a measure to the enterprise's plan; a measure of the same text is not added twice. */
    @Transactional
    PlanViews.PlanView addMeasure(Actor actor, Instant at, String code, long planId, PlanViews.NewMeasure measure) {
        planOf(code, planId);
        List<InputProblem> problems = new ArrayList<>();
        checkMeasure(measure, "", time.dateOf(at), problems);
        refuseIf(problems, "the measure cannot be added as asked");
        insert(actor, at, code, planId, measure);
        return one(actor, code, planId);
    }

    /**
     * A step on a measure of the enterprise's plan: {@code report} that the enterprise did it, {@code verify} it by
     * a passing inspection of the enterprise, {@code cancel} it with a reason (administrators only).
     */
    @Transactional
    PlanViews.PlanView act(Actor actor, Instant at, String code, long planId, long measureId, PlanViews.Action step) {
        planOf(code, planId);
        var row = rows.measureForUpdate(measureId).stream().filter(r -> r.planId() == planId).findFirst()
                .orElseThrow(() -> new NotFound("no measure " + measureId + " in plan " + planId));
        Measure before = measure(row);
        String action = step.action() == null ? "" : step.action();
        Measure after = switch (action) {
            case "report" -> before.reportDone(at);
            case "verify" -> {
                if (step.inspectionId() == null) {
                    throw new InvalidInput("verify names an inspection", List.of(new InputProblem("/inspection_id",
                            "the inspection of the enterprise that verifies the measure is needed",
                            InputCode.REQUIRED, Map.of())));
                }
                var inspected = rows.inspectionOf(step.inspectionId(), code).stream().findFirst()
                        .orElseThrow(() -> new InvalidInput("no such inspection", List.of(new InputProblem(
                                "/inspection_id", "no inspection " + step.inspectionId() + " of enterprise " + code))));
                yield before.verifiedBy(inspected(inspected));
            }
            case "cancel" -> {
                if (!administers(actor.scope(), row.gridCode())) {
                    throw new AccessDenied("only an administrator of the enterprise's district cancels a measure");
                }
                yield before.cancel(step.reason());
            }
            default -> throw new InvalidInput("unknown action", List.of(new InputProblem("/action",
                    "action is report, verify or cancel", InputCode.NOT_ONE_OF,
                    Map.of("accepted", List.of("report", "verify", "cancel")))));
        };
        save(after);
        if (after.state() == MeasureState.CANCELLED) {
            rows.withdrawDuty(measureId);
        }
        audit.record(actor, at, action, "plan_measure", String.valueOf(measureId), Map.of("state", before.state().key()),
                Map.of("state", after.state().key(), "reason", after.cancelReason() == null ? "" : after.cancelReason()));
        return one(actor, code, planId);
    }

    /** The plans of the enterprises in the scope's grids, filtered by grid, period and whether any is overdue. */
    List<PlanViews.Listed> list(GridScope scope, ListFilter filter, String period) {
        if (period != null && !PERIOD.matcher(period).matches()) {
            throw new InvalidParameter("period", "period is a year (2026) or a range of years (2026-2027)");
        }
        LocalDate today = time.today();
        var measures = rows.allMeasures().stream().collect(Collectors.groupingBy(PlanRows.MeasureRow::planId));
        return rows.listed(period).stream().filter(p -> readable(scope, p.gridCode()))
                .filter(p -> filter.grids() == null || p.gridCode() != null && filter.inGrid(p.gridCode()))
                .map(p -> {
                    var theirs = measures.getOrDefault(p.id(), List.of());
                    PlanProgress progress = PlanProgress.of(theirs.stream().map(Plans::measure).toList(), today);
                    LocalDate next = theirs.stream().filter(m -> !measure(m).state().isFinal())
                            .map(PlanRows.MeasureRow::deadline).min(LocalDate::compareTo).orElse(null);
                    return new PlanViews.Listed(p.id(), p.sourceCode(), p.sourceName(), p.gridCode(), p.title(),
                            p.period(), progress(progress), next);
                })
                .filter(p -> filter.passesOverdue(p.progress().overdue() > 0)).toList();
    }

    /** The measures of the listed plans, one line each, as the export's table. */
    Tables table(List<PlanViews.Listed> plans) {
        LocalDate today = time.today();
        Map<Long, PlanViews.Listed> byId = plans.stream().collect(Collectors.toMap(PlanViews.Listed::id, p -> p));
        List<List<Object>> lines = new ArrayList<>();
        for (var m : rows.allMeasures()) {
            var p = byId.get(m.planId());
            if (p == null) {
                continue;
            }
            Measure measure = measure(m);
            lines.add(List.of(p.sourceCode(), p.sourceName(), p.gridCode() == null ? "" : p.gridCode(), p.title(),
                    p.period(), m.action(), m.deadline().toString(), m.responsibleName(), m.responsiblePhone(),
                    measure.state().chineseName(), measure.overdueOn(today) ? "是" : "否",
                    m.verifiedAt() == null ? "" : time.dateOf(m.verifiedAt()).toString()));
        }
        return new Tables("一厂一策整改措施", COLUMNS, lines);
    }

    /**
     * The unfinished measures that have gone up past their supervisors on {@code today}, by the case escalation days
     * of their enterprise's district; measures of an enterprise in no grid have no one to go up to.
     */
    public List<Escalated> escalatedOn(LocalDate today) {
        RuleBook book = rules.book();
        return rows.unfinished().stream().filter(r -> r.gridCode() != null)
                .map(r -> new Escalated(String.valueOf(r.id()), r.gridCode(),
                        measure(r).escalation(book.ofGrid(r.gridCode()).caseEscalation(), today), r.deadline(),
                        "一厂一策 " + r.sourceName() + "：" + r.action()))
                .filter(e -> e.level() != Escalation.Level.SUPERVISOR).toList();
    }

    /**
     * An inspection recorded on a measure's duty verifies the measure when it passes; inside its transaction. Only
     * such a duty has a measure: the routine rounds' records are not looked up.
     */
    @EventListener
    void onRecorded(InspectionRecorded recorded) {
        if (recorded.dutyId() != null && recorded.dutyPurpose() == DutyPurpose.MEASURE) {
            verifyOnDuty(recorded.dutyId());
        }
    }

    /** A flagged inspection accepted on review may now count, and verify its measure. */
    @EventListener
    void onReviewed(LocationReviewed reviewed) {
        if (reviewed.dutyId() != null && reviewed.accepted()) {
            verifyOnDuty(reviewed.dutyId());
        }
    }

    private void verifyOnDuty(long dutyId) {
        for (long measureId : rows.measureOfDuty(dutyId)) {
            Measure before = measure(rows.measureForUpdate(measureId).get(0));
            if (before.state().isFinal()) {
                continue;
            }
            rows.inspectedOnDuty(dutyId).stream().map(Plans::inspected).filter(Measure::passes).findFirst()
                    .ifPresent(inspection -> {
                        save(before.verifiedBy(inspection));
                        audit.record(Actor.SYSTEM, inspection.at(), "verify", "plan_measure",
                                String.valueOf(measureId), Map.of("state", before.state().key()),
                                Map.of("state", MeasureState.VERIFIED.key(), "inspection", inspection.id().toString()));
                    });
        }
    }

    private void insert(Actor actor, Instant at, String code, long planId, PlanViews.NewMeasure m) {
        List<Long> inserted = rows.insertMeasure(planId, m.action().strip(), m.deadline(), m.responsibleName().strip(),
                m.responsiblePhone().strip(), m.supervisorId(), at);
        if (inserted.isEmpty()) {
            return;
        }
        long measureId = inserted.get(0);
        String grid = rows.gridOf(code).stream().filter(Objects::nonNull).findFirst().orElse(null);
        if (grid != null) {
            LocalDate today = time.dateOf(at);
            Long checker = m.supervisorId() != null ? m.supervisorId()
                    : staffings.supervisorsByGrid(today).getOrDefault(grid, List.of()).stream().findFirst().orElse(null);
            rows.insertDuty(code, grid, today, m.deadline(), checker, measureId, at);
        }
        audit.record(actor, at, "create", "plan_measure", String.valueOf(measureId), null,
                Map.of("plan_id", planId, "action", m.action().strip(), "deadline", m.deadline().toString()));
    }

    private void checkMeasure(PlanViews.NewMeasure m, String at, LocalDate today, List<InputProblem> problems) {
        if (m == null) {
            problems.add(new InputProblem(at, "a measure is needed", InputCode.REQUIRED, Map.of()));
            return;
        }
        if (m.action() == null || m.action().isBlank()) {
            problems.add(new InputProblem(at + "/action", "what is to be done is needed", InputCode.REQUIRED, Map.of()));
        }
        if (m.deadline() == null) {
            problems.add(new InputProblem(at + "/deadline", "a deadline is needed", InputCode.REQUIRED, Map.of()));
        } else if (m.deadline().isBefore(today) || m.deadline().isAfter(today.plusYears(10))) {
            problems.add(new InputProblem(at + "/deadline", "the deadline " + m.deadline()
                    + " is not between today (" + today + ") and ten years from now", InputCode.OUT_OF_RANGE, Map.of()));
        }
        if (m.responsibleName() == null || m.responsibleName().isBlank()) {
            problems.add(new InputProblem(at + "/responsible_name", "the enterprise's responsible person is needed",
                    InputCode.REQUIRED, Map.of()));
        }
        FreeText.tooLongName(at + "/responsible_name", m.responsibleName()).ifPresent(problems::add);
        if (m.responsiblePhone() == null || !PHONE.matcher(m.responsiblePhone().strip()).matches()) {
            problems.add(new InputProblem(at + "/responsible_phone",
                    "the responsible person's phone is 5 to 20 digits (a dash or a space may separate them)"));
        }
        if (m.supervisorId() != null && !staffings.namesOf(List.of(m.supervisorId())).containsKey(m.supervisorId())) {
            problems.add(new InputProblem(at + "/supervisor_id", "no member of staff " + m.supervisorId()));
        }
    }

    private static void refuseIf(List<InputProblem> problems, String summary) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(summary, problems);
        }
    }

    private PlanRows.PlanRow planOf(String code, long planId) {
        return rows.planOf(planId, code).stream().findFirst()
                .orElseThrow(() -> new NotFound("no plan " + planId + " of enterprise " + code));
    }

    private PlanViews.PlanView one(Actor actor, String code, long planId) {
        return of(actor, code).stream().filter(p -> p.id() == planId).findFirst().orElseThrow();
    }

    private void save(Measure m) {
        rows.updateState(m.id(), m.state().key(), m.reportedAt(), m.verifiedAt(), m.verifiedBy(), m.cancelReason());
    }

    private Map<Long, String> supervisorNames(List<PlanRows.MeasureRow> measures) {
        var ids = measures.stream().map(PlanRows.MeasureRow::supervisorId).filter(Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? new HashMap<>() : staffings.namesOf(ids);
    }

    private PlanViews.PlanView view(PlanRows.PlanRow plan, List<PlanRows.MeasureRow> measures, Actor actor,
                                    Map<Long, String> names, RuleBook book, LocalDate today) {
        List<Measure> domain = measures.stream().map(Plans::measure).toList();
        List<PlanViews.MeasureView> views = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            var row = measures.get(i);
            Measure m = domain.get(i);
            Escalation.Level level = row.gridCode() == null ? Escalation.Level.SUPERVISOR
                    : m.escalation(book.ofGrid(row.gridCode()).caseEscalation(), today);
            views.add(new PlanViews.MeasureView(row.id(), row.action(), row.deadline(), row.responsibleName(),
                    row.responsiblePhone(), row.supervisorId(),
                    row.supervisorId() == null ? null : names.get(row.supervisorId()), row.state(), m.overdueOn(today),
                    level.key(), row.dutyId(), row.reportedAt(), row.verifiedAt(), row.verifiedBy(),
                    row.cancelReason(), actions(actor.scope(), row.gridCode(), m.state())));
        }
        return new PlanViews.PlanView(plan.id(), plan.sourceCode(), plan.title(), plan.period(), plan.createdAt(),
                progress(PlanProgress.of(domain, today)), views);
    }

    /** The steps the person may take on a measure: report and verify (chief, admin), cancel (admin). */
    private static List<String> actions(GridScope scope, String grid, MeasureState state) {
        List<String> actions = new ArrayList<>();
        if (state.isFinal()) {
            return actions;
        }
        boolean administers = administers(scope, grid);
        boolean chief = scope.role() == Role.CHIEF && grid != null && scope.canWrite(grid);
        if ((administers || chief) && state == MeasureState.PLANNED) {
            actions.add("report");
        }
        if (administers || chief) {
            actions.add("verify");
        }
        if (administers) {
            actions.add("cancel");
        }
        return actions;
    }

    static boolean administers(GridScope scope, String grid) {
        return grid == null ? scope.administersCity() : scope.administers(grid);
    }

    private static boolean readable(GridScope scope, String grid) {
        return grid == null ? scope.readsEverything() : scope.canRead(grid);
    }

    private static PlanViews.Progress progress(PlanProgress p) {
        return new PlanViews.Progress(p.measures(), p.verified(), p.overdue(), p.share());
    }

    static Measure measure(PlanRows.MeasureRow r) {
        return new Measure(r.id(), r.planId(), r.action(), r.deadline(),
                MeasureState.valueOf(r.state().toUpperCase(Locale.ROOT)), r.reportedAt(), r.verifiedAt(),
                r.verifiedBy(), r.cancelReason());
    }

    private static Measure.Inspected inspected(PlanRows.InspectedRow r) {
        return new Measure.Inspected(r.id(), r.inspectedAt(), r.counts(), r.findings(), r.checklistAllPassed());
    }
}
