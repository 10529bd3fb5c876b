package com.envgrid.core.grid.location;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CellIndexTest {
    /** The ids whose envelopes contain the point, by testing every one: what the index must answer. */
    private static int[] everyContaining(Envelope[] envelopes, double x, double y) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < envelopes.length; i++) {
            if (envelopes[i].covers(x, y)) {
                ids.add(i);
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] query(CellIndex index, double x, double y) {
        int[] out = new int[4];
        int count = index.query(x, y, out);
        if (count > out.length) {
            out = new int[count];
            assertEquals(count, index.query(x, y, out));
        }
        return Arrays.copyOf(out, count);
    }

    /**
     * A tiling of small boxes with a few very large ones over it (districts around their grids), lines and points
     * (zero width or height), an empty envelope; asked at random points, at every box's corners and edges, and
     * outside: the answers are those of testing every envelope, in ascending id.
     */
    @Test
    void every_query_answers_exactly_the_envelopes_containing_the_point_in_ascending_id() {
        SplittableRandom random = new SplittableRandom(7);
        List<Envelope> envelopes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            for (int j = 0; j < 25; j++) {
                double jitter = random.nextDouble(0.3);
                envelopes.add(new Envelope(i - jitter, i + 1 + jitter, j * 1.5, j * 1.5 + 1.5));
            }
        }
        envelopes.add(new Envelope(-5, 50, -5, 50));
        envelopes.add(new Envelope(0, 20, 0, 37.5));
        envelopes.add(new Envelope(12.25, 12.25, 3, 9));
        envelopes.add(new Envelope(7, 7, 7, 7));
        envelopes.add(new Envelope());
        Envelope[] all = envelopes.toArray(Envelope[]::new);
        CellIndex index = new CellIndex(all);
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k < 20_000; k++) {
            points.add(new double[]{random.nextDouble(-8, 53), random.nextDouble(-8, 53)});
        }
        for (Envelope e : envelopes) {
            if (!e.isNull()) {
                points.add(new double[]{e.getMinX(), e.getMinY()});
                points.add(new double[]{e.getMaxX(), e.getMaxY()});
                points.add(new double[]{e.getMinX(), e.centre().y});
                points.add(new double[]{e.centre().x, e.getMaxY()});
            }
        }
        points.add(new double[]{Double.NaN, 3});
        points.add(new double[]{3, Double.POSITIVE_INFINITY});
        for (double[] p : points) {
            assertArrayEquals(everyContaining(all, p[0], p[1]), query(index, p[0], p[1]),
                    () -> "at " + p[0] + ", " + p[1]);
        }
    }

    @Test
    void envelopes_that_all_cover_everything_are_found_by_one_cell() {
        Envelope[] nested = new Envelope[200];
        for (int i = 0; i < nested.length; i++) {
            nested[i] = new Envelope(-i - 1, i + 1, -i - 1, i + 1);
        }
        CellIndex index = new CellIndex(nested);
        assertEquals(200, index.query(0, 0, new int[0]));
        assertEquals(1, index.query(199.5, 0, new int[0]));
        assertEquals(0, index.query(201, 0, new int[0]));
    }

    @Test
    void an_index_of_nothing_or_of_one_point_answers() {
        assertEquals(0, new CellIndex(new Envelope[0]).query(1, 2, new int[1]));
        CellIndex point = new CellIndex(new Envelope[]{new Envelope(3, 3, 4, 4)});
        assertArrayEquals(new int[]{0}, query(point, 3, 4));
        assertArrayEquals(new int[0], query(point, 3, 4.000001));
    }
}
