package com.envgrid.core.grid.location;

import org.locationtech.jts.geom.Envelope;

import java.util.Arrays;

/**
 * Which items' envelopes contain a point, from a uniform grid of cells laid over the envelopes: a point's cell is
 * two divisions away, and it lists the few items whose envelopes reach into it, each tested once. No tree is walked
 * and nothing is allocated per query — at millions of points per second, a tree's descent through levels of boxes
 * was the largest part of locating one.
 * <p>
 * A cell is about the size of a typical (median) envelope, so a grid of a regular layer lies in a handful of cells.
 * Envelopes much larger than that (a district around its small grids) are listed in every cell they reach; where
 * that would list more than {@value #MAX_ENTRIES_PER_ITEM} entries per item on average, or make more than four
 * cells per item, the cells are made larger until it does not: memory stays linear in the items whatever their
 * sizes.
 */
final class CellIndex {
    private static final int MAX_ENTRIES_PER_ITEM = 32;

    private final double minX;
    private final double minY;
    private final double cellWidth;
    private final double cellHeight;
    private final int columns;
    private final int rows;
    /** Where each cell's items start in {@link #items}; one more entry closes the last cell. */
    private final int[] cellStart;
    /** The items of each cell in turn, each cell's in ascending id. */
    private final int[] items;
    /** minX, minY, maxX, maxY of item i at 4i; an empty envelope is in no cell. */
    private final double[] boxes;

    /** An index of the given envelopes, the item of envelopes[i] having id i. */
    CellIndex(Envelope[] envelopes) {
        int n = envelopes.length;
        boxes = new double[4 * n];
        Envelope extent = new Envelope();
        double[] widths = new double[n];
        double[] heights = new double[n];
        int sized = 0;
        for (int i = 0; i < n; i++) {
            Envelope e = envelopes[i];
            if (e.isNull()) {
                boxes[4 * i] = Double.NaN;  // no comparison holds: never listed, never contains
                continue;
            }
            boxes[4 * i] = e.getMinX();
            boxes[4 * i + 1] = e.getMinY();
            boxes[4 * i + 2] = e.getMaxX();
            boxes[4 * i + 3] = e.getMaxY();
            extent.expandToInclude(e);
            widths[sized] = e.getWidth();
            heights[sized++] = e.getHeight();
        }
        minX = extent.isNull() ? 0 : extent.getMinX();
        minY = extent.isNull() ? 0 : extent.getMinY();
        double width = Math.max(median(widths, sized), extent.getWidth() / 4096);
        double height = Math.max(median(heights, sized), extent.getHeight() / 4096);
        while (true) {
            int cols = cellsAcross(extent.getWidth(), width);
            int rowCount = cellsAcross(extent.getHeight(), height);
            long entries = 0;
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(boxes[4 * i])) {
                    entries += (long) (cellOf(boxes[4 * i + 2], minX, width, cols)
                            - cellOf(boxes[4 * i], minX, width, cols) + 1)
                            * (cellOf(boxes[4 * i + 3], minY, height, rowCount)
                            - cellOf(boxes[4 * i + 1], minY, height, rowCount) + 1);
                }
            }
            long cells = (long) cols * rowCount;
            if (entries <= (long) MAX_ENTRIES_PER_ITEM * n && cells <= 4L * n + 16 || cells == 1) {
                cellWidth = width;
                cellHeight = height;
                columns = cols;
                rows = rowCount;
                cellStart = new int[cols * rowCount + 1];
                items = new int[(int) entries];
                break;
            }
            width *= 2;
            height *= 2;
        }
        fill();
    }

    /** Counts each cell's items, then writes them in ascending id, each cell's after the previous cell's. */
    private void fill() {
        int[] next = new int[cellStart.length];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < boxes.length / 4; i++) {
                if (Double.isNaN(boxes[4 * i])) {
                    continue;
                }
                int fromCol = cellOf(boxes[4 * i], minX, cellWidth, columns);
                int toCol = cellOf(boxes[4 * i + 2], minX, cellWidth, columns);
                int fromRow = cellOf(boxes[4 * i + 1], minY, cellHeight, rows);
                int toRow = cellOf(boxes[4 * i + 3], minY, cellHeight, rows);
                for (int row = fromRow; row <= toRow; row++) {
                    for (int col = fromCol; col <= toCol; col++) {
                        int cell = row * columns + col;
                        if (pass == 0) {
                            cellStart[cell + 1]++;
                        } else {
                            items[next[cell]++] = i;
                        }
                    }
                }
            }
            if (pass == 0) {
                for (int c = 1; c < cellStart.length; c++) {
                    cellStart[c] += cellStart[c - 1];
                }
                System.arraycopy(cellStart, 0, next, 0, cellStart.length);
            }
        }
    }

    /**
     * Writes into {@code out} the ids of the items whose envelopes contain (x, y), in ascending order, and answers
     * how many there are — more than {@code out.length} when they did not all fit.
     */
    int query(double x, double y, int[] out) {
        int cell = cellOf(y, minY, cellHeight, rows) * columns + cellOf(x, minX, cellWidth, columns);
        int found = 0;
        for (int k = cellStart[cell], end = cellStart[cell + 1]; k < end; k++) {
            int o = 4 * items[k];
            if (x >= boxes[o] && y >= boxes[o + 1] && x <= boxes[o + 2] && y <= boxes[o + 3]) {
                if (found < out.length) {
                    out[found] = items[k];
                }
                found++;
            }
        }
        return found;
    }

    /**
     * The cell along one axis holding coordinate v, clamped to the grid (a point outside it is then refused by the
     * envelope tests). The same arithmetic places envelopes and points, and it never decreases as v grows, so a
     * point within an envelope falls in one of the envelope's cells.
     */
    private static int cellOf(double v, double min, double size, int count) {
        double at = (v - min) / size;
        return at >= count ? count - 1 : at > 0 ? (int) at : 0;
    }

    private static int cellsAcross(double extent, double size) {
        return extent > 0 && size > 0 ? (int) Math.min(4096, Math.ceil(extent / size)) : 1;
    }

    private static double median(double[] values, int count) {
        if (count == 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return sorted[count / 2];
    }
}
