package com.envgrid.core.grid.location;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Locates many points at once — a directory import, every source again after a grid import — with the same answer
 * as {@link GridLocator#locate} point by point, only faster: the points are visited in the order of a Hilbert curve
 * over their extent, so consecutive points fall in the same grids and the index nodes and point-in-area indexes
 * they need are still in the CPU's caches; a point equal to the one before it reuses its answer; and a large batch is
 * cut into runs along the curve that the common fork-join pool locates in parallel (the locators are read-only).
 * <p>
 * The same walk serves any per-point question ({@link #map}), e.g. the protection zone of each source.
 */
public final class BatchLocator {
    /** A run of consecutive points along the curve: one task, long enough to amortise its hand-off. */
    static final int RUN = 4_096;
    /** Below this many points one thread is quicker than waking others. */
    static final int PARALLEL_FROM = 4 * RUN;
    /** At most 2^11 × 2^11 cells over the points' extent, whatever their number (the count per cell is 16 MB). */
    private static final int MAX_ORDER = 11;

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
        // answers are written along the curve, where each store lands next to the one before: stored at the points'
        // own scattered indexes, they cost as much as locating the points (a cache miss and a GC card each)
        Object[] alongCurve = new Object[n];
        int runs = (n + RUN - 1) / RUN;
        IntStream each = IntStream.range(0, runs);
        (n >= PARALLEL_FROM ? each.parallel() : each).forEach(r -> {
            int from = r * RUN;
            int to = Math.min(n, from + RUN);
            for (int k = from; k < to; k++) {
                int i = order[k];
                int previous = k > from ? order[k - 1] : -1;
                // the same place again (a building's several permits, a default coordinate): the same answer
                alongCurve[k] = previous >= 0 && lon[i] == lon[previous] && lat[i] == lat[previous]
                        ? alongCurve[k - 1] : question.answer(lon[i], lat[i]);
            }
        });
        int[] rank = new int[n];
        for (int k = 0; k < n; k++) {
            rank[order[k]] = k;
        }
        Object[] answers = new Object[n];
        IntStream.range(0, n).forEach(i -> answers[i] = alongCurve[rank[i]]);
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) (List<?>) Arrays.asList(answers);
        return new ArrayList<>(list);
    }

    /**
     * The indexes of the points in the order of their cells along a Hilbert curve over the points' extent, about as
     * many cells as points (so a cell holds a point or two: far finer than a grid), the points of a cell in the order
     * given. Non-finite coordinates go first (they are nowhere; the locator answers that). A counting sort by cell:
     * linear, where sorting the points themselves cost a quarter of the whole batch.
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
        // 4^order cells, about n of them
        int order = Math.max(1, Math.min(MAX_ORDER, (33 - Integer.numberOfLeadingZeros(n)) / 2));
        int side = 1 << order;
        double sx = maxX > minX ? (side - 1) / (maxX - minX) : 0;
        double sy = maxY > minY ? (side - 1) / (maxY - minY) : 0;
        double x0 = minX;
        double y0 = minY;
        int[] cell = new int[n];
        IntStream each = IntStream.range(0, n);
        (n >= PARALLEL_FROM ? each.parallel() : each).forEach(i -> cell[i] = Double.isFinite(lon[i])
                && Double.isFinite(lat[i]) ? 1 + hilbert(order, (int) ((lon[i] - x0) * sx), (int) ((lat[i] - y0) * sy))
                : 0);
        int[] next = new int[side * side + 2];
        for (int c : cell) {
            next[c + 1]++;
        }
        for (int c = 1; c < next.length; c++) {
            next[c] += next[c - 1];
        }
        int[] ordered = new int[n];
        for (int i = 0; i < n; i++) {
            ordered[next[cell[i]]++] = i;
        }
        return ordered;
    }

    /** The distance of cell (x, y) along the Hilbert curve of 2^order × 2^order cells. */
    static int hilbert(int order, int x, int y) {
        int d = 0;
        for (int s = 1 << (order - 1); s > 0; s >>= 1) {
            int rx = (x & s) > 0 ? 1 : 0;
            int ry = (y & s) > 0 ? 1 : 0;
            d += s * s * ((3 * rx) ^ ry);
            if (ry == 0) {
                if (rx == 1) {
                    x = (1 << order) - 1 - x;
                    y = (1 << order) - 1 - y;
                }
                int t = x;
                x = y;
                y = t;
            }
        }
        return d;
    }
}
