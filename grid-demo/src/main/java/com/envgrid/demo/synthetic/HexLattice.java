package com.envgrid.demo.synthetic;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A rectangle of small hexagonal cells in a {@link LocalPlane}, whose vertices are randomly perturbed.
 * <p>
 * Each vertex is perturbed once, as a pure function of the seed and the vertex, and is shared by the three cells
 * that meet at it, so any set of cells unions into polygons whose shared boundaries have identical vertices.
 * Because exactly three cells meet at every vertex, two regions made of cells never touch at a single point:
 * a region is either edge-connected or made of parts that do not touch at all.
 * <p>
 * Cells are indexed row by row ({@code row * cols + col}); odd rows are shifted half a cell east.
 * Internally a cell also has axial coordinates {@code (i, j)} with {@code j = row, i = col - floor(row / 2)}.
 * A vertex is the up or down triangle {@code (i, j, t)} of the dual triangular lattice.
 */
final class HexLattice {

  private static final double SQRT3 = Math.sqrt(3.0);

  private final long seed;
  private final LocalPlane plane;
  private final double spacing;
  private final int cols;
  private final int rows;
  private final double originX;
  private final double originY;
  private final double jitter;

  /**
   * @param spacing distance between neighbouring cell centres, metres
   * @param jitter  largest vertex displacement as a fraction of the edge length (below 0.35 keeps cells simple)
   */
  HexLattice(long seed, LocalPlane plane, double spacing, double width, double height, double jitter) {
    if (jitter < 0 || jitter >= 0.35) {
      throw new IllegalArgumentException("jitter must be in [0, 0.35): " + jitter);
    }
    this.seed = seed;
    this.plane = plane;
    this.spacing = spacing;
    this.jitter = jitter;
    this.cols = (int) Math.ceil(width / spacing) + 1;
    this.rows = (int) Math.ceil(height / (spacing * SQRT3 / 2)) + 1;
    this.originX = -(cols - 1) * spacing / 2;
    this.originY = -(rows - 1) * spacing * SQRT3 / 4;
  }

  int size() {
    return cols * rows;
  }

  double spacing() {
    return spacing;
  }

  /** Area of one unperturbed cell, square metres. */
  double cellArea() {
    return spacing * spacing * SQRT3 / 2;
  }

  double centreX(int cell) {
    int row = cell / cols;
    int col = cell % cols;
    return originX + (col + ((row & 1) == 1 ? 0.5 : 0.0)) * spacing;
  }

  double centreY(int cell) {
    return originY + (cell / cols) * spacing * SQRT3 / 2;
  }

  private int axialI(int cell) {
    return cell % cols - ((cell / cols) >> 1);
  }

  private int axialJ(int cell) {
    return cell / cols;
  }

  /** The cell at axial {@code (i, j)}, or -1 outside the rectangle. */
  private int cellAt(int i, int j) {
    if (j < 0 || j >= rows) {
      return -1;
    }
    int col = i + (j >> 1);
    if (col < 0 || col >= cols) {
      return -1;
    }
    return j * cols + col;
  }

  private static final int[][] NEIGHBOUR_STEPS = {{1, 0}, {0, 1}, {-1, 1}, {-1, 0}, {0, -1}, {1, -1}};

  /**
   * The up to six cells sharing an edge with a cell, written into {@code out}; returns how many.
   */
  int neighbours(int cell, int[] out) {
    int i = axialI(cell);
    int j = axialJ(cell);
    int n = 0;
    for (int[] step : NEIGHBOUR_STEPS) {
      int other = cellAt(i + step[0], j + step[1]);
      if (other >= 0) {
        out[n++] = other;
      }
    }
    return n;
  }

  /** Steps between two cells through shared edges, ignoring the rectangle's border. */
  int distance(int a, int b) {
    int di = axialI(a) - axialI(b);
    int dj = axialJ(a) - axialJ(b);
    return (Math.abs(di) + Math.abs(dj) + Math.abs(di + dj)) / 2;
  }

  /**
   * The vertices of the lattice, each named by the cell whose up ({@code t = 0}) or down ({@code t = 1})
   * vertex it is: {@code vertex = 2 * cell + t}. The three cells meeting at a vertex are written into
   * {@code out} (fewer at the rectangle's border); returns how many.
   */
  int cellsAtVertex(int vertex, int[] out) {
    int cell = vertex >> 1;
    int i = axialI(cell);
    int j = axialJ(cell);
    int[] candidates = (vertex & 1) == 0
        ? new int[] {cellAt(i, j), cellAt(i + 1, j), cellAt(i, j + 1)}
        : new int[] {cellAt(i + 1, j), cellAt(i + 1, j + 1), cellAt(i, j + 1)};
    int n = 0;
    for (int c : candidates) {
      if (c >= 0) {
        out[n++] = c;
      }
    }
    return n;
  }

  /** Unperturbed position of a vertex (see {@link #cellsAtVertex}), metres: {x, y}. */
  double[] vertexCentre(int vertex) {
    int cell = vertex >> 1;
    double f = (vertex & 1) == 0 ? 1.0 / 3 : 2.0 / 3;
    return new double[] {centreX(cell) + f * 1.5 * spacing, centreY(cell) + f * spacing * SQRT3 / 2};
  }

  /** The cell as a polygon in lon/lat: six shared perturbed vertices, counter-clockwise. */
  Polygon polygon(int cell, GeometryFactory factory) {
    int i = axialI(cell);
    int j = axialJ(cell);
    Coordinate[] ring = {
        vertex(i, j, 0),
        vertex(i - 1, j, 1),
        vertex(i - 1, j, 0),
        vertex(i - 1, j - 1, 1),
        vertex(i, j - 1, 0),
        vertex(i, j - 1, 1),
        null};
    ring[6] = ring[0].copy();
    return factory.createPolygon(ring);
  }

  /** The perturbed vertex {@code (i, j, t)} in lon/lat; a pure function of the seed and the vertex. */
  private Coordinate vertex(int i, int j, int t) {
    double cx = originX + (i + j / 2.0) * spacing;
    double cy = originY + j * spacing * SQRT3 / 2;
    double f = t == 0 ? 1.0 / 3 : 2.0 / 3;
    double x = cx + f * 1.5 * spacing;
    double y = cy + f * spacing * SQRT3 / 2;
    long h = Noise.hash(seed, i, j, t);
    double radius = jitter * spacing / SQRT3 * Math.sqrt(Noise.unit(h));
    double angle = 2 * StrictMath.PI * Noise.unit(Noise.mix(h));
    return plane.toLonLat(x + radius * StrictMath.cos(angle), y + radius * StrictMath.sin(angle));
  }
}
