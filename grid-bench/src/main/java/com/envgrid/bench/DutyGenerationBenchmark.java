package com.envgrid.bench;

import com.envgrid.core.source.CreditRating;
import com.envgrid.core.duty.DutyAssigner;
import com.envgrid.core.duty.DutyPlanner;
import com.envgrid.core.duty.InspectionRules;
import com.envgrid.core.duty.Period;
import com.envgrid.core.duty.PlannedDuty;
import com.envgrid.core.duty.Target;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * A quarter's duties for a district of 4,000 grids (an 80 × 50 lattice of cells about 1 km wide near lon 120,
 * lat 30) holding 20,000 sources with random ratings, 10 % of them key dischargers and 5 % each in a protection zone
 * or with a recent complaint, plus one patrol per grid (4 a month). 1,000 supervisors: 700 in one grid, 300 in two,
 * at most two per grid, so most grids have nobody. Fixed seed; the score is milliseconds per whole quarter, single
 * thread: planning alone, and planning followed by assignment.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class DutyGenerationBenchmark {
    static final int COLUMNS = 80;
    static final int ROWS = 50;
    static final int SOURCES = 20_000;
    static final int SUPERVISORS = 1_000;
    static final double CELL = 0.01;

    private final DutyPlanner planner = new DutyPlanner(InspectionRules.DEFAULT);
    private final Period quarter = Period.parse("2026-Q4");
    private List<Target> targets;
    private Map<String, List<Long>> supervisorsByGrid;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        int grids = COLUMNS * ROWS;
        targets = new ArrayList<>();
        CreditRating[] ratings = CreditRating.values();
        for (int i = 0; i < SOURCES; i++) {
            int grid = random.nextInt(grids);
            targets.add(Target.source("S" + i, code(grid), lon(grid) + random.nextDouble() * CELL,
                    lat(grid) + random.nextDouble() * CELL, ratings[random.nextInt(ratings.length)],
                    random.nextInt(10) == 0, random.nextInt(20) == 0, random.nextInt(20) == 0));
        }
        for (int grid = 0; grid < grids; grid++) {
            targets.add(Target.gridPatrol(code(grid), lon(grid) + CELL / 2, lat(grid) + CELL / 2));
        }
        supervisorsByGrid = new HashMap<>();
        for (long person = 1; person <= SUPERVISORS; person++) {
            int gridsOfPerson = person <= 700 ? 1 : 2;
            for (int placed = 0; placed < gridsOfPerson; ) {
                List<Long> staff = supervisorsByGrid.computeIfAbsent(code(random.nextInt(grids)),
                        g -> new ArrayList<>());
                if (staff.size() < 2 && !staff.contains(person)) {
                    staff.add(person);
                    placed++;
                }
            }
        }
    }

    private static String code(int grid) {
        return "G" + grid;
    }

    private static double lon(int grid) {
        return 120 + (grid % COLUMNS) * CELL;
    }

    private static double lat(int grid) {
        return 30 + (grid / COLUMNS) * CELL;
    }

    @Benchmark
    public List<PlannedDuty> planQuarter() {
        return planner.plan(targets, quarter);
    }

    @Benchmark
    public Map<PlannedDuty, Long> planAndAssignQuarter() {
        return DutyAssigner.assign(planner.plan(targets, quarter), supervisorsByGrid, Map.of());
    }
}
