package com.envgrid.core.duty;

/**
 * Positions along the Hilbert curve that fills a square of 2<sup>16</sup> × 2<sup>16</sup> cells. Cells close on the
 * curve are close in the square, so cutting the curve into runs cuts the square into compact patches.
 */
final class HilbertCurve {
    static final int SIDE = 1 << 16;

    private HilbertCurve() {
    }

    /** The position of cell (x, y), both in [0, SIDE), from 0 at (0, 0) to SIDE² − 1 at (SIDE − 1, 0). */
    static long index(int x, int y) {
        long d = 0;
        for (int s = SIDE / 2; s > 0; s /= 2) {
            int rx = (x & s) != 0 ? 1 : 0;
            int ry = (y & s) != 0 ? 1 : 0;
            d += (long) s * s * ((3 * rx) ^ ry);
            // turn the quadrant so that the sub-curve inside it starts and ends where the whole curve expects
            if (ry == 0) {
                if (rx == 1) {
                    x = SIDE - 1 - x;
                    y = SIDE - 1 - y;
                }
                int t = x;
                x = y;
                y = t;
            }
        }
        return d;
    }
}
