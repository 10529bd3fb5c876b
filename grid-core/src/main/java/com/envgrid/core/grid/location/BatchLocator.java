package com.envgrid.core.grid.location;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Locates many points at once — a directory import, every source again after a grid import — with the same answer
 * as {@link GridLocator#locate} point by point, only faster: the points are visited in the order of a Hilbert curve
 * over their extent, so consecutive points fall in the same grids and the index nodes and point-in-area indexes
 * they need are still in the CPU's caches; a point equal to the one before reuses its answer; and a large batch is
 * cut into runs along the curve that the common fork-join pool locates in parallel (the locators are read-only).
 * <p>
 * The same walk serves any per-point question ({@link #map}), e.g. the protection zone of each source.
 */
public final class BatchLocator {
    /** A run of consecutive points along the curve: one task, long enough to amortise its hand-off. */
    static final int RUN = 4_096;
    /** Below this many points one thread is quicker than waking others. */
    static final int PARALLEL_FROM = 4 * RUN;
    /** Bits per axis of the Hilbert curve: 2^15 × 2^15 cells over the points' extent (a key below 2^30 + 1). */
    private static final int ORDER = 15;

    private final GridLocator locator;

    public BatchLocator(GridLocator locator) {
        this.locator = locator;
    }

    /** What is asked of each point; must be safe to call from several threads at once. */
    @FunctionalInterface
    public interface PointQuestion<T> {
        T answer(double lon, double lat);
    }

    /** {@link GridLocator#locate} of every point {@code (lon[i], lat[i])}, in the order given. */
    public List<GridLocator.Located> locate(double[] lon, double[] lat) {
        return map(lon, lat, locator::locate);
    }

    /** The code of the deepest grid containing each point (null: none), in the order given. */
    public List<String> deepestCodes(double[] lon, double[] lat) {
        return map(lon, lat, (x, y) -> locator.locate(x, y).deepest().map(g -> g.code()).orElse(null));
    }

    /** {@code question} answered for every point {@code (lon[i], lat[i])}, walked along the curve; in the order given. */
    public static <T> List<T> map(double[] lon, double[] lat, PointQuestion<T> question) {
        if (lon.length != lat.length) {
            throw new IllegalArgumentException(lon.length + " longitudes for " + lat.length + " latitudes");
        }
        int n = lon.length;
        int[] order = curveOrder(lon, lat);
        Object[] answers = new Object[n];
        int runs = (n + RUN - 1) / RUN;
        IntStream each = IntStream.range(0, runs);
        (n >= PARALLEL_FROM ? each.parallel() : each).forEach(r -> {
            int from = r * RUN;
            int to = Math.min(n, from + RUN);
            int previous = -1;
            for (int k = from; k < to; k++) {
                int i = order[k];
                // the same place again (a building's several permits, a default coordinate): the same answer
                answers[i] = previous >= 0 && lon[i] == lon[previous] && lat[i] == lat[previous]
                        ? answers[previous] : question.answer(lon[i], lat[i]);
                previous = i;
            }
        });
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) (List<?>) Arrays.asList(answers);
        return new ArrayList<>(list);
    }

    /**
     * The indexes of the points sorted by their distance along a Hilbert curve over the points' extent; equal points
     * end up next to each other. Non-finite coordinates go first (they are nowhere; the locator answers that).
     */
    static int[] curveOrder(double[] lon, double[] lat) {
        int n = lon.length;
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(lon[i]) && Double.isFinite(lat[i])) {
                minX = Math.min(minX, lon[i]);
                maxX = Math.max(maxX, lon[i]);
                minY = Math.min(minY, lat[i]);
                maxY = Math.max(maxY, lat[i]);
            }
        }
        int side = 1 << ORDER;
        double sx = maxX > minX ? (side - 1) / (maxX - minX) : 0;
        double sy = maxY > minY ? (side - 1) / (maxY - minY) : 0;
        // key in the high 32 bits, index in the low: one primitive sort, no boxing
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            long d = Double.isFinite(lon[i]) && Double.isFinite(lat[i])
                    ? 1 + hilbert((int) ((lon[i] - minX) * sx), (int) ((lat[i] - minY) * sy)) : 0;
            keyed[i] = (d << 32) | i;
        }
        Arrays.sort(keyed);
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = (int) keyed[k];
        }
        return order;
    }

    /** The distance of cell (x, y) along the Hilbert curve of 2^ORDER × 2^ORDER cells. */
    static long hilbert(int x, int y) {
        long d = 0;
        for (int s = 1 << (ORDER - 1); s > 0; s >>= 1) {
            int rx = (x & s) > 0 ? 1 : 0;
            int ry = (y & s) > 0 ? 1 : 0;
            d += (long) s * s * ((3 * rx) ^ ry);
            if (ry == 0) {
                if (rx == 1) {
                    x = (1 << ORDER) - 1 - x;
                    y = (1 << ORDER) - 1 - y;
                }
                int t = x;
                x = y;
                y = t;
            }
        }
        return d;
    }
}
