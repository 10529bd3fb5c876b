package com.envgrid.bench;

import com.envgrid.core.grid.location.BatchLocator;
import com.envgrid.core.grid.location.GridLocator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;

/**
 * The location step of an import or a re-location: the grid of each of {@value #POINTS} random points on the
 * benchmark district ({@link BatchLocationData}, the same points and grids grid-bench/load/batch-location.sh gives
 * PostGIS). {@code batch}: {@link BatchLocator} (Hilbert order, parallel runs on the common pool); {@code oneByOne}:
 * {@link GridLocator#locate} per point in the order given, one thread — what the import did before. Score: points
 * per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class BatchLocationBenchmark {
    static final int POINTS = 1_000_000;

    private GridLocator locator;
    private BatchLocator batch;
    private double[][] p;

    @Setup
    public void setUp() {
        var layer = BatchLocationData.layer();
        locator = new GridLocator(layer);
        batch = new BatchLocator(locator);
        p = BatchLocationData.points(layer, POINTS);
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public List<String> batch() {
        return batch.deepestCodes(p[0], p[1]);
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public void oneByOne(Blackhole hole) {
        for (int i = 0; i < p[0].length; i++) {
            hole.consume(locator.locate(p[0][i], p[1][i]).deepest().map(g -> g.code()).orElse(null));
        }
    }
}
