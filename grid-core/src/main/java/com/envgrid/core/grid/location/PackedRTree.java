package com.envgrid.core.grid.location;

import org.locationtech.jts.geom.Envelope;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A static R-tree of envelopes packed Sort-Tile-Recursive, held in flat arrays, answering which items' envelopes
 * contain a point without allocating: a point query walks at most a few nodes of {@value #FANOUT} boxes each and
 * writes the items' ids into the caller's array. JTS's STRtree does the same walk through node objects and returns
 * a new list per query; at millions of points per second that difference is a good part of the time.
 */
final class PackedRTree {
    static final int FANOUT = 8;

    /** Per level, bottom first: minX, minY, maxX, maxY of each node. */
    private final double[][] boxes;
    /** Per level above the bottom: the start and end of each node's children in the level below, as pairs. */
    private final int[][] firstChild;
    /** The item id held in each bottom slot. */
    private final int[] ids;

    /** A tree of the given envelopes, the item of envelopes[i] having id i. */
    PackedRTree(Envelope[] envelopes) {
        int n = envelopes.length;
        Integer[] slots = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        double[] box = new double[4 * n];
        for (int i = 0; i < n; i++) {
            Envelope e = envelopes[i];
            box[4 * i] = e.getMinX();
            box[4 * i + 1] = e.getMinY();
            box[4 * i + 2] = e.getMaxX();
            box[4 * i + 3] = e.getMaxY();
        }
        int levels = 1;
        for (int size = n; size > FANOUT; size = (size + FANOUT - 1) / FANOUT) {
            levels++;
        }
        boxes = new double[levels][];
        firstChild = new int[levels][];
        // bottom up: tile the level's boxes, then each run of FANOUT boxes becomes a node of the level above
        int[] order = tile(box, slots);
        ids = order;
        boxes[0] = reorder(box, order);
        for (int level = 1; level < levels; level++) {
            double[] below = boxes[level - 1];
            int count = below.length / 4;
            int nodes = (count + FANOUT - 1) / FANOUT;
            double[] up = new double[4 * nodes];
            int[] first = new int[nodes + 1];
            for (int node = 0; node < nodes; node++) {
                int from = node * FANOUT;
                int to = Math.min(count, from + FANOUT);
                first[node] = from;
                up[4 * node] = Double.POSITIVE_INFINITY;
                up[4 * node + 1] = Double.POSITIVE_INFINITY;
                up[4 * node + 2] = Double.NEGATIVE_INFINITY;
                up[4 * node + 3] = Double.NEGATIVE_INFINITY;
                for (int c = from; c < to; c++) {
                    up[4 * node] = Math.min(up[4 * node], below[4 * c]);
                    up[4 * node + 1] = Math.min(up[4 * node + 1], below[4 * c + 1]);
                    up[4 * node + 2] = Math.max(up[4 * node + 2], below[4 * c + 2]);
                    up[4 * node + 3] = Math.max(up[4 * node + 3], below[4 * c + 3]);
                }
            }
            first[nodes] = count;
            if (level < levels - 1) {
                // tile this level too; a node keeps its run of children below whatever its own position
                int[] tiled = tile(up, IntStream.range(0, nodes).boxed().toArray(Integer[]::new));
                int[] firstTiled = new int[nodes];
                int[] lastTiled = new int[nodes];
                for (int i = 0; i < nodes; i++) {
                    firstTiled[i] = first[tiled[i]];
                    lastTiled[i] = first[tiled[i] + 1];
                }
                up = reorder(up, tiled);
                first = interleaveEnds(firstTiled, lastTiled);
            } else {
                first = interleaveEnds(Arrays.copyOf(first, nodes), Arrays.copyOfRange(first, 1, nodes + 1));
            }
            boxes[level] = up;
            firstChild[level] = first;
        }
    }

    /** Start and end of each node's children, as pairs. */
    private static int[] interleaveEnds(int[] starts, int[] ends) {
        int[] pairs = new int[2 * starts.length];
        for (int i = 0; i < starts.length; i++) {
            pairs[2 * i] = starts[i];
            pairs[2 * i + 1] = ends[i];
        }
        return pairs;
    }

    /** Sort-Tile-Recursive order of boxes: vertical slices by centre x, each slice by centre y. */
    private static int[] tile(double[] box, Integer[] slots) {
        int n = slots.length;
        Comparator<Integer> byX = Comparator.comparingDouble(i -> box[4 * i] + box[4 * i + 2]);
        Comparator<Integer> byY = Comparator.comparingDouble(i -> box[4 * i + 1] + box[4 * i + 3]);
        Arrays.sort(slots, byX);
        int leaves = (n + FANOUT - 1) / FANOUT;
        int slices = (int) Math.ceil(Math.sqrt(leaves));
        int perSlice = slices == 0 ? n : FANOUT * ((leaves + slices - 1) / slices);
        for (int from = 0; from < n; from += perSlice) {
            Arrays.sort(slots, from, Math.min(n, from + perSlice), byY);
        }
        return Arrays.stream(slots).mapToInt(Integer::intValue).toArray();
    }

    private static double[] reorder(double[] box, int[] order) {
        double[] out = new double[box.length];
        for (int i = 0; i < order.length; i++) {
            System.arraycopy(box, 4 * order[i], out, 4 * i, 4);
        }
        return out;
    }

    /**
     * Writes into {@code out} the ids of the items whose envelopes contain (x, y), in no particular order, and
     * answers how many there are — more than {@code out.length} when they did not all fit.
     */
    int query(double x, double y, int[] out) {
        int top = boxes.length - 1;
        double[] b = boxes[top];
        int found = 0;
        for (int node = 0, nodes = b.length / 4; node < nodes; node++) {
            if (contains(b, node, x, y)) {
                found = visit(top, node, x, y, out, found);
            }
        }
        return found;
    }

    private int visit(int level, int node, double x, double y, int[] out, int found) {
        if (level == 0) {
            if (found < out.length) {
                out[found] = ids[node];
            }
            return found + 1;
        }
        int[] children = firstChild[level];
        double[] b = boxes[level - 1];
        for (int c = children[2 * node], end = children[2 * node + 1]; c < end; c++) {
            if (contains(b, c, x, y)) {
                found = visit(level - 1, c, x, y, out, found);
            }
        }
        return found;
    }

    private static boolean contains(double[] b, int node, double x, double y) {
        int o = 4 * node;
        return x >= b[o] && y >= b[o + 1] && x <= b[o + 2] && y <= b[o + 3];
    }
}
