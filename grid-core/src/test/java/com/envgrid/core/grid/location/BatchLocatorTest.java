package com.envgrid.core.grid.location;

import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.GridLevel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static com.envgrid.core.grid.GridFixture.community;
import static com.envgrid.core.grid.GridFixture.district;
import static com.envgrid.core.grid.GridFixture.lat;
import static com.envgrid.core.grid.GridFixture.lon;
import static com.envgrid.core.grid.GridFixture.park;
import static com.envgrid.core.grid.GridFixture.square;
import static com.envgrid.core.grid.GridFixture.town;
import static com.envgrid.core.grid.GridFixture.wkt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BatchLocatorTest {
    /**
     * District 0..20 × 0..10: town A split into A1 (south, itself split into cells A1-1 and A1-2) and A2 (north)
     * with an enclave A3 in a hole of A2; town B whose east half is park P taking precedence, B1 its west half.
     */
    private static final GridLocator LOCATOR = new GridLocator(GridLayer.of(List.of(
            district(square(0, 0, 20, 10)),
            town("A", square(0, 0, 10, 10)), town("B", square(10, 0, 20, 10)), park("P", square(15, 0, 20, 10)),
            community("A1", "A", square(0, 0, 10, 5)),
            new Grid("A1-1", "cell", GridLevel.CELL, "A1", wkt(square(0, 0, 5, 5))),
            new Grid("A1-2", "cell", GridLevel.CELL, "A1", wkt(square(5, 0, 10, 5))),
            community("A2", "A", "POLYGON((0 5, 10 5, 10 10, 0 10, 0 5), (4 6, 6 6, 6 8, 4 8, 4 6))"),
            community("A3", "A", square(4, 6, 6, 8)),
            community("B1", "B", square(10, 0, 15, 10))), true));

    /**
     * Every point of a half-unit lattice over the district and around it — on every edge, vertex, hole boundary
     * and outside — each twice (the second right after the first), then random points, enough for the parallel runs.
     */
    private static double[][] points() {
        List<double[]> points = new ArrayList<>();
        for (double x = -1; x <= 21; x += 0.5) {
            for (double y = -1; y <= 11; y += 0.5) {
                points.add(new double[]{lon(x), lat(y)});
                points.add(new double[]{lon(x), lat(y)});
            }
        }
        SplittableRandom random = new SplittableRandom(19);
        while (points.size() < BatchLocator.PARALLEL_FROM + BatchLocator.RUN) {
            points.add(new double[]{lon(random.nextDouble(-1, 21)), lat(random.nextDouble(-1, 11))});
        }
        double[][] lonLat = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            lonLat[0][i] = points.get(i)[0];
            lonLat[1][i] = points.get(i)[1];
        }
        return lonLat;
    }

    @Test
    void every_point_gets_the_chain_and_boundary_flag_it_gets_one_by_one_in_the_order_given() {
        double[][] p = points();
        List<GridLocator.Located> batch = new BatchLocator(LOCATOR).locate(p[0], p[1]);
        assertEquals(p[0].length, batch.size());
        int onBoundary = 0;
        for (int i = 0; i < p[0].length; i++) {
            GridLocator.Located one = LOCATOR.locate(p[0][i], p[1][i]);
            assertEquals(codes(one), codes(batch.get(i)), "point " + i);
            assertEquals(one.onBoundary(), batch.get(i).onBoundary(), "point " + i);
            onBoundary += one.onBoundary() ? 1 : 0;
        }
        assertEquals(true, onBoundary > 0, "the lattice puts points on shared boundaries");
    }

    @Test
    void the_deepest_codes_are_those_of_the_one_by_one_answers_and_null_outside() {
        double[][] p = points();
        List<String> batch = new BatchLocator(LOCATOR).deepestCodes(p[0], p[1]);
        for (int i = 0; i < p[0].length; i++) {
            assertEquals(LOCATOR.locate(p[0][i], p[1][i]).deepest().map(Grid::code).orElse(null), batch.get(i));
        }
        assertEquals(List.of("A1-2", "A1-2", "A3"), new BatchLocator(LOCATOR).deepestCodes(
                new double[]{lon(10), lon(10), lon(5)}, new double[]{lat(5), lat(5), lat(7)}));
        assertEquals(java.util.Arrays.asList(null, "A1-1"), new BatchLocator(LOCATOR).deepestCodes(
                new double[]{lon(-3), lon(1)}, new double[]{lat(2), lat(1)}));
    }

    @Test
    void no_points_no_answers_and_mismatched_arrays_are_refused() {
        assertEquals(List.of(), new BatchLocator(LOCATOR).locate(new double[0], new double[0]));
        assertThrows(IllegalArgumentException.class, () -> BatchLocator.map(new double[1], new double[2], (x, y) -> x));
    }

    @Test
    void the_curve_visits_every_point_once_and_neighbouring_cells_are_neighbours_on_it() {
        double[][] p = points();
        int[] order = BatchLocator.curveOrder(p[0], p[1]);
        int[] sorted = order.clone();
        java.util.Arrays.sort(sorted);
        int[] all = new int[p[0].length];
        java.util.Arrays.setAll(all, i -> i);
        assertArrayEquals(all, sorted);
        // the 4 × 4 block at the origin is the first 16 steps of any curve of 4 × 4 cells or more, each step to a
        // neighbouring cell
        long[] cellAt = new long[16];
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 4; y++) {
                assertEquals(true, BatchLocator.hilbert(11, x, y) < 16, "cell " + x + ", " + y);
                cellAt[BatchLocator.hilbert(2, x, y)] = x * 4L + y;
            }
        }
        for (int d = 1; d < 16; d++) {
            long a = cellAt[d - 1], b = cellAt[d];
            assertEquals(1, Math.abs(a / 4 - b / 4) + Math.abs(a % 4 - b % 4), "step " + d);
        }
    }

    private static List<String> codes(GridLocator.Located located) {
        return located.chain().stream().map(Grid::code).toList();
    }
}
