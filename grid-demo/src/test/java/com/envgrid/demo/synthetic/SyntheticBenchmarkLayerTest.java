package com.envgrid.demo.synthetic;

import static com.envgrid.demo.synthetic.GeoJsonLayer.assertRfc7946Rings;
import static com.envgrid.demo.synthetic.GeoJsonLayer.assertValidCoverage;
import static com.envgrid.demo.synthetic.GeoJsonLayer.squareMetres;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.demo.synthetic.GeoJsonLayer.Grid;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;

/** Scenario: a benchmark loads a large synthetic layer of 40 × 100 grids with 200-vertex boundaries. */
class SyntheticBenchmarkLayerTest {

  private static final double NOISE_SQUARE_METRES = 1.0;

  private static String json;
  private static GeoJsonLayer layer;

  @BeforeAll
  static void generateTheStandardLayer() {
    json = SyntheticDistrict.benchmarkGeoJson(42, 40, 100, 200);
    layer = GeoJsonLayer.read(json);
  }

  @Test
  void forty_by_a_hundred_by_two_hundred_gives_four_thousand_grids_of_about_two_hundred_vertices() {
    layer.district();
    assertEquals(40, layer.firstLevel().size());
    assertEquals(4000, layer.secondLevel().size());
    double mean = layer.secondLevel().stream().mapToInt(g -> GeoJsonLayer.ringVertices(g.geometry())).average()
        .orElseThrow();
    assertEquals(200, mean, 50, "mean vertices per second-level boundary");
  }

  @Test
  void it_is_rfc7946_with_valid_polygons_only() {
    assertNull(layer.root.get("crs"));
    for (Grid grid : layer.grids) {
      GeoJsonLayer.assertValid(grid);
      assertRfc7946Rings(grid);
      GeoJsonLayer.assertCoordinatesWithin(grid.geometry(), -180, 180, -90, 90);
    }
  }

  @Test
  void every_level_is_a_valid_coverage_that_tiles_its_parent() {
    double latitude = layer.district().geometry().getEnvelopeInternal().centre().y;
    for (Grid parent : layer.firstLevel()) {
      List<Grid> children = layer.childrenOf(parent.code());
      assertEquals(100, children.size(), parent.code());
      assertValidCoverage(children, "the children of " + parent.code());
      assertTiles(parent.geometry(), children, latitude);
      children.forEach(c -> assertTrue(c.code().matches(parent.code() + "\\d{3}"), c.code()));
    }
    assertValidCoverage(layer.firstLevel(), "the first-level grids");
    assertTiles(layer.district().geometry(), layer.firstLevel(), latitude);
  }

  @Test
  void the_same_seed_gives_the_same_bytes_and_another_seed_other_shapes() {
    assertEquals(json, SyntheticDistrict.benchmarkGeoJson(42, 40, 100, 200));
    assertNotEquals(json, SyntheticDistrict.benchmarkGeoJson(43, 40, 100, 200));
  }

  @ParameterizedTest(name = "seed {0}: {1} first-level grids × {2} with {3} vertices")
  @CsvSource({
      "1, 7, 10, 30, 7, 9, 32",
      "2, 1, 1, 4, 1, 1, 4",
      "3, 12, 50, 80, 12, 49, 80",
      "-5, 3, 6, 500, 3, 6, 500"})
  void other_sizes_are_met_approximately_and_stay_valid(long seed, int first, int perFirst, int vertices,
      int expectedFirst, int expectedPerFirst, int expectedVertices) {
    GeoJsonLayer small = GeoJsonLayer.read(SyntheticDistrict.benchmarkGeoJson(seed, first, perFirst, vertices));
    assertEquals(expectedFirst, small.firstLevel().size());
    assertEquals(expectedFirst * expectedPerFirst, small.secondLevel().size());
    small.secondLevel().forEach(g -> assertEquals(expectedVertices, GeoJsonLayer.ringVertices(g.geometry()), g.code()));
    small.grids.forEach(GeoJsonLayer::assertValid);
    double latitude = small.district().geometry().getEnvelopeInternal().centre().y;
    for (Grid parent : small.firstLevel()) {
      assertValidCoverage(small.childrenOf(parent.code()), parent.code());
      assertTiles(parent.geometry(), small.childrenOf(parent.code()), latitude);
    }
    assertTiles(small.district().geometry(), small.firstLevel(), latitude);
  }

  @Test
  void sizes_out_of_range_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> SyntheticDistrict.benchmarkGeoJson(1, 0, 10, 10));
    assertThrows(IllegalArgumentException.class, () -> SyntheticDistrict.benchmarkGeoJson(1, 10, 0, 10));
    assertThrows(IllegalArgumentException.class, () -> SyntheticDistrict.benchmarkGeoJson(1, 10, 10, 3));
    assertThrows(IllegalArgumentException.class, () -> SyntheticDistrict.benchmarkGeoJson(1, 10_000, 10_000, 100));
  }

  private static void assertTiles(Geometry parent, List<Grid> pieces, double latitude) {
    Geometry union = GeoJsonLayer.union(pieces);
    assertTrue(squareMetres(parent.symDifference(union), latitude) < NOISE_SQUARE_METRES, "pieces tile the parent");
    double sum = pieces.stream().mapToDouble(p -> squareMetres(p.geometry(), latitude)).sum();
    assertEquals(squareMetres(parent, latitude), sum, NOISE_SQUARE_METRES, "no overlaps: areas add up");
  }
}
