package com.envgrid.demo.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * A demo district as its {@link DistrictPlan} describes it: 清源区 (code 320214), an invented district of about
 * 20 km × 15 km near lon 120.30, lat 31.55, or the smaller 东澜区 (320215) east of it. Codes below name 清源区's.
 * <p>
 * How it is made: a {@link HexLattice} of about 2.2 ha cells with shared perturbed vertices; the district is the
 * cells inside a noise-warped ellipse; first-level grids and then second-level grids are the cells nearest to
 * evenly spread seeds in a noise-warped plane (so boundaries meander like roads and rivers); each grid is the
 * {@link CoverageUnion} of its cells; the second-level coverage is smoothed with {@link CoverageSimplifier}
 * (which keeps shared edges shared) and every higher level is the union of the smoothed pieces below it.
 * <p>
 * The rules it meets: first-level grids tile the district and second-level grids tile their parent exactly
 * (identical shared vertices, no overlaps, no gaps), all polygons valid — except these deliberate features:
 * <ul>
 *   <li>清源生态农业示范园 (320214402) lies inside 鹤岭镇 (320214004): the town's polygon covers the park, the
 *       town's villages tile the town minus the park, and the park has cells of its own;</li>
 *   <li>荷湾镇 (320214005) has an enclave village lying in a hole of its host village, and a gap of a few
 *       hectares that no village covers;</li>
 *   <li>石埭镇 (320214006) has a village that is a MultiPolygon of two parts.</li>
 * </ul>
 * Construction checks these shapes and fails with {@link IllegalStateException} if a seed does not give them.
 */
final class DemoDistrict {

  private static final double CELL_SPACING_METRES = 160;
  private static final double SMOOTHING_METRES = 90;

  /** First-level regions, in code order: three streets, three towns, the park that is a piece of the tiling. */
  private static final int REGIONS = 7;
  private static final int PARK_TOWN = 3;
  private static final int ENCLAVE_TOWN = 4;
  private static final int MULTIPART_TOWN = 5;
  private static final int OUTER_PARK_REGION = 6;

  private enum Kind { COMMUNITY, VILLAGE, CELL, GAP }

  private static final class Leaf {
    final int region;
    final boolean inInnerPark;
    Kind kind;
    String code;
    String name;
    double[] centroid;

    Leaf(int region, boolean inInnerPark, Kind kind) {
      this.region = region;
      this.inInnerPark = inInnerPark;
      this.kind = kind;
    }
  }

  private final DistrictPlan plan;
  private final long seed;
  private final LocalPlane plane;
  private final HexLattice lattice;
  private final CellRegions regions;
  private final Noise.Draws draws;
  private final GeometryFactory factory = new GeometryFactory();

  private final int[] first;
  private final int[] leaf;
  private final boolean[] innerPark;
  private final List<Leaf> leaves = new ArrayList<>();
  private int enclaveHost = -1;
  private int enclave = -1;
  private int multipart = -1;

  private DemoDistrict(DistrictPlan plan, long seed) {
    this.plan = plan;
    this.seed = seed;
    this.plane = new LocalPlane(plan.originLon(), plan.originLat());
    this.lattice = new HexLattice(seed, plane, CELL_SPACING_METRES, 30_000, 24_000, 0.3);
    this.regions = new CellRegions(lattice);
    this.draws = new Noise.Draws(seed);
    this.first = new int[lattice.size()];
    this.leaf = new int[lattice.size()];
    this.innerPark = new boolean[lattice.size()];
    Arrays.fill(first, -1);
    Arrays.fill(leaf, -1);
  }

  /**
   * A demo district's grids: the district, its eight first-level grids, then the second-level grids, each in code
   * order.
   */
  static List<GridFeature> features(DistrictPlan plan) {
    return features(plan, plan.seed());
  }

  static List<GridFeature> features(DistrictPlan plan, long seed) {
    return new DemoDistrict(plan, seed).build();
  }

  private List<GridFeature> build() {
    int[] districtCells = outlineDistrict();
    splitIntoFirstLevel(districtCells);
    for (int r = 0; r < REGIONS; r++) {
      final int region = r;
      if (r < 3) {
        split(c -> first[c] == region, r, false, plan.streetChildren(), Kind.COMMUNITY);
      } else if (r == OUTER_PARK_REGION) {
        split(c -> first[c] == region, r, false, plan.outerParkCells().length, Kind.CELL);
      } else {
        split(c -> first[c] == region, r, false, plan.townChildren(), Kind.VILLAGE);
      }
    }
    placeInnerPark();
    placeEnclave();
    placeGap();
    placeSecondPart();
    name();
    return geometries();
  }

  /** The district: cells inside a noise-warped ellipse, one piece, no holes. */
  private int[] outlineDistrict() {
    boolean[] mask = new boolean[lattice.size()];
    for (int c = 0; c < mask.length; c++) {
      double x = lattice.centreX(c);
      double y = lattice.centreY(c);
      double wx = x + 4000 * Noise.fractal(seed + 1, x / 8000, y / 8000, 4);
      double wy = y + 4000 * Noise.fractal(seed + 2, x / 8000, y / 8000, 4);
      double ex = wx / plan.semiAxesMetres()[0];
      double ey = wy / plan.semiAxesMetres()[1];
      mask[c] = ex * ex + ey * ey < 1;
    }
    int[] largest = regions.components(c -> mask[c]).get(0);
    Arrays.fill(mask, false);
    for (int c : largest) {
      mask[c] = true;
    }
    regions.fillHoles(mask);
    return regions.cells(c -> mask[c]);
  }

  /**
   * Seven first-level regions; the one nearest the district's centre becomes the high-tech park, the others are
   * numbered clockwise from the north: three streets, then three towns.
   */
  private void splitIntoFirstLevel(int[] districtCells) {
    int[] label = new int[lattice.size()];
    Arrays.fill(label, -1);
    double[][] seeds = regions.evenSeeds(districtCells, REGIONS, draws);
    regions.assignNearest(districtCells, seeds, label, 0, seed + 11, 3500, 6000);
    regions.absorbFragments(label, c -> label[c] >= 0);
    double[] centre = regions.centroid(districtCells);
    double[][] centroids = new double[REGIONS][];
    for (int r = 0; r < REGIONS; r++) {
      final int region = r;
      centroids[r] = regions.centroid(regions.cells(c -> label[c] == region));
    }
    Integer[] order = new Integer[REGIONS];
    for (int r = 0; r < REGIONS; r++) {
      order[r] = r;
    }
    Arrays.sort(order, Comparator.comparingDouble(r -> distance(centroids[r], centre)));
    int park = order[0];
    Integer[] ring = Arrays.copyOfRange(order, 1, REGIONS);
    Arrays.sort(ring, Comparator.comparingDouble(r -> clockwiseFromNorth(centroids[r], centre)));
    int[] newIndex = new int[REGIONS];
    newIndex[park] = OUTER_PARK_REGION;
    for (int k = 0; k < ring.length; k++) {
      newIndex[ring[k]] = k;
    }
    for (int c : districtCells) {
      first[c] = newIndex[label[c]];
    }
  }

  /** Splits the member cells into {@code count} new connected leaves by nearest seed in a warped plane. */
  private void split(IntPredicate member, int region, boolean inInnerPark, int count, Kind kind) {
    int[] cells = regions.cells(member);
    int base = leaves.size();
    for (int k = 0; k < count; k++) {
      leaves.add(new Leaf(region, inInnerPark, kind));
    }
    double[][] seeds = regions.evenSeeds(cells, count, draws);
    double size = Math.sqrt(cells.length * lattice.cellArea() / count);
    regions.assignNearest(cells, seeds, leaf, base, seed + 100 + base, 0.5 * size, 1.2 * size);
    regions.absorbFragments(leaf, member);
    for (int k = 0; k < count; k++) {
      requireCells(base + k, 10, "second-level grid " + (base + k) + " of region " + region);
    }
  }

  /**
   * The agricultural park inside 鹤岭镇: a blob of about 1.4 km² centred where three of the town's villages meet,
   * well inside the town. The villages then tile the town minus the park; the park gets three cells.
   */
  private void placeInnerPark() {
    IntPredicate town = c -> first[c] == PARK_TOWN;
    int[] stepsOut = regions.stepsToOutside(town);
    int bestVertex = -1;
    int bestSteps = -1;
    int[] around = new int[3];
    for (int cell : regions.cells(town)) {
      for (int t = 0; t < 2; t++) {
        int vertex = 2 * cell + t;
        if (lattice.cellsAtVertex(vertex, around) < 3) {
          continue;
        }
        if (leaf[around[0]] == leaf[around[1]] || leaf[around[1]] == leaf[around[2]]
            || leaf[around[0]] == leaf[around[2]]) {
          continue;
        }
        int steps = Math.min(stepsOut[around[0]], Math.min(stepsOut[around[1]], stepsOut[around[2]]));
        if (steps > bestSteps) {
          bestSteps = steps;
          bestVertex = vertex;
        }
      }
    }
    if (bestSteps < 9) {
      throw new IllegalStateException("no place for the inner park deep inside its town (seed " + seed + ")");
    }
    double[] centre = lattice.vertexCentre(bestVertex);
    boolean[] park = new boolean[lattice.size()];
    for (int cell : regions.cells(town)) {
      double x = lattice.centreX(cell);
      double y = lattice.centreY(cell);
      double d = Math.hypot(x - centre[0], y - centre[1]) + 180 * Noise.fractal(seed + 21, x / 600, y / 600, 2);
      park[cell] = d < 650;
    }
    lattice.cellsAtVertex(bestVertex, around);
    for (int c : around) {
      park[c] = true;
    }
    int[] blob = regions.components(c -> park[c]).stream()
        .filter(component -> Arrays.stream(component).anyMatch(c -> c == around[0]))
        .findFirst().orElseThrow();
    Arrays.fill(park, false);
    for (int c : blob) {
      park[c] = true;
    }
    regions.fillHoles(park);
    int[] parkCells = regions.cells(c -> park[c]);
    for (int c : parkCells) {
      if (stepsOut[c] < 3) {
        throw new IllegalStateException("the inner park reaches its town's boundary (seed " + seed + ")");
      }
      innerPark[c] = true;
      leaf[c] = -1;
    }
    regions.absorbFragments(leaf, c -> town.test(c) && !innerPark[c]);
    for (int id = 0; id < leaves.size(); id++) {
      if (leaves.get(id).region == PARK_TOWN) {
        requireCells(id, 20, "village around the inner park");
      }
    }
    split(c -> innerPark[c], PARK_TOWN, true, plan.innerParkCells().length, Kind.CELL);
  }

  /**
   * An enclave village in 荷湾镇: a blob of about 60 ha deep inside the town's largest village, which keeps it as a
   * hole.
   */
  private void placeEnclave() {
    int host = -1;
    int hostSize = -1;
    for (int id = 0; id < leaves.size(); id++) {
      if (leaves.get(id).region == ENCLAVE_TOWN) {
        int size = cellCount(id);
        if (size > hostSize) {
          hostSize = size;
          host = id;
        }
      }
    }
    final int hostId = host;
    int[] stepsOut = regions.stepsToOutside(c -> leaf[c] == hostId);
    int centre = -1;
    for (int c = 0; c < stepsOut.length; c++) {
      if (leaf[c] == hostId && (centre < 0 || stepsOut[c] > stepsOut[centre])) {
        centre = c;
      }
    }
    if (stepsOut[centre] < 5) {
      throw new IllegalStateException("no room for an enclave (seed " + seed + ")");
    }
    int id = leaves.size();
    leaves.add(new Leaf(ENCLAVE_TOWN, false, Kind.VILLAGE));
    for (int c = 0; c < leaf.length; c++) {
      int d = leaf[c] == hostId ? lattice.distance(c, centre) : Integer.MAX_VALUE;
      if (d <= 2 || d == 3 && (Noise.hash(seed, c, 77, 0) & 1) == 0) {
        leaf[c] = id;
      }
    }
    enclaveHost = hostId;
    enclave = id;
  }

  /**
   * The gap in 荷湾镇: four cells (about 8 ha) where two or three villages meet, well inside the town and away
   * from the enclave, that no village covers.
   */
  private void placeGap() {
    IntPredicate town = c -> first[c] == ENCLAVE_TOWN;
    int[] stepsOut = regions.stepsToOutside(town);
    int[] stepsFromEnclave = regions.stepsFrom(c -> leaf[c] == enclave);
    int bestVertex = -1;
    long bestScore = -1;
    int[] around = new int[3];
    for (int cell : regions.cells(town)) {
      for (int t = 0; t < 2; t++) {
        int vertex = 2 * cell + t;
        if (lattice.cellsAtVertex(vertex, around) < 3) {
          continue;
        }
        int distinct = 1 + (leaf[around[1]] != leaf[around[0]] ? 1 : 0)
            + (leaf[around[2]] != leaf[around[0]] && leaf[around[2]] != leaf[around[1]] ? 1 : 0);
        int steps = Integer.MAX_VALUE;
        int fromEnclave = Integer.MAX_VALUE;
        for (int c : around) {
          steps = Math.min(steps, stepsOut[c]);
          fromEnclave = Math.min(fromEnclave, stepsFromEnclave[c]);
        }
        if (distinct < 2 || steps < 4 || fromEnclave < 8) {
          continue;
        }
        long score = distinct * 1000L + Math.min(steps, 12);
        if (score > bestScore) {
          bestScore = score;
          bestVertex = vertex;
        }
      }
    }
    if (bestVertex < 0) {
      throw new IllegalStateException("no place for the gap (seed " + seed + ")");
    }
    lattice.cellsAtVertex(bestVertex, around);
    int id = leaves.size();
    leaves.add(new Leaf(ENCLAVE_TOWN, false, Kind.GAP));
    for (int c : around) {
      leaf[c] = id;
    }
    int[] neighbours = new int[6];
    int extra = -1;
    for (int c : around) {
      int count = lattice.neighbours(c, neighbours);
      for (int k = 0; k < count; k++) {
        int next = neighbours[k];
        if (leaf[next] != id && town.test(next) && leaf[next] != enclave && (extra < 0 || next < extra)
            && adjacentCount(next, id) >= 2) {
          extra = next;
        }
      }
    }
    if (extra >= 0) {
      leaf[extra] = id;
    }
    for (int other = 0; other < leaves.size(); other++) {
      if (leaves.get(other).region == ENCLAVE_TOWN && other != id && other != enclaveHost
          && partCount(other) != 1) {
        throw new IllegalStateException("the gap splits a village (seed " + seed + ")");
      }
    }
  }

  /**
   * A village of 石埭镇 with a second, detached part: a blob of a neighbouring village near, but not touching, the
   * village, on that neighbour's boundary (so the neighbour keeps no hole).
   */
  private void placeSecondPart() {
    List<Integer> villages = new ArrayList<>();
    for (int id = 0; id < leaves.size(); id++) {
      if (leaves.get(id).region == MULTIPART_TOWN) {
        villages.add(id);
      }
    }
    int[] neighbours = new int[6];
    for (int m : villages) {
      int[] fromM = regions.stepsFrom(c -> leaf[c] == m);
      for (int n : villages) {
        if (n == m) {
          continue;
        }
        List<Integer> candidates = new ArrayList<>();
        for (int c = 0; c < leaf.length; c++) {
          if (leaf[c] != n || fromM[c] < 7 || fromM[c] > 11) {
            continue;
          }
          int count = lattice.neighbours(c, neighbours);
          for (int k = 0; k < count; k++) {
            int other = leaf[neighbours[k]];
            if (other != n && other != m) {
              candidates.add(c);
              break;
            }
          }
        }
        candidates.sort(Comparator.comparingInt((Integer c) -> fromM[c]).thenComparingInt(c -> c));
        for (int centre : candidates) {
          int[] part = regions.cells(x -> leaf[x] == n && lattice.distance(x, centre) <= 3);
          if (part.length < 20 || regions.components(x -> leaf[x] == n && !contains(part, x)).size() != 1
              || regions.components(x -> contains(part, x)).size() != 1) {
            continue;
          }
          for (int c : part) {
            leaf[c] = m;
          }
          multipart = m;
          return;
        }
      }
    }
    throw new IllegalStateException("no place for a two-part village (seed " + seed + ")");
  }

  /**
   * Codes and names. Within a first-level grid, children are numbered from north to south; a town's community is
   * the piece nearest the town's centre (the town seat; never the enclave or the two-part grid) and gets 001,
   * villages get 201 onwards.
   */
  private void name() {
    for (int id = 0; id < leaves.size(); id++) {
      final int l = id;
      leaves.get(id).centroid = regions.centroid(regions.cells(c -> leaf[c] == l));
    }
    int communityName = 0;
    int villageName = 0;
    for (int r = 0; r <= REGIONS; r++) {
      final boolean inner = r == REGIONS;
      final int region = inner ? PARK_TOWN : r;
      List<Leaf> children = new ArrayList<>();
      for (Leaf candidate : leaves) {
        if (candidate.region == region && candidate.inInnerPark == inner && candidate.kind != Kind.GAP) {
          children.add(candidate);
        }
      }
      children.sort(Comparator.comparingDouble((Leaf c) -> -c.centroid[1]).thenComparingDouble(c -> c.centroid[0]));
      String parent = firstLevelCode(r);
      if (inner || r == OUTER_PARK_REGION) {
        String[] names = inner ? plan.innerParkCells() : plan.outerParkCells();
        for (int k = 0; k < children.size(); k++) {
          children.get(k).code = parent + String.format("%03d", k + 1);
          children.get(k).name = names[k];
        }
      } else if (r < 3) {
        for (int k = 0; k < children.size(); k++) {
          children.get(k).code = parent + String.format("%03d", k + 1);
          children.get(k).name = plan.communities()[communityName++] + "社区";
        }
      } else {
        final int regionIndex = r;
        double[] centre = regions.centroid(regions.cells(c -> first[c] == regionIndex));
        Leaf seat = children.stream()
            .filter(c -> leaves.indexOf(c) != enclave && leaves.indexOf(c) != multipart)
            .min(Comparator.comparingDouble(c -> distance(c.centroid, centre))).orElseThrow();
        seat.kind = Kind.COMMUNITY;
        seat.code = parent + "001";
        seat.name = plan.communities()[communityName++] + "社区";
        int number = 201;
        for (Leaf child : children) {
          if (child != seat) {
            child.kind = Kind.VILLAGE;
            child.code = parent + number++;
            child.name = plan.villages()[villageName++] + "村";
          }
        }
      }
    }
  }

  private List<GridFeature> geometries() {
    Geometry[] cellsOf = new Geometry[leaves.size()];
    for (int id = 0; id < leaves.size(); id++) {
      final int l = id;
      int[] cells = regions.cells(c -> leaf[c] == l);
      Geometry[] polygons = new Geometry[cells.length];
      for (int k = 0; k < cells.length; k++) {
        polygons[k] = lattice.polygon(cells[k], factory);
      }
      cellsOf[id] = CoverageUnion.union(polygons);
    }
    CoverageSimplifier simplifier = new CoverageSimplifier(cellsOf);
    simplifier.setSmoothWeight(1.0);
    Geometry[] smooth = simplifier.simplify(plane.degrees(SMOOTHING_METRES));

    Geometry[] firstLevel = new Geometry[REGIONS + 1];
    for (int r = 0; r <= REGIONS; r++) {
      List<Geometry> parts = new ArrayList<>();
      for (int id = 0; id < leaves.size(); id++) {
        Leaf l = leaves.get(id);
        if (r == REGIONS ? l.inInnerPark : l.region == r) {
          parts.add(smooth[id]);
        }
      }
      firstLevel[r] = CoverageUnion.union(parts.toArray(Geometry[]::new));
    }
    Geometry district = CoverageUnion.union(Arrays.copyOf(firstLevel, REGIONS));

    List<GridFeature> features = new ArrayList<>();
    features.add(new GridFeature(plan.code(), plan.name(), "district", null, simple(district, "district", 0)));
    for (int r = 0; r <= REGIONS; r++) {
      String level = r < 3 ? "street" : r < OUTER_PARK_REGION ? "town" : "park";
      String name = r < 3 ? plan.streets()[r] : r < OUTER_PARK_REGION ? plan.towns()[r - 3]
          : r == OUTER_PARK_REGION ? plan.outerPark() : plan.innerPark();
      features.add(new GridFeature(firstLevelCode(r), name, level, plan.code(),
          simple(firstLevel[r], firstLevelCode(r), 0)));
    }
    List<GridFeature> second = new ArrayList<>();
    for (int id = 0; id < leaves.size(); id++) {
      Leaf l = leaves.get(id);
      if (l.kind == Kind.GAP) {
        continue;
      }
      Geometry geometry = smooth[id];
      if (id == multipart) {
        if (!(geometry instanceof MultiPolygon) || geometry.getNumGeometries() != 2) {
          throw new IllegalStateException("the two-part village is " + geometry.getGeometryType());
        }
        for (int k = 0; k < 2; k++) {
          simple(geometry.getGeometryN(k), l.code, 0);
        }
      } else {
        simple(geometry, l.code, id == enclaveHost ? 1 : 0);
      }
      String level = switch (l.kind) {
        case COMMUNITY -> "community";
        case VILLAGE -> "village";
        default -> "cell";
      };
      String parent = l.inInnerPark ? plan.innerParkCode() : firstLevelCode(l.region);
      second.add(new GridFeature(l.code, l.name, level, parent, geometry));
    }
    second.sort(Comparator.comparing(GridFeature::code));
    features.addAll(second);
    return features;
  }

  /** Checks that a grid came out as one valid polygon with the expected number of holes. */
  private Geometry simple(Geometry geometry, String code, int holes) {
    if (!(geometry instanceof Polygon polygon) || polygon.getNumInteriorRing() != holes || !polygon.isValid()) {
      throw new IllegalStateException("grid " + code + " is not one valid polygon with " + holes + " hole(s): "
          + geometry.getGeometryType() + " (seed " + seed + ")");
    }
    return geometry;
  }

  private String firstLevelCode(int region) {
    if (region == REGIONS) {
      return plan.innerParkCode();
    }
    return region == OUTER_PARK_REGION ? plan.code() + "401" : plan.code() + String.format("%03d", region + 1);
  }

  private void requireCells(int id, int minimum, String what) {
    if (cellCount(id) < minimum || partCount(id) != 1) {
      throw new IllegalStateException(what + " came out too small or in pieces (seed " + seed + ")");
    }
  }

  private int cellCount(int id) {
    int n = 0;
    for (int l : leaf) {
      if (l == id) {
        n++;
      }
    }
    return n;
  }

  private int partCount(int id) {
    return regions.components(c -> leaf[c] == id).size();
  }

  private int adjacentCount(int cell, int id) {
    int[] neighbours = new int[6];
    int count = lattice.neighbours(cell, neighbours);
    int n = 0;
    for (int k = 0; k < count; k++) {
      if (leaf[neighbours[k]] == id) {
        n++;
      }
    }
    return n;
  }

  private static boolean contains(int[] sorted, int value) {
    return Arrays.binarySearch(sorted, value) >= 0;
  }

  private static double distance(double[] a, double[] b) {
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  }

  private static double clockwiseFromNorth(double[] point, double[] centre) {
    double angle = StrictMath.atan2(point[0] - centre[0], point[1] - centre[1]);
    return angle < 0 ? angle + 2 * StrictMath.PI : angle;
  }
}
