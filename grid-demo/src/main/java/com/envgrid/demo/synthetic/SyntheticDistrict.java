package com.envgrid.demo.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * Synthetic grid layers as GeoJSON FeatureCollections (RFC 7946: WGS84 lon/lat, no {@code crs} member, exterior
 * rings counter-clockwise, holes clockwise, coordinates with 7 decimals).
 * <p>
 * Every feature has the grid code as {@code id} and the properties {@code code}, {@code name}, {@code level} and
 * {@code parent} (the parent's code, {@code null} for the district); its geometry is a Polygon or MultiPolygon.
 * Levels are {@code district}; then first-level {@code town}, {@code street} or {@code park}; then second-level
 * {@code community}, {@code village} or {@code cell}. A second-level code is its parent's code plus three digits.
 * Features come district first, then first-level grids, then second-level grids, each in code order.
 * <p>
 * Both layers are valid coverages: adjacent grids share edges with identical vertices (no slivers, no overlaps),
 * the first-level grids tile the district and the second-level grids tile their parent; every polygon is valid.
 * The demo deliberately departs from that in the ways described at {@link #demoGeoJson()}. Output is a pure
 * function of the arguments: the same arguments always give the same bytes.
 */
public final class SyntheticDistrict {

  private SyntheticDistrict() {
  }

  /**
   * The demo district: fixed seed, always the same bytes.
   * <p>
   * 清源区 (code 320214), an invented district of about 20 km × 15 km near lon 120.30, lat 31.55 with an irregular
   * outline and meandering, organic boundaries. First level: three streets (街道, 320214001–003), three towns
   * (镇, 320214004–006), 清源高新技术产业园区 (park, 320214401) as a piece of the tiling, and 清源生态农业示范园
   * (park, 320214402) lying inside 鹤岭镇 (320214004), whose polygon also covers it: the platform lets the park take
   * precedence. Second level: 52 grids — communities (社区) in streets, one community and villages (村) in each
   * town, cells (网格) in parks. The villages of 鹤岭镇 tile the town minus the inner park.
   * <p>
   * Deliberate features: a village of 石埭镇 (320214006) is a MultiPolygon of two parts; a village of 荷湾镇
   * (320214005) is an enclave lying in a hole of its host village; and 荷湾镇 has a gap of about 8 ha that no
   * village covers. Everything else is an exact coverage.
   */
  public static String demoGeoJson() {
    return FeatureCollectionWriter.write(DemoDistrict.features(DistrictPlan.QINGYUAN));
  }

  /**
   * The demo city's layer, always the same bytes: 清源区 as {@link #demoGeoJson()} gives it, then 东澜区 (code
   * 320215), an invented district of about 15 km × 11 km near lon 120.50, lat 31.53, east of 清源区 with a strip
   * of country between them that neither covers. 东澜区 is made the same way and has the same kinds of grids and
   * the same deliberate features (its inner park 320215402 inside 梅渚镇, an enclave and a gap in 芦圩镇, a
   * two-part village in 桐溪镇), with four second-level grids in each street and town and four cells in its
   * outer park: about 30 second-level grids.
   */
  public static String demoCityGeoJson() {
    List<GridFeature> features = new ArrayList<>(DemoDistrict.features(DistrictPlan.QINGYUAN));
    features.addAll(DemoDistrict.features(DistrictPlan.DONGLAN));
    return FeatureCollectionWriter.write(features);
  }

  /**
   * A benchmark layer: about firstLevel first-level grids each split into about secondPerFirst second-level grids,
   * every second-level grid boundary having about verticesPerGrid vertices.
   * <p>
   * The second-level grids are the cells of a warped lattice (about 400 m across) whose edges carry deterministic
   * noise, so both neighbours of an edge get identical vertices; first-level grids are blocks of cells and the
   * district is their union. There are exactly {@code firstLevel} first-level grids (the last row of blocks may be
   * short); each has {@code a × b} cells with {@code a ≈ √secondPerFirst} and {@code a × b ≈ secondPerFirst}; each
   * cell ring has {@code 4 + 4k} distinct vertices with {@code k = round((verticesPerGrid - 4) / 4)}.
   *
   * @param seed            any value; the same seed gives the same bytes
   * @param firstLevel      number of first-level grids, 1 to 10,000
   * @param secondPerFirst  second-level grids per first-level grid, 1 to 10,000
   * @param verticesPerGrid vertices per second-level boundary, 4 to 100,000
   * @throws IllegalArgumentException if an argument is out of range, or the layer would exceed 20 million vertices
   */
  public static String benchmarkGeoJson(long seed, int firstLevel, int secondPerFirst, int verticesPerGrid) {
    return FeatureCollectionWriter.write(BenchmarkLayer.features(seed, firstLevel, secondPerFirst, verticesPerGrid));
  }

  /**
   * A city of benchmark districts for the province figures: {@code districts} copies of
   * {@link #benchmarkGeoJson} side by side from west to east, district codes 990101, 990102, … (GB/T 2260-like,
   * under the city 990100), each with the same grids shifted east and a gap of three cells between districts.
   *
   * @throws IllegalArgumentException as {@link #benchmarkGeoJson}, or if districts is not 1 to 99
   */
  public static String benchmarkCityGeoJson(long seed, int districts, int firstLevel, int secondPerFirst,
      int verticesPerGrid) {
    return FeatureCollectionWriter.write(
        BenchmarkLayer.cityFeatures(seed, districts, firstLevel, secondPerFirst, verticesPerGrid));
  }
}
