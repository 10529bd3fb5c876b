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
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
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
import java.util.List;
import java.util.SplittableRandom;

/**
 * Point location on a city of {@code districts} benchmark districts side by side, each of about 4,000
 * second-level grids of about 200 vertices (40 first-level grids of 100): {@link GridLocator} (the platform's
 * answer: the grid and its chain up to the district) against the floor — a bare JTS STRtree of the second-level
 * grids with an {@link IndexedPointInAreaLocator} each, answering the grid alone — and the naive loop that asks
 * every polygon whether it covers the point. All locate the same 1,000 random points in the
 * city's extent per invocation; the score is points per second, single thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PointLocationBenchmark {
    static final int POINTS = 1_000;

    @Param({"1", "2", "4", "10"})
    public int districts;

    private GridLocator locator;
    private List<Grid> grids;
    private STRtree floor;
    private Coordinate[] points;
    private final GeometryFactory factory = GridFeatureReader.GEOMETRY;

    @Setup
    public void setUp() {
        String geoJson = SyntheticDistrict.benchmarkCityGeoJson(42, districts, 40, 100, 200);
        GridLayer layer = GridLayer.of(GridFeatureReader.read(geoJson.getBytes(StandardCharsets.UTF_8),
                PropertyMapping.DEFAULT).grids(), true);
        locator = new GridLocator(layer);
        grids = layer.tier(2);
        floor = new STRtree();
        for (Grid g : grids) {
            floor.insert(g.geometry().getEnvelopeInternal(), new Object[]{g, new IndexedPointInAreaLocator(g.geometry())});
        }
        floor.build();
        Envelope extent = new Envelope();
        layer.districts().forEach(d -> extent.expandToInclude(d.geometry().getEnvelopeInternal()));
        SplittableRandom random = new SplittableRandom(7);
        points = new Coordinate[POINTS];
        for (int i = 0; i < POINTS; i++) {
            points[i] = new Coordinate(extent.getMinX() + random.nextDouble() * extent.getWidth(),
                    extent.getMinY() + random.nextDouble() * extent.getHeight());
        }
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public void indexedLocator(Blackhole hole) {
        for (Coordinate c : points) {
            hole.consume(locator.locate(c.x, c.y));
        }
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public void bareStrTreeFloor(Blackhole hole) {
        for (Coordinate c : points) {
            Grid found = null;
            for (Object hit : floor.query(new Envelope(c))) {
                Object[] entry = (Object[]) hit;
                if (((IndexedPointInAreaLocator) entry[1]).locate(c) != Location.EXTERIOR) {
                    found = (Grid) entry[0];
                    break;
                }
            }
            hole.consume(found);
        }
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public void naiveLoopOverAllPolygons(Blackhole hole) {
        for (Coordinate c : points) {
            Geometry point = factory.createPoint(c);
            Grid found = null;
            for (Grid g : grids) {
                if (g.geometry().covers(point)) {
                    found = g;
                    break;
                }
            }
            hole.consume(found);
        }
    }
}
