package com.envgrid.demo.synthetic;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A benchmark layer: a warped lattice of quadrilateral second-level cells whose edges are densified with noise,
 * grouped into rectangular blocks of cells that are the first-level grids, under one district.
 * <p>
 * Lattice corners are displaced by smooth noise (a fraction of a cell) plus a small jitter; the interior vertices
 * of each edge are a pure function of the seed and the edge, offset from the chord by a sum of sines that is
 * flat at both corners, so both cells sharing an edge get identical vertices and no edge crosses another.
 * First-level and district boundaries are traced along the same edges, so every level is an exact coverage.
 * Blocks are laid out in rows of {@code ceil(sqrt(firstLevel))} from the south-west; the last row may be short.
 */
final class BenchmarkLayer {

  static final String DISTRICT_CODE = "990100";
  /** The benchmark city's GB/T 2260-like code; its districts are 990101, 990102, … */
  static final String CITY_CODE = "990100";

  /** Lattice cells left empty between two districts of a city, more than the warp and jitter can cross. */
  private static final int CELLS_BETWEEN_DISTRICTS = 3;

  private static final double ORIGIN_LON = 120.55;
  private static final double ORIGIN_LAT = 31.35;
  private static final double CELL_METRES = 400;
  private static final long MAX_VERTICES = 20_000_000L;

  private static final String[] FIRST_KINDS = {"street", "town", "street", "town", "park"};

  private final long seed;
  private final LocalPlane plane = new LocalPlane(ORIGIN_LON, ORIGIN_LAT);
  private final GeometryFactory factory = new GeometryFactory();
  private final int firstLevel;
  private final int blocksPerRow;
  private final int blockCols;
  private final int blockRows;
  private final int interior;
  private final int cols;
  private final int rows;
  private final String districtCode;
  private final String districtName;
  private final double shiftMetres;

  private BenchmarkLayer(long seed, int firstLevel, int secondPerFirst, int verticesPerGrid, int district) {
    this.seed = seed;
    this.firstLevel = firstLevel;
    this.blocksPerRow = (int) Math.ceil(Math.sqrt(firstLevel));
    int blockLines = (firstLevel + blocksPerRow - 1) / blocksPerRow;
    this.blockCols = Math.max(1, (int) Math.round(Math.sqrt(secondPerFirst)));
    this.blockRows = Math.max(1, (int) Math.round(secondPerFirst / (double) blockCols));
    this.interior = Math.max(0, (int) Math.round((verticesPerGrid - 4) / 4.0));
    this.cols = blocksPerRow * blockCols;
    this.rows = blockLines * blockRows;
    this.districtCode = district == 0 ? DISTRICT_CODE : CITY_CODE.substring(0, 4) + pad(district, 2);
    this.districtName = district == 0 ? "基准测试区" : "基准测试" + district + "区";
    this.shiftMetres = Math.max(0, district - 1) * (cols + CELLS_BETWEEN_DISTRICTS) * CELL_METRES;
  }

  static List<GridFeature> features(long seed, int firstLevel, int secondPerFirst, int verticesPerGrid) {
    check(firstLevel, secondPerFirst, verticesPerGrid);
    return new BenchmarkLayer(seed, firstLevel, secondPerFirst, verticesPerGrid, 0).build();
  }

  /**
   * A city of {@code districts} copies of the benchmark district side by side from west to east, coded 990101,
   * 990102, … under the city 990100; each copy has the same grids, shifted east by its width and a gap.
   */
  static List<GridFeature> cityFeatures(long seed, int districts, int firstLevel, int secondPerFirst,
      int verticesPerGrid) {
    if (districts < 1 || districts > 99) {
      throw new IllegalArgumentException("districts must be 1 to 99: " + districts);
    }
    check(firstLevel, secondPerFirst, verticesPerGrid);
    List<GridFeature> features = new ArrayList<>();
    for (int d = 1; d <= districts; d++) {
      features.addAll(new BenchmarkLayer(seed, firstLevel, secondPerFirst, verticesPerGrid, d).build());
    }
    return features;
  }

  private static void check(int firstLevel, int secondPerFirst, int verticesPerGrid) {
    if (firstLevel < 1 || firstLevel > 10_000) {
      throw new IllegalArgumentException("firstLevel must be 1 to 10000: " + firstLevel);
    }
    if (secondPerFirst < 1 || secondPerFirst > 10_000) {
      throw new IllegalArgumentException("secondPerFirst must be 1 to 10000: " + secondPerFirst);
    }
    if (verticesPerGrid < 4 || verticesPerGrid > 100_000) {
      throw new IllegalArgumentException("verticesPerGrid must be 4 to 100000: " + verticesPerGrid);
    }
    if ((long) firstLevel * secondPerFirst * verticesPerGrid > MAX_VERTICES) {
      throw new IllegalArgumentException("the layer would have more than " + MAX_VERTICES + " vertices: "
          + firstLevel + " × " + secondPerFirst + " × " + verticesPerGrid);
    }
  }

  private List<GridFeature> build() {
    List<GridFeature> features = new ArrayList<>();
    features.add(new GridFeature(districtCode, districtName, "district", null,
        trace((col, row) -> block(col, row) < firstLevel)));
    int firstDigits = Math.max(3, String.valueOf(firstLevel).length());
    int secondDigits = Math.max(3, String.valueOf(blockCols * blockRows).length());
    List<GridFeature> second = new ArrayList<>();
    for (int b = 0; b < firstLevel; b++) {
      final int blockIndex = b;
      String kind = FIRST_KINDS[b % FIRST_KINDS.length];
      String code = districtCode + pad(b + 1, firstDigits);
      String name = "第" + (b + 1) + switch (kind) {
        case "street" -> "街道";
        case "town" -> "镇";
        default -> "园区";
      };
      features.add(new GridFeature(code, name, kind, districtCode,
          trace((col, row) -> block(col, row) == blockIndex)));
      String childLevel = switch (kind) {
        case "street" -> "community";
        case "town" -> "village";
        default -> "cell";
      };
      String childSuffix = switch (kind) {
        case "street" -> "社区";
        case "town" -> "村";
        default -> "网格";
      };
      int col0 = (b % blocksPerRow) * blockCols;
      int row0 = (b / blocksPerRow) * blockRows;
      int n = 0;
      for (int r = 0; r < blockRows; r++) {
        for (int c = 0; c < blockCols; c++) {
          n++;
          second.add(new GridFeature(code + pad(n, secondDigits), name + "第" + n + childSuffix, childLevel, code,
              cell(col0 + c, row0 + r)));
        }
      }
    }
    features.addAll(second);
    return features;
  }

  /** The block (first-level grid index) of a cell, counted row by row from the south-west. */
  private int block(int col, int row) {
    return (row / blockRows) * blocksPerRow + col / blockCols;
  }

  private static String pad(int number, int digits) {
    String text = String.valueOf(number);
    return "0".repeat(Math.max(0, digits - text.length())) + text;
  }

  /** A cell as a counter-clockwise polygon: bottom, right, top, left edges. */
  private Polygon cell(int col, int row) {
    List<Coordinate> ring = new ArrayList<>(4 * (interior + 1) + 1);
    appendSide(ring, col, row, 0);
    appendSide(ring, col, row, 1);
    appendSide(ring, col, row, 2);
    appendSide(ring, col, row, 3);
    ring.add(ring.get(0).copy());
    return factory.createPolygon(ring.toArray(Coordinate[]::new));
  }

  private interface CellSet {
    boolean contains(int col, int row);
  }

  /**
   * The boundary of a set of cells that forms one simple polygon (a block, or the staircase of blocks), traced
   * counter-clockwise along the cells' own edges.
   */
  private Polygon trace(CellSet set) {
    // next[corner] = side code (4 * cell + side) of the boundary edge leaving that corner
    int corners = (cols + 1) * (rows + 1);
    int[] next = new int[corners];
    java.util.Arrays.fill(next, -1);
    int start = -1;
    for (int row = 0; row < rows; row++) {
      for (int col = 0; col < cols; col++) {
        if (!set.contains(col, row)) {
          continue;
        }
        for (int side = 0; side < 4; side++) {
          int nc = col + (side == 1 ? 1 : side == 3 ? -1 : 0);
          int nr = row + (side == 0 ? -1 : side == 2 ? 1 : 0);
          boolean inside = nc >= 0 && nr >= 0 && nc < cols && nr < rows && set.contains(nc, nr);
          if (inside) {
            continue;
          }
          int from = startCorner(col, row, side);
          if (next[from] >= 0) {
            throw new IllegalStateException("cell set touches itself at a corner");
          }
          next[from] = 4 * (row * cols + col) + side;
          if (start < 0 || from < start) {
            start = from;
          }
        }
      }
    }
    List<Coordinate> ring = new ArrayList<>();
    int corner = start;
    do {
      int code = next[corner];
      int cell = code / 4;
      int side = code % 4;
      int col = cell % cols;
      int row = cell / cols;
      appendSide(ring, col, row, side);
      corner = startCorner(col, row, (side + 1) % 4);
    } while (corner != start);
    ring.add(ring.get(0).copy());
    return factory.createPolygon(ring.toArray(Coordinate[]::new));
  }

  /** The corner where a side of a cell starts when the cell is walked counter-clockwise. */
  private int startCorner(int col, int row, int side) {
    return switch (side) {
      case 0 -> cornerId(col, row);
      case 1 -> cornerId(col + 1, row);
      case 2 -> cornerId(col + 1, row + 1);
      default -> cornerId(col, row + 1);
    };
  }

  private int cornerId(int col, int row) {
    return row * (cols + 1) + col;
  }

  /** Appends a side's start corner and interior vertices, in the cell's counter-clockwise direction. */
  private void appendSide(List<Coordinate> ring, int col, int row, int side) {
    switch (side) {
      case 0 -> edge(ring, col, row, col + 1, row, false);
      case 1 -> edge(ring, col + 1, row, col + 1, row + 1, false);
      case 2 -> edge(ring, col, row + 1, col + 1, row + 1, true);
      default -> edge(ring, col, row, col, row + 1, true);
    }
  }

  /**
   * Appends the edge from corner a to corner b (a is west or south of b) without its end corner, or, when
   * reversed, from b to a without a. Its vertices depend only on the seed and the edge.
   */
  private void edge(List<Coordinate> ring, int ac, int ar, int bc, int br, boolean reversed) {
    double[] a = corner(ac, ar);
    double[] b = corner(bc, br);
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    long h = Noise.hash(seed, cornerId(ac, ar), cornerId(bc, br), 0xED6E);
    double[] amplitude = new double[4];
    double[] phase = new double[4];
    for (int m = 0; m < 4; m++) {
      amplitude[m] = 0.08 * Noise.signed(Noise.hash(h, m, 1, 0)) / (m + 1);
      phase[m] = 2 * StrictMath.PI * Noise.unit(Noise.hash(h, m, 2, 0));
    }
    Coordinate[] points = new Coordinate[interior];
    for (int k = 0; k < interior; k++) {
      double t = (k + 1) / (double) (interior + 1);
      double envelope = StrictMath.sin(StrictMath.PI * t);
      envelope *= envelope;
      double offset = 0;
      for (int m = 0; m < 4; m++) {
        offset += amplitude[m] * StrictMath.sin((m + 1) * StrictMath.PI * t + phase[m]);
      }
      offset *= envelope;
      // offset is a fraction of the edge length, perpendicular to the chord (-dy, dx)
      points[k] = plane.toLonLat(a[0] + t * dx - offset * dy, a[1] + t * dy + offset * dx);
    }
    if (!reversed) {
      ring.add(plane.toLonLat(a[0], a[1]));
      for (Coordinate p : points) {
        ring.add(p);
      }
    } else {
      ring.add(plane.toLonLat(b[0], b[1]));
      for (int k = interior - 1; k >= 0; k--) {
        ring.add(points[k]);
      }
    }
  }

  /** A lattice corner in metres: the regular position, a smooth warp and a small jitter. */
  private double[] corner(int col, int row) {
    double x = (col - cols / 2.0) * CELL_METRES;
    double y = (row - rows / 2.0) * CELL_METRES;
    double scale = 8 * CELL_METRES;
    double wx = 0.35 * CELL_METRES * Noise.fractal(seed + 1, x / scale, y / scale, 2);
    double wy = 0.35 * CELL_METRES * Noise.fractal(seed + 2, x / scale, y / scale, 2);
    long h = Noise.hash(seed, col, row, 0xC0);
    double jx = 0.1 * CELL_METRES * Noise.signed(h);
    double jy = 0.1 * CELL_METRES * Noise.signed(Noise.mix(h));
    return new double[] {shiftMetres + x + wx + jx, y + wy + jy};
  }
}
