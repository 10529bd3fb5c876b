package com.envgrid.demo.synthetic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Regions made of the cells of a {@link HexLattice}: connected components, step distances, hole filling,
 * and Voronoi-like partitions by nearest seed in a noise-warped plane.
 * <p>
 * A labelling is an {@code int[]} with one entry per cell; -1 means "no label".
 */
final class CellRegions {

  private final HexLattice lattice;
  private final int[] buffer = new int[6];

  CellRegions(HexLattice lattice) {
    this.lattice = lattice;
  }

  /** The edge-connected components of the member cells, largest first (ties: lowest first cell). */
  List<int[]> components(IntPredicate member) {
    int n = lattice.size();
    boolean[] seen = new boolean[n];
    List<int[]> result = new ArrayList<>();
    int[] queue = new int[n];
    for (int start = 0; start < n; start++) {
      if (seen[start] || !member.test(start)) {
        continue;
      }
      int head = 0;
      int tail = 0;
      queue[tail++] = start;
      seen[start] = true;
      while (head < tail) {
        int cell = queue[head++];
        int count = lattice.neighbours(cell, buffer);
        for (int k = 0; k < count; k++) {
          int next = buffer[k];
          if (!seen[next] && member.test(next)) {
            seen[next] = true;
            queue[tail++] = next;
          }
        }
      }
      result.add(Arrays.copyOf(queue, tail));
    }
    result.sort(Comparator.<int[]>comparingInt(c -> -c.length).thenComparingInt(c -> c[0]));
    return result;
  }

  /**
   * Steps from every cell to the nearest source cell, moving through shared edges; cells the walk cannot reach
   * (or all cells, when there are no sources) get {@link Integer#MAX_VALUE}.
   */
  int[] stepsFrom(IntPredicate source) {
    int n = lattice.size();
    int[] steps = new int[n];
    Arrays.fill(steps, Integer.MAX_VALUE);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < n; c++) {
      if (source.test(c)) {
        steps[c] = 0;
        queue.add(c);
      }
    }
    int[] local = new int[6];
    while (!queue.isEmpty()) {
      int cell = queue.poll();
      int count = lattice.neighbours(cell, local);
      for (int k = 0; k < count; k++) {
        int next = local[k];
        if (steps[next] == Integer.MAX_VALUE) {
          steps[next] = steps[cell] + 1;
          queue.add(next);
        }
      }
    }
    return steps;
  }

  /** Steps from every cell to the nearest cell that is not a member, or to the rectangle's border. */
  int[] stepsToOutside(IntPredicate member) {
    int[] local = new int[6];
    return stepsFrom(c -> !member.test(c) || lattice.neighbours(c, local) < 6);
  }

  /**
   * Adds to the mask every cell that is enclosed by it: cells outside the mask from which no walk through
   * non-mask cells reaches the rectangle's border.
   */
  void fillHoles(boolean[] mask) {
    int[] local = new int[6];
    for (int[] component : components(c -> !mask[c])) {
      boolean open = false;
      for (int cell : component) {
        if (lattice.neighbours(cell, local) < 6) {
          open = true;
          break;
        }
      }
      if (!open) {
        for (int cell : component) {
          mask[cell] = true;
        }
      }
    }
  }

  /**
   * Makes every label connected within the domain: each label keeps its largest component and every other
   * component joins the label it shares most edges with inside the domain. Repeats until stable.
   */
  void absorbFragments(int[] label, IntPredicate domain) {
    int[] local = new int[6];
    for (int round = 0; round < 100; round++) {
      boolean changed = false;
      int maxLabel = -1;
      for (int c = 0; c < label.length; c++) {
        if (domain.test(c)) {
          maxLabel = Math.max(maxLabel, label[c]);
        }
      }
      for (int l = 0; l <= maxLabel; l++) {
        final int current = l;
        List<int[]> parts = components(c -> domain.test(c) && label[c] == current);
        for (int p = 1; p < parts.size(); p++) {
          int[] votes = new int[maxLabel + 1];
          for (int cell : parts.get(p)) {
            int count = lattice.neighbours(cell, local);
            for (int k = 0; k < count; k++) {
              int next = local[k];
              if (domain.test(next) && label[next] != current && label[next] >= 0) {
                votes[label[next]]++;
              }
            }
          }
          int best = -1;
          for (int v = 0; v < votes.length; v++) {
            if (votes[v] > 0 && (best < 0 || votes[v] > votes[best])) {
              best = v;
            }
          }
          if (best >= 0) {
            for (int cell : parts.get(p)) {
              label[cell] = best;
            }
            changed = true;
          }
        }
      }
      if (!changed) {
        return;
      }
    }
    throw new IllegalStateException("fragments did not settle");
  }

  /**
   * Seeds spread evenly over the cells: k-means++ start from the draws, then Lloyd iterations, so that the
   * nearest-seed regions have similar areas. Returns {x, y} per seed, metres.
   */
  double[][] evenSeeds(int[] cells, int k, Noise.Draws draws) {
    double[][] seeds = new double[k][];
    int first = cells[draws.nextInt(cells.length)];
    seeds[0] = new double[] {lattice.centreX(first), lattice.centreY(first)};
    double[] nearest = new double[cells.length];
    Arrays.fill(nearest, Double.MAX_VALUE);
    for (int s = 1; s < k; s++) {
      double total = 0;
      for (int c = 0; c < cells.length; c++) {
        nearest[c] = Math.min(nearest[c], squared(cells[c], seeds[s - 1]));
        total += nearest[c];
      }
      double target = draws.nextUnit() * total;
      int chosen = cells[cells.length - 1];
      for (int c = 0; c < cells.length; c++) {
        target -= nearest[c];
        if (target <= 0) {
          chosen = cells[c];
          break;
        }
      }
      seeds[s] = new double[] {lattice.centreX(chosen), lattice.centreY(chosen)};
    }
    for (int iteration = 0; iteration < 20; iteration++) {
      double[][] sums = new double[k][3];
      for (int cell : cells) {
        int s = nearestSeed(lattice.centreX(cell), lattice.centreY(cell), seeds);
        sums[s][0] += lattice.centreX(cell);
        sums[s][1] += lattice.centreY(cell);
        sums[s][2]++;
      }
      for (int s = 0; s < k; s++) {
        if (sums[s][2] > 0) {
          seeds[s] = new double[] {sums[s][0] / sums[s][2], sums[s][1] / sums[s][2]};
        } else {
          int cell = cells[draws.nextInt(cells.length)];
          seeds[s] = new double[] {lattice.centreX(cell), lattice.centreY(cell)};
        }
      }
    }
    return seeds;
  }

  /**
   * Labels each cell with its nearest seed after displacing the cell by smooth noise, which bends the straight
   * Voronoi edges into meandering boundaries.
   *
   * @param amplitude largest displacement, metres
   * @param scale     wavelength of the displacement, metres
   */
  void assignNearest(int[] cells, double[][] seeds, int[] label, int firstLabel, long noiseSeed,
      double amplitude, double scale) {
    for (int cell : cells) {
      double x = lattice.centreX(cell);
      double y = lattice.centreY(cell);
      double wx = x + amplitude * Noise.fractal(noiseSeed, x / scale, y / scale, 4);
      double wy = y + amplitude * Noise.fractal(noiseSeed + 1, x / scale, y / scale, 4);
      label[cell] = firstLabel + nearestSeed(wx, wy, seeds);
    }
  }

  private static int nearestSeed(double x, double y, double[][] seeds) {
    int best = 0;
    double bestDistance = Double.MAX_VALUE;
    for (int s = 0; s < seeds.length; s++) {
      double dx = x - seeds[s][0];
      double dy = y - seeds[s][1];
      double d = dx * dx + dy * dy;
      if (d < bestDistance) {
        bestDistance = d;
        best = s;
      }
    }
    return best;
  }

  private double squared(int cell, double[] point) {
    double dx = lattice.centreX(cell) - point[0];
    double dy = lattice.centreY(cell) - point[1];
    return dx * dx + dy * dy;
  }

  /** The centroid {x, y} of cell centres, metres. */
  double[] centroid(int[] cells) {
    double x = 0;
    double y = 0;
    for (int cell : cells) {
      x += lattice.centreX(cell);
      y += lattice.centreY(cell);
    }
    return new double[] {x / cells.length, y / cells.length};
  }

  /** The cells satisfying a predicate, ascending. */
  int[] cells(IntPredicate member) {
    return java.util.stream.IntStream.range(0, lattice.size()).filter(member).toArray();
  }
}
