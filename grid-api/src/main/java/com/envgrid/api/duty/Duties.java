package com.envgrid.api.duty;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.people.Staffings;
import com.envgrid.api.radiation.RadiationHoldings;
import com.envgrid.api.rules.CityRules;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.ListFilter;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.duty.TargetKind;
import com.envgrid.core.duty.AssignedDuty;
import com.envgrid.core.duty.Duty;
import com.envgrid.core.duty.DutyAssigner;
import com.envgrid.core.duty.DutyKey;
import com.envgrid.core.duty.DutyPlanner;
import com.envgrid.core.duty.DutyPurpose;
import com.envgrid.core.duty.DutyStatus;
import com.envgrid.core.duty.Period;
import com.envgrid.core.duty.PlannedDuty;
import com.envgrid.core.duty.Target;
import com.envgrid.core.duty.TargetKind;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.rules.RuleBook;
import com.envgrid.core.source.CreditRating;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.locationtech.jts.geom.Point;


import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Duty generation for a period and the duty lists. Generation is idempotent — a duty is identified by its target,
 * grid and due window, so a re-run creates only what is missing — and moves open duties whose supervisor no
 * longer answers for the grid, never done ones. Targets: operating sources located in a grid, a patrol of every
 * grid below the first level that is not split further, and each river segment in every such grid it crosses.
 */
@Singleton
public class Duties {
    private final DutyRows duties;
    private final CityRules rules;
    private final SupervisedObjects objects;
    private final Staffings staffings;
    private final LiveGridLayer layer;
    private final Audit audit;
    private final DistrictTime time;
    private final int recentComplaintDays;
    private final ApplicationEventPublisher<Object> events;
    private final RadiationHoldings radiation;

    Duties(DutyRows duties, CityRules rules, SupervisedObjects objects, Staffings staffings, LiveGridLayer layer,
           Audit audit, DistrictTime time, DutySettings settings, ApplicationEventPublisher<Object> events,
           RadiationHoldings radiation) {
        this.duties = duties;
        this.rules = rules;
        this.objects = objects;
        this.staffings = staffings;
        this.layer = layer;
        this.audit = audit;
        this.time = time;
        this.recentComplaintDays = settings.recentComplaintDays();
        this.events = events;
        this.radiation = radiation;
    }

    /** A duty, as an inspection made for it names it. */
    public Optional<Duty> find(long id) {
        return duties.findById(id).map(DutyRow::duty);
    }

    /**
     * The routine duties of a period as its list shows them (due windows overlapping it), how many of them no
     * supervisor has, and whether the period was generated: some window begins in it (windows that began before
     * came from generating an earlier period).
     */
    public record Scheduled(int duties, int unassigned, boolean generated) {
    }

    public Scheduled scheduled(Period period) {
        List<DutyRow> rows = duties.findOverlapping(period.start(), period.endExclusive()).stream()
                .filter(row -> row.purpose() == DutyPurpose.ROUTINE).toList();
        return new Scheduled(rows.size(), (int) rows.stream().filter(row -> row.supervisorId() == null).count(),
                rows.stream().anyMatch(row -> !row.dueFrom().isBefore(period.start())));
    }

    /** Generates the period's routine duties of the grids the actor administers (a district's: their district). */
    @Transactional
    public GenerationReport generate(Actor actor, Instant at, Period period) {
        duties.lockGeneration();
        GridScope scope = actor.scope();
        List<PlannedDuty> planned = planned(period, scope);
        Map<DutyKey, DutyRow> existing = new HashMap<>();
        LocalDate earliest = planned.stream().map(PlannedDuty::dueFrom).min(LocalDate::compareTo).orElse(period.start());
        for (DutyRow row : duties.findOverlapping(earliest, period.endExclusive())) {
            if (row.purpose() == DutyPurpose.ROUTINE && scope.administers(row.gridCode())) {
                existing.put(key(row), row);
            }
        }
        Map<String, List<Long>> supervisors = staffings.supervisorsByGrid(time.dateOf(at));
        Map<Long, Integer> load = new HashMap<>();
        existing.values().stream().filter(r -> r.supervisorId() != null && r.doneAt() == null)
                .forEach(r -> load.merge(r.supervisorId(), 1, Integer::sum));

        List<AssignedDuty> known = new ArrayList<>();
        List<PlannedDuty> missing = new ArrayList<>();
        for (PlannedDuty p : planned) {
            DutyRow row = existing.get(p.key());
            if (row == null) {
                missing.add(p);
            } else {
                known.add(new AssignedDuty(p, row.supervisorId(), row.doneAt() != null));
            }
        }
        int reassigned = 0;
        for (AssignedDuty moved : DutyAssigner.reassignOpen(known, supervisors, Map.of())) {
            DutyRow row = existing.get(moved.duty().key());
            if (!Objects.equals(row.supervisorId(), moved.supervisor())) {
                duties.reassign(row.id(), moved.supervisor());
                reassigned++;
            }
        }
        Map<PlannedDuty, Long> assigned = DutyAssigner.assign(missing, supervisors, load);
        List<DutyRow> created = missing.stream().map(p -> new DutyRow(null, p.target().kind(), p.target().code(),
                p.target().gridCode(), p.dueFrom(), p.dueBy(), assigned.get(p), null, DutyPurpose.ROUTINE, at)).toList();
        var saved = duties.saveAll(created);
        if (saved.stream().anyMatch(d -> d.supervisorId() != null)) {
            events.publishEvent(new DutiesAssigned(period.label(), at, newDuties(saved)));
        }
        int unassigned = (int) planned.stream().filter(p -> !supervisors.containsKey(p.target().gridCode())).count();
        GenerationReport report = new GenerationReport(period.label(), planned.size(), created.size(), reassigned,
                unassigned);
        audit.record(actor, at, "generate", "duty_period", period.label(), null, report);
        return report;
    }

    /** What the rules of each target's district make due in the period, for the targets the actor administers. */
    private List<PlannedDuty> planned(Period period, GridScope scope) {
        RuleBook book = rules.book();
        return targets(period, book).stream().filter(t -> scope.administers(t.gridCode()))
                .collect(Collectors.groupingBy(t -> book.ofGrid(t.gridCode()).inspectionRules(), LinkedHashMap::new,
                        Collectors.toList()))
                .entrySet().stream().flatMap(e -> new DutyPlanner(e.getKey()).plan(e.getValue(), period).stream())
                .toList();
    }

    /** The duties a run created for supervisors, with their targets' names for the digest each supervisor gets. */
    private List<DutiesAssigned.NewDuty> newDuties(List<DutyRow> created) {
        Map<String, String> names = new HashMap<>();
        objects.located().forEach(s -> names.put(s.code(), s.name()));
        objects.riversInGrids().forEach(r -> names.put(r.segmentCode(), r.riverName()));
        GridLayer grids = layer.layer();
        return created.stream().filter(d -> d.supervisorId() != null).map(d -> {
            String gridName = grids.find(d.gridCode()).map(Grid::name).orElse(d.gridCode());
            return new DutiesAssigned.NewDuty(d.id(), d.supervisorId(), d.targetKind().chineseName(),
                    names.getOrDefault(d.targetCode(), gridName), gridName, d.dueFrom(), d.dueBy());
        }).toList();
    }

    /**
     * What is to be inspected in the period: operating sources — marked when a complaint pointed at them (its
     * investigation opened a case about the source) in the days before the period or during it, and due at least as
     * often as the classes of the radiation sources and devices they hold make them in their district —, grid
     * patrols and river patrols.
     */
    private List<Target> targets(Period period, RuleBook book) {
        var complained = new HashSet<>(duties.sourcesComplainedAbout(
                time.startOf(period.start().minusDays(recentComplaintDays)),
                time.startOf(period.endExclusive())));
        var radiationHeld = radiation.heldByHolder();
        List<Target> targets = new ArrayList<>();
        for (var s : objects.located()) {
            if (s.status().equals("operating")) {
                targets.add(Target.source(s.code(), s.gridCode(), s.lon(), s.lat(), CreditRating.valueOf(s.rating()),
                        s.keyDischarger(), s.inProtectionZone(), complained.contains(s.code())).atLeast(book
                        .ofGrid(s.gridCode()).radiationFrequencies().strictest(radiationHeld.getOrDefault(s.code(),
                                List.of())).orElse(null)));
            }
        }
        GridLayer grids = layer.layer();
        for (Grid g : patrolled(grids)) {
            Point at = grids.effectiveGeometry(g.code()).getInteriorPoint();
            targets.add(Target.gridPatrol(g.code(), at.getX(), at.getY()));
        }
        for (var r : objects.riversInGrids()) {
            targets.add(Target.riverPatrol(r.segmentCode(), r.gridCode(), r.lon(), r.lat()));
        }
        return targets;
    }

    /** The grids walked on patrol: below the first level and not split further. */
    private static List<Grid> patrolled(GridLayer grids) {
        return grids.grids().stream()
                .filter(g -> g.level() != GridLevel.DISTRICT && !g.level().isFirstLevel())
                .filter(g -> grids.children(g.code()).isEmpty())
                .toList();
    }

    /** The duties of a period the caller may see — all of them, or only their own —, by grid and status. */
    /**
     * The duties of the period as {@link #list(Actor, Period, boolean, String, String)} gives them, of a target kind
     * (null: any), due on the filter's days, in its grids, and overdue if asked.
     */
    List<DutyView> list(Actor actor, Period period, boolean mine, String status, TargetKind kind, ListFilter filter) {
        return list(actor, period, mine, null, status).stream()
                .filter(d -> kind == null || d.targetKind().equals(kind.key()))
                .filter(d -> filter.inGrid(d.gridCode()) && filter.onDay(d.dueBy())
                        && filter.passesOverdue(DutyStatus.OVERDUE.key().equals(d.status())))
                .toList();
    }

    public List<DutyView> list(Actor actor, Period period, boolean mine, String grid, String status) {
        GridScope scope = actor.scope();
        List<DutyRow> rows = duties.findListed(period.start(), period.endExclusive(), scope.readsEverything(),
                scope.reachableGrids().toArray(String[]::new), mine ? actor.person() : null, grid, status, time.today());
        return views(rows);
    }

    /** A source's latest duties (by due date) in the grids the caller may read, at most {@code limit}. */
    public List<DutyView> ofSource(GridScope scope, String code, int limit) {
        return views(duties.findOfTarget(TargetKind.SOURCE.key(), code, limit).stream()
                .filter(r -> scope.canRead(r.gridCode())).toList());
    }

    private List<DutyView> views(List<DutyRow> rows) {
        Map<String, SupervisedObjects.Source> sources = new HashMap<>();
        objects.located().forEach(s -> sources.put(s.code(), s));
        Map<String, SupervisedObjects.RiverInGrid> rivers = new HashMap<>();
        objects.riversInGrids().forEach(r -> rivers.put(r.segmentCode() + "/" + r.gridCode(), r));
        Map<Long, String> names = staffings.namesOf(rows.stream().map(DutyRow::supervisorId).filter(Objects::nonNull)
                .distinct().toList());
        GridLayer grids = layer.layer();
        LocalDate today = time.today();
        List<DutyView> views = new ArrayList<>();
        for (DutyRow r : rows) {
            String gridName = grids.find(r.gridCode()).map(Grid::name).orElse(r.gridCode());
            String targetName;
            double lon;
            double lat;
            switch (r.targetKind()) {
                case SOURCE -> {
                    var s = sources.get(r.targetCode());
                    targetName = s == null ? r.targetCode() : s.name();
                    lon = s == null ? Double.NaN : s.lon();
                    lat = s == null ? Double.NaN : s.lat();
                }
                case RIVER_PATROL -> {
                    var river = rivers.get(r.targetCode() + "/" + r.gridCode());
                    targetName = river == null ? r.targetCode() : river.riverName();
                    lon = river == null ? Double.NaN : river.lon();
                    lat = river == null ? Double.NaN : river.lat();
                }
                default -> {
                    targetName = gridName;
                    Point at = grids.find(r.gridCode()).map(g -> grids.effectiveGeometry(g.code()).getInteriorPoint())
                            .orElse(null);
                    lon = at == null ? Double.NaN : at.getX();
                    lat = at == null ? Double.NaN : at.getY();
                }
            }
            views.add(new DutyView(r.id(), r.targetKind().key(), r.targetCode(), targetName, r.gridCode(),
                    gridName, r.dueFrom(), r.dueBy(), r.supervisorId(),
                    r.supervisorId() == null ? null : names.get(r.supervisorId()),
                    r.duty().statusOn(today).key(), r.purpose().key(), lon, lat));
        }
        return views;
    }

    private static DutyKey key(DutyRow row) {
        return new DutyKey(row.targetKind(), row.targetCode(), row.gridCode(), row.dueFrom());
    }
}
