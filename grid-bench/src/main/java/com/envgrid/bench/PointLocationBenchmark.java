package com.envgrid.bench;

import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.geojson.GridFeatureReader;
import com.envgrid.core.grid.geojson.PropertyMapping;
import com.envgrid.core.grid.location.GridLocator;
import com.envgrid.demo.synthetic.SyntheticDistrict;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Point location on one layer — a city of {@code districts} benchmark districts side by side, each of 40
 * first-level grids of about 100 second-level grids of about 200 vertices (4,041 grids per district) — both
 * sides on the same layer and the same {@value #POINTS} points, single thread, points per second:
 * <ul>
 * <li>{@code indexedLocator}: the platform, {@link GridLocator#locate} — the deepest grid and its chain of
 * ancestors up to the district, with its rules for shared boundaries and overlaps;</li>
 * <li>{@code bareStrTreeFloor}: the floor it is held to — a bare JTS {@link STRtree} over the layer's deepest grids
 * (those without children), an {@link IndexedPointInAreaLocator} per grid's effective geometry, the first grid that
 * covers the point answers (no chain, no rules).</li>
 * </ul>
 * The points are uniform in the city's extent (some fall between districts and in no grid), {@code order=random}
 * as drawn, {@code order=zorder} the same points sorted along a Z-order (Morton) curve, as a batch would feed them.
 * Each invocation locates the next {@value #CHUNK} points of the million, wrapping around, so every side sees the
 * same sequence.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PointLocationBenchmark {
    static final int POINTS = 1_000_000;
    static final int CHUNK = 10_000;

    @Param({"1"})
    public int districts;

    @Param({"random", "zorder"})
    public String order;

    private GridLocator locator;
    private STRtree floor;
    private double[] xs;
    private double[] ys;
    private int next;

    @Setup
    public void setUp() {
        String geoJson = SyntheticDistrict.benchmarkCityGeoJson(42, districts, 40, 100, 200);
        GridLayer layer = GridLayer.of(GridFeatureReader.read(geoJson.getBytes(StandardCharsets.UTF_8),
                PropertyMapping.DEFAULT).grids(), true);
        locator = new GridLocator(layer);
        floor = new STRtree();
        for (Grid g : layer.grids()) {
            if (layer.children(g.code()).isEmpty()) {
                var area = layer.effectiveGeometry(g.code());
                var pointInArea = new IndexedPointInAreaLocator(area);
                pointInArea.locate(area.getEnvelopeInternal().centre());
                floor.insert(area.getEnvelopeInternal(), new FloorEntry(g, pointInArea));
            }
        }
        floor.build();
        Envelope extent = new Envelope();
        layer.districts().forEach(d -> extent.expandToInclude(d.geometry().getEnvelopeInternal()));
        SplittableRandom random = new SplittableRandom(7);
        xs = new double[POINTS];
        ys = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            xs[i] = extent.getMinX() + random.nextDouble() * extent.getWidth();
            ys[i] = extent.getMinY() + random.nextDouble() * extent.getHeight();
        }
        if (order.equals("zorder")) {
            zOrder(extent);
        } else if (!order.equals("random")) {
            throw new IllegalArgumentException("order is random or zorder, not " + order);
        }
    }

    /** Sorts the points by their Morton code on a 2^16 × 2^16 lattice over the extent. */
    private void zOrder(Envelope extent) {
        long[] keyed = new long[POINTS];
        for (int i = 0; i < POINTS; i++) {
            long qx = (long) ((xs[i] - extent.getMinX()) / extent.getWidth() * 65535);
            long qy = (long) ((ys[i] - extent.getMinY()) / extent.getHeight() * 65535);
            keyed[i] = (interleave(qx) | interleave(qy) << 1) << 20 | i;
        }
        Arrays.sort(keyed);
        double[] x = new double[POINTS];
        double[] y = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            int from = (int) (keyed[i] & 0xFFFFF);
            x[i] = xs[from];
            y[i] = ys[from];
        }
        xs = x;
        ys = y;
    }

    /** The 16 low bits of v spread to the even bits of the result. */
    private static long interleave(long v) {
        v = (v | v << 8) & 0x00FF00FFL;
        v = (v | v << 4) & 0x0F0F0F0FL;
        v = (v | v << 2) & 0x33333333L;
        v = (v | v << 1) & 0x55555555L;
        return v;
    }

    private int chunkStart() {
        int start = next;
        next = start + CHUNK >= POINTS ? 0 : start + CHUNK;
        return start;
    }

    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public void indexedLocator(Blackhole hole) {
        int start = chunkStart();
        for (int i = start; i < start + CHUNK; i++) {
            hole.consume(locator.locate(xs[i], ys[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public void bareStrTreeFloor(Blackhole hole) {
        int start = chunkStart();
        for (int i = start; i < start + CHUNK; i++) {
            Coordinate c = new Coordinate(xs[i], ys[i]);
            Grid found = null;
            for (Object hit : floor.query(new Envelope(c))) {
                FloorEntry entry = (FloorEntry) hit;
                if (entry.locator.locate(c) != Location.EXTERIOR) {
                    found = entry.grid;
                    break;
                }
            }
            hole.consume(found);
        }
    }

    private record FloorEntry(Grid grid, IndexedPointInAreaLocator locator) {
    }
}
