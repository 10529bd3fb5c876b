package com.envgrid.demo.activity;

import com.envgrid.api.duty.Duties;
import com.envgrid.api.duty.DutyView;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.inspection.InspectionRequest;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.duty.Period;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.inspection.FindingCategory;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static com.envgrid.core.inspection.FindingCategory.DUST;
import static com.envgrid.core.inspection.FindingCategory.EXHAUST;
import static com.envgrid.core.inspection.FindingCategory.HAZARDOUS_WASTE;
import static com.envgrid.core.inspection.FindingCategory.NOISE;
import static com.envgrid.core.inspection.FindingCategory.OTHER;
import static com.envgrid.core.inspection.FindingCategory.RIVER_LITTER;
import static com.envgrid.core.inspection.FindingCategory.SOLID_WASTE;
import static com.envgrid.core.inspection.FindingCategory.STRAW_BURNING;
import static com.envgrid.core.inspection.FindingCategory.WASTEWATER;

/**
 * The supervisors' inspections of a quarter's duties, as many done in each first-level grid as its
 * {@link GridProfile} says — most in their window, some late —, one source of each unvisited all quarter, a few
 * fixes far from the target; about one in seven source inspections and fewer patrols find a problem, whose case is
 * then followed. Duties of grids nobody supervises stay undone.
 */
@Singleton
class Fieldwork {
    private static final Set<String> ONCE_OR_TWICE_A_QUARTER = Set.of("B", "C");
    private static final List<FindingCategory> AT_ENTERPRISES = List.of(WASTEWATER, EXHAUST, EXHAUST, HAZARDOUS_WASTE,
            SOLID_WASTE);
    private static final List<FindingCategory> AT_SITES = List.of(DUST, DUST, NOISE, SOLID_WASTE);
    private static final List<FindingCategory> ON_RIVERS = List.of(RIVER_LITTER, RIVER_LITTER, WASTEWATER);
    private static final List<FindingCategory> IN_FIELDS_AT_HARVEST = List.of(STRAW_BURNING, STRAW_BURNING,
            SOLID_WASTE, DUST);
    private static final List<FindingCategory> ON_PATROL = List.of(SOLID_WASTE, SOLID_WASTE, DUST, NOISE, OTHER);

    private final Duties duties;
    private final FieldRecords records;
    private final CaseFollowUp cases;
    private final Places places;
    private final SupervisedObjects objects;
    private final LiveGridLayer layer;

    Fieldwork(Duties duties, FieldRecords records, CaseFollowUp cases, Places places, SupervisedObjects objects,
              LiveGridLayer layer) {
        this.duties = duties;
        this.records = records;
        this.cases = cases;
        this.places = places;
        this.objects = objects;
        this.layer = layer;
    }

    /**
     * What the year leaves undone: in each first-level grid, one source rated B or C that nobody visits in a quarter
     * — never its only source due every quarter, which would leave it nothing covered —; and, as the quarters go by,
     * the duties dealt with already (a duty whose window spans two quarters is listed in both).
     */
    record Year(Map<Period, Set<String>> unvisited, Set<Long> handled) {
        boolean unvisited(String targetCode, LocalDate day) {
            return unvisited.entrySet().stream().anyMatch(e -> e.getKey().start().compareTo(day) <= 0
                    && day.isBefore(e.getKey().endExclusive()) && e.getValue().contains(targetCode));
        }
    }

    Year year(Timeline timeline, Cast cast, SplittableRandom random) {
        Map<String, List<SupervisedObjects.Source>> dueEveryQuarter = new TreeMap<>();
        objects.located().stream().filter(s -> !s.rating().equals("A") && s.status().equals("operating"))
                .forEach(s -> dueEveryQuarter.computeIfAbsent(cast.firstLevelOf(s.gridCode()), k -> new ArrayList<>())
                        .add(s));
        Map<Period, Set<String>> unvisited = new HashMap<>();
        for (Period quarter : timeline.quarters()) {
            Set<String> skipped = new HashSet<>();
            for (List<SupervisedObjects.Source> sources : dueEveryQuarter.values()) {
                List<String> seldom = sources.stream().filter(s -> ONCE_OR_TWICE_A_QUARTER.contains(s.rating()))
                        .filter(s -> !s.keyDischarger()).map(SupervisedObjects.Source::code).toList();
                if (sources.size() > 1 && !seldom.isEmpty()) {
                    skipped.add(Randomly.oneOf(seldom, random));
                }
            }
            unvisited.put(quarter, skipped);
        }
        return new Year(unvisited, new HashSet<>());
    }

    /** @return the inspections recorded */
    int quarter(Timeline timeline, int index, Cast cast, Year year, SplittableRandom random) {
        Period quarter = timeline.quarters().get(index);
        int recorded = 0;
        for (Grid first : layer.layer().firstLevel()) {
            Player chief = cast.chiefOf(first.code());
            GridProfile profile = GridProfile.of(first.code());
            List<DutyView> due = duties.list(chief.actor(), quarter, false, null, null).stream()
                    .filter(d -> d.purpose().equals("routine") && year.handled().add(d.id())).toList();
            Set<DutyView> done = Randomly.share(due, profile.completion(index), random);
            for (DutyView duty : due) {
                if (duty.supervisorId() == null || !done.contains(duty)) {
                    continue;
                }
                Instant at = random.nextDouble() < profile.late()
                        ? timeline.workingMoment(duty.dueBy().plusDays(1), duty.dueBy().plusDays(10), random)
                        : timeline.workingMoment(duty.dueFrom(), duty.dueBy(), random);
                if (!timeline.past(at) || year.unvisited(duty.targetCode(), timeline.day(at))) {
                    continue;
                }
                double[] fix = random.nextDouble() < profile.farFixes()
                        ? Places.around(duty.lon(), duty.lat(), 2500, 4000, random) : fixAt(duty, random);
                List<InspectionRequest.Finding> findings = findings(duty, at, timeline, random);
                var inspection = records.record(cast.byId(duty.supervisorId()), at, duty.id(), duty.targetKind(),
                        duty.targetCode(), fix, findings, findings.isEmpty() ? "例行巡查，未发现问题" : null, random);
                recorded++;
                for (long caseId : inspection.cases()) {
                    cases.follow(caseId, inspection.receivedAt(), duty.gridCode(), new double[]{duty.lon(), duty.lat()},
                            cast, timeline, random);
                }
            }
        }
        return recorded;
    }

    /** Where a supervisor stands: at the source or the river, or anywhere in the grid on patrol. */
    private double[] fixAt(DutyView duty, SplittableRandom random) {
        return duty.targetKind().equals("grid_patrol") ? places.inside(duty.gridCode(), random)
                : Places.around(duty.lon(), duty.lat(), 3, 60, random);
    }

    private List<InspectionRequest.Finding> findings(DutyView duty, Instant at, Timeline timeline, SplittableRandom random) {
        int percent = switch (duty.targetKind()) {
            case "source" -> 15;
            case "river_patrol" -> 8;
            default -> 4;
        };
        if (random.nextInt(100) >= percent) {
            return List.of();
        }
        List<FindingCategory> likely = switch (duty.targetKind()) {
            case "source" -> objects.source(duty.targetCode()).map(SupervisedObjects.Source::kind)
                    .filter(kind -> kind.equals("construction_site")).isPresent() ? AT_SITES : AT_ENTERPRISES;
            case "river_patrol" -> ON_RIVERS;
            default -> isVillage(duty.gridCode()) && timeline.harvest(at) ? IN_FIELDS_AT_HARVEST : ON_PATROL;
        };
        return List.of(Findings.of(Randomly.oneOf(likely, random), random));
    }

    private boolean isVillage(String gridCode) {
        return layer.layer().find(gridCode).map(g -> g.level() == GridLevel.VILLAGE).orElse(false);
    }
}
