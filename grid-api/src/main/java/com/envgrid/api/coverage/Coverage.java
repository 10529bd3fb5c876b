package com.envgrid.api.coverage;

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
import com.envgrid.core.coverage.GridFigures.ObjectCounts;
import com.envgrid.core.coverage.GridFigures.PatrolCounts;
import com.envgrid.core.coverage.GridFigures.ProblemCounts;
import com.envgrid.core.duty.Period;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
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

    Coverage(CoverageQueries queries, LiveGridLayer layer, AccessScopes scopes, Staffings staffings, DistrictTime time) {
        this.time = time;
        this.queries = queries;
        this.layer = layer;
        this.scopes = scopes;
        this.staffings = staffings;
    }

    /** Every grid's rolled-up figures for the period. */
    @Transactional(readOnly = true)
    public Map<String, GridFigures> figures(Period period) {
        return figures(period, null);
    }

    /**
     * The rolled-up figures for the period, counting only what was recorded in the given grids (all when null):
     * the figures of a grid are right when it and everything below it are given.
     */
    private Map<String, GridFigures> figures(Period period, java.util.Set<String> only) {
        Instant from = from(period);
        Instant to = to(period);
        LocalDate today = time.today();
        String zone = time.zone().getId();
        queries.planEachRun();
        String[] codes = only == null ? null : only.toArray(String[]::new);
        Map<String, GridFigures> recorded = new HashMap<>();
        GridLayer grids = layer.layer();
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
        return CoverageRollup.rollUp(grids, recorded);
    }

    /** The rows of one tier (or of every tier when null) the caller may read, with whether each is staffed. */
    @Transactional(readOnly = true)
    public List<CoverageRow> rows(Period period, Integer tier) {
        return rows(period, tier, scopes.current());
    }

    /** The rows of one tier (or of every tier when null) the scope reads, with whether each is staffed. */
    @Transactional(readOnly = true)
    public List<CoverageRow> rows(Period period, Integer tier, GridScope scope) {
        GridLayer grids = layer.layer();
        Staffing staffing = staffings.today();
        Map<String, GridFigures> figures = figures(period);
        return grids.grids().stream()
                .filter(g -> tier == null || grids.tierOf(g) == tier)
                .filter(g -> scope.canRead(g.code()))
                .map(g -> new CoverageRow(g.code(), g.name(), g.level().key(), grids.tierOf(g), g.parentCode(),
                        staffed(grids, staffing, g), figures.getOrDefault(g.code(), GridFigures.ZERO)))
                .toList();
    }

    /** The rows of {@link #rows} whose parent is the given grid, which the caller must be able to read. */
    @Transactional(readOnly = true)
    public List<CoverageRow> childRows(Period period, String parent) {
        Grid grid = readable(parent);
        GridLayer grids = layer.layer();
        return rows(period, grids.tierOf(grid) + 1).stream().filter(r -> parent.equals(r.parent())).toList();
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
        List<Period> periods = new ArrayList<>();
        for (Period p = period; periods.size() < count; p = p.previous()) {
            periods.add(0, p);
        }
        return periods.stream().map(p -> Map.entry(p, new CoverageRow(grid.code(), grid.name(), grid.level().key(),
                grids.tierOf(grid), grid.parentCode(), staffed, figures(p, below).getOrDefault(code, GridFigures.ZERO))))
                .toList();
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

    org.locationtech.jts.geom.Geometry displayGeometry(String code) {
        return layer.displayGeometry(grid(code), 20);
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
