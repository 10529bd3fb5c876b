package com.envgrid.api.coverage;

import com.envgrid.api.city.Cities;
import com.envgrid.api.layer.LayerState;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.people.Staffings;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.access.Staffing;
import com.envgrid.core.coverage.CoverageRollup;
import com.envgrid.core.coverage.CoverageRow;
import com.envgrid.core.coverage.GridFigures;
import com.envgrid.core.coverage.GridFigures.ComplaintCounts;
import com.envgrid.core.coverage.GridFigures.DutyCounts;
import com.envgrid.core.coverage.GridFigures.InspectionCounts;
import com.envgrid.core.coverage.GridFigures.MeasureCounts;
import com.envgrid.core.coverage.GridFigures.ObjectCounts;
import com.envgrid.core.coverage.GridFigures.PatrolCounts;
import com.envgrid.core.coverage.GridFigures.ProblemCounts;
import com.envgrid.core.duty.Period;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.GridLevel;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Coverage for a period: what PostgreSQL counts per grid where things were recorded, rolled up the hierarchy so
 * that every parent is the sum of its children — parks counted once, as themselves —, for the grids of one tier.
 */
@Singleton
public class Coverage {
    private final CoverageQueries queries;
    private final LiveGridLayer layer;
    private final AccessScopes scopes;
    private final Staffings staffings;
    private final DistrictTime time;
    private final Cities cities;
    private final CoverageCache cache;

    Coverage(CoverageQueries queries, LiveGridLayer layer, AccessScopes scopes, Staffings staffings, DistrictTime time,
             Cities cities, CoverageCache cache) {
        this.cities = cities;
        this.cache = cache;
        this.time = time;
        this.queries = queries;
        this.layer = layer;
        this.scopes = scopes;
        this.staffings = staffings;
    }

    /**
     * Every grid's rolled-up figures for the period, from memory while nothing they count has changed
     * ({@link CoverageCache}).
     */
    @Transactional(readOnly = true)
    public Map<String, GridFigures> figures(Period period) {
        LayerState state = layer.current();
        LocalDate today = time.today();
        // what is overdue is counted as of today while the period runs, as of its end after it
        LocalDate asOf = today.isBefore(period.endExclusive()) ? today : period.endExclusive();
        long dataVersion = cache.keeps()
                ? queries.dataVersion(period.start().minusDays(1), period.endExclusive()) : 0;
        return cache.figures(new CoverageCache.Key(period, asOf), state, dataVersion,
                () -> figures(period, null, state.layer(), today));
    }

    /**
     * The rolled-up figures for the period, counting only what was recorded in the given grids (all when null):
     * the figures of a grid are right when it and everything below it are given.
     */
    private Map<String, GridFigures> figures(Period period, java.util.Set<String> only, GridLayer grids,
                                             LocalDate today) {
        Instant from = from(period);
        Instant to = to(period);
        String zone = time.zone().getId();
        queries.planEachRun();
        String[] codes = only == null ? null : only.toArray(String[]::new);
        Map<String, GridFigures> recorded = new HashMap<>();
        Function<String, Boolean> known = code -> code != null && grids.find(code).isPresent();
        for (var d : codes == null
                ? queries.duties(from, to, period.start(), period.endExclusive(), today, zone)
                : queries.dutiesIn(from, to, period.start(), period.endExclusive(), today, zone, codes)) {
            if (known.apply(d.gridCode())) {
                add(recorded, d.gridCode(), GridFigures.ZERO
                        .with(new DutyCounts(d.dutiesDue(), d.dutiesDone(), d.dutiesDoneOnTime(), d.dutiesOverdue()))
                        .with(new ObjectCounts(d.objectsDue(), d.objectsInspected()))
                        .with(new PatrolCounts(d.patrolsDue(), d.patrolsDone())));
            }
        }
        for (var i : codes == null ? queries.inspections(from, to)
                : queries.inspectionsIn(from, to, codes)) {
            if (known.apply(i.gridCode())) {
                add(recorded, i.gridCode(), GridFigures.ZERO.with(
                        new InspectionCounts(i.inspections(), i.inspectionsFlagged())));
            }
        }
        // A case is overdue at the end of a past period when its deadline had passed by then, not by today.
        LocalDate overdueBefore = today.isBefore(period.endExclusive()) ? today : period.endExclusive();
        for (var p : codes == null ? queries.problems(from, to, overdueBefore, zone)
                : queries.problemsIn(from, to, overdueBefore, zone, codes)) {
            if (known.apply(p.gridCode())) {
                add(recorded, p.gridCode(), GridFigures.ZERO.with(new ProblemCounts(p.problemsOpen(),
                        p.problemsOverdue(), p.problemsClosed(), p.problemsClosedOnTime())));
            }
        }
        for (var c : codes == null ? queries.complaints(from, to, zone)
                : queries.complaintsIn(from, to, zone, codes)) {
            if (known.apply(c.gridCode())) {
                add(recorded, c.gridCode(), GridFigures.ZERO.with(new ComplaintCounts(c.complaintsReceived(),
                        c.complaintsClosed(), c.complaintsClosedOnTime(), c.complaintsRated(), c.complaintsSatisfied())));
            }
        }
        for (var m : codes == null ? queries.measures(to, period.start(), period.endExclusive())
                : queries.measuresIn(to, period.start(), period.endExclusive(), codes)) {
            if (known.apply(m.gridCode())) {
                add(recorded, m.gridCode(), GridFigures.ZERO.with(new MeasureCounts(m.measuresDue(),
                        m.measuresVerified())));
            }
        }
        return CoverageRollup.rollUp(grids, recorded);
    }

    /**
     * The tier {@link #rows} takes for the city's single row, above the districts' tier 0. The city is no grid: its
     * row has the city's code and the sums of the districts.
     */
    public static final int CITY_TIER = -1;

    /** The level key of the city's row. */
    public static final String CITY_LEVEL = "city";

    /** The city: its GB/T 2260 code and name. */
    public record City(String code, String name) {
    }

    /** The city the districts make up: its GB/T 2260 code ({@code city} while it has none) and name (全市 until set). */
    public City city() {
        String name = cities.city().name();
        return new City(cities.code().orElse(CITY_LEVEL), name != null ? name : "全市");
    }

    /** The rows of one tier (or of every grid's tier when null) the caller may read, with whether each is staffed. */
    @Transactional(readOnly = true)
    public List<CoverageRow> rows(Period period, Integer tier) {
        return rows(period, tier, scopes.current());
    }

    /**
     * The rows of one tier (or of every grid's tier when null) the scope reads, with whether each is staffed; at
     * {@link #CITY_TIER} the city's row for those who read every district, and none for anyone else.
     */
    @Transactional(readOnly = true)
    public List<CoverageRow> rows(Period period, Integer tier, GridScope scope) {
        return rows(period, java.util.Arrays.asList(tier), scope).get(0);
    }

    /** The rows of each of several tiers (as {@link #rows(Period, Integer)}), all from one count of the period. */
    @Transactional(readOnly = true)
    public List<List<CoverageRow>> rows(Period period, List<Integer> tiers) {
        return rows(period, tiers, scopes.current());
    }

    private List<List<CoverageRow>> rows(Period period, List<Integer> tiers, GridScope scope) {
        GridLayer grids = layer.layer();
        Staffing staffing = staffings.today();
        Map<String, GridFigures> figures = figures(period);
        List<List<CoverageRow>> result = new ArrayList<>();
        for (Integer tier : tiers) {
            if (tier != null && tier == CITY_TIER) {
                result.add(scope.readsEverything() ? List.of(cityRow(grids, staffing, figures)) : List.of());
                continue;
            }
            result.add(grids.grids().stream()
                    .filter(g -> tier == null || grids.tierOf(g) == tier)
                    .filter(g -> scope.canRead(g.code()))
                    .map(g -> new CoverageRow(g.code(), g.name(), g.level().key(), grids.tierOf(g), g.parentCode(),
                            staffed(grids, staffing, g), figures.getOrDefault(g.code(), GridFigures.ZERO)))
                    .toList());
        }
        return result;
    }

    /** The city's row: the districts summed, staffed when every district is. */
    private CoverageRow cityRow(GridLayer grids, Staffing staffing, Map<String, GridFigures> figures) {
        City city = city();
        List<Grid> districts = grids.districts();
        int unstaffed = (int) districts.stream().filter(d -> !staffing.staffed(d)).count();
        var staffed = new CoverageRow.Staffed(!districts.isEmpty() && unstaffed == 0,
                districts.stream().anyMatch(staffing::anyoneResponsible), districts.size(), unstaffed,
                districts.isEmpty() ? List.of() : List.of(GridLevel.DISTRICT.key()));
        return new CoverageRow(city.code(), city.name(), CITY_LEVEL, CITY_TIER, null, staffed,
                CoverageRollup.city(grids, figures));
    }

    /**
     * The rows of {@link #rows} whose parent is the given grid — or, for the city's code, the districts —, which the
     * caller must be able to read.
     */
    @Transactional(readOnly = true)
    public List<CoverageRow> childRows(Period period, String parent) {
        if (isCity(parent)) {
            return rows(period, 0);
        }
        Grid grid = readable(parent);
        GridLayer grids = layer.layer();
        return rows(period, grids.tierOf(grid) + 1).stream().filter(r -> parent.equals(r.parent())).toList();
    }

    /** Whether the code is the city's, which those who read every district may ask for; 404 for anyone else. */
    boolean isCity(String code) {
        if (!city().code().equals(code) || layer.layer().find(code).isPresent()) {
            return false;
        }
        if (!scopes.current().readsEverything()) {
            throw new NotFound("no grid " + code + " that you may see");
        }
        return true;
    }

    private static CoverageRow.Staffed staffed(GridLayer grids, Staffing staffing, Grid grid) {
        List<Grid> children = grids.children(grid.code());
        return new CoverageRow.Staffed(staffing.staffed(grid), staffing.anyoneResponsible(grid), children.size(),
                staffing.unstaffedChildren(grid).size(),
                children.stream().map(c -> c.level().key()).distinct().toList());
    }

    private Grid readable(String code) {
        return layer.layer().find(code).filter(g -> scopes.current().canRead(g.code()))
                .orElseThrow(() -> new NotFound("no grid " + code + " that you may see"));
    }

    /** One grid's row for the period and the {@code count - 1} periods of the same kind before it, oldest first. */
    @Transactional(readOnly = true)
    List<Map.Entry<Period, CoverageRow>> trend(String code, Period period, int count) {
        if (isCity(code)) {
            return periods(period, count).stream().map(p -> Map.entry(p, rows(p, CITY_TIER).get(0))).toList();
        }
        Grid grid = readable(code);
        GridLayer grids = layer.layer();
        CoverageRow.Staffed staffed = staffed(grids, staffings.today(), grid);
        java.util.Set<String> below = new java.util.HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(code));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            below.add(next);
            grids.children(next).forEach(child -> todo.push(child.code()));
        }
        return periods(period, count).stream().map(p -> Map.entry(p, new CoverageRow(grid.code(), grid.name(), grid.level().key(),
                grids.tierOf(grid), grid.parentCode(), staffed, figures(p, below, grids, time.today()).getOrDefault(code, GridFigures.ZERO))))
                .toList();
    }

    /** The period and the {@code count - 1} periods of the same kind before it, oldest first. */
    private static List<Period> periods(Period period, int count) {
        List<Period> periods = new ArrayList<>();
        for (Period p = period; periods.size() < count; p = p.previous()) {
            periods.add(0, p);
        }
        return periods;
    }

    /** The problems and complaints of the period in the grids the caller may read. */
    List<CoverageQueries.Point> points(Period period) {
        GridScope scope = scopes.current();
        return queries.points(from(period), to(period), time.today(), time.zone().getId()).stream()
                .filter(p -> scope.canRead(p.gridCode())).toList();
    }

    Grid grid(String code) {
        return layer.layer().find(code).orElseThrow();
    }

    /** A row's geometry as the map draws it; the city's is the union of its districts'. */
    org.locationtech.jts.geom.Geometry displayGeometry(CoverageRow row) {
        if (row.tier() == CITY_TIER) {
            return org.locationtech.jts.operation.union.UnaryUnionOp.union(layer.layer().districts().stream()
                    .map(d -> layer.displayGeometry(d, 20)).toList());
        }
        return layer.displayGeometry(grid(row.code()), 20);
    }

    private Instant from(Period period) {
        return time.startOf(period.start());
    }

    private Instant to(Period period) {
        return time.startOf(period.endExclusive());
    }

    private static void add(Map<String, GridFigures> into, String grid, GridFigures figures) {
        into.merge(grid, figures, GridFigures::plus);
    }
}
