package com.envgrid.core.duty;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HilbertCurveTest {
    private static final int HALF = HilbertCurve.SIDE / 2;
    private static final long QUARTER = (long) HALF * HALF;

    @Test
    void the_curve_visits_the_quadrants_lower_left_upper_left_upper_right_lower_right() {
        assertEquals(0, HilbertCurve.index(0, 0));
        assertEquals(QUARTER, HilbertCurve.index(0, HALF) - HilbertCurve.index(0, HALF) % QUARTER);
        assertEquals(2 * QUARTER, HilbertCurve.index(HALF, HALF) - HilbertCurve.index(HALF, HALF) % QUARTER);
        assertEquals(4 * QUARTER - 1, HilbertCurve.index(HilbertCurve.SIDE - 1, 0));
    }

    @Test
    void consecutive_positions_are_neighbouring_cells() {
        // walk the first 4,096 cells of the curve: each step moves to an edge neighbour
        int size = 64;
        int[][] at = new int[size * size][];
        for (int x = 0; x < size; x++) {
            for (int y = 0; y < size; y++) {
                at[(int) HilbertCurve.index(x, y)] = new int[]{x, y};
            }
        }
        for (int i = 1; i < at.length; i++) {
            assertEquals(1, Math.abs(at[i][0] - at[i - 1][0]) + Math.abs(at[i][1] - at[i - 1][1]), "step " + i);
        }
        assertTrue(at[at.length - 1] != null);
    }
}
