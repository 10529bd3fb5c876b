package com.envgrid.demo.synthetic;

import static com.envgrid.demo.synthetic.GeoJsonLayer.assertCoordinatesWithin;
import static com.envgrid.demo.synthetic.GeoJsonLayer.assertRfc7946Rings;
import static com.envgrid.demo.synthetic.GeoJsonLayer.assertValidCoverage;
import static com.envgrid.demo.synthetic.GeoJsonLayer.hectares;
import static com.envgrid.demo.synthetic.GeoJsonLayer.squareMetres;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.demo.synthetic.GeoJsonLayer.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** Scenario: the platform starts for the first time and loads the demo district 清源区. */
class SyntheticDemoDistrictTest {

  private static final String INNER_PARK = "320214402";
  private static final String GAP_TOWN = "320214005";
  /** A sliver this small is numerical noise, not a gap or an overlap. */
  private static final double NOISE_SQUARE_METRES = 1.0;

  private static String json;
  private static GeoJsonLayer demo;

  @BeforeAll
  static void loadTheDemo() {
    json = SyntheticDistrict.demoGeoJson();
    demo = GeoJsonLayer.read(json);
  }

  @Test
  void the_demo_is_the_same_bytes_every_time() {
    assertEquals(json, SyntheticDistrict.demoGeoJson());
  }

  @Test
  void it_is_an_rfc7946_feature_collection_in_eastern_china() {
    assertEquals("FeatureCollection", demo.root.get("type").asText());
    assertNull(demo.root.get("crs"), "RFC 7946 has no crs member");
    demo.root.get("features").forEach(f -> assertNull(f.get("geometry").get("crs"), "no crs on geometries"));
    for (Grid grid : demo.grids) {
      assertCoordinatesWithin(grid.geometry(), 119.9, 120.7, 31.3, 31.8);
      assertRfc7946Rings(grid);
    }
    double[] extent = GeoJsonLayer.extentKilometres(demo.district().geometry());
    assertTrue(extent[0] > 17 && extent[0] < 28, "district is about 20 km wide: " + extent[0]);
    assertTrue(extent[1] > 12 && extent[1] < 22, "district is about 15 km high: " + extent[1]);
  }

  @Test
  void the_district_has_six_towns_and_streets_two_parks_and_about_fifty_second_level_grids() {
    Grid district = demo.district();
    assertEquals("320214", district.code());
    assertEquals("清源区", district.name());
    assertNull(district.parent());

    List<Grid> first = demo.firstLevel();
    assertEquals(List.of("320214001", "320214002", "320214003", "320214004", "320214005", "320214006"),
        first.stream().filter(g -> !g.level().equals("park")).map(Grid::code).toList());
    assertEquals(3, first.stream().filter(g -> g.level().equals("town") && g.name().endsWith("镇")).count());
    assertEquals(3, first.stream().filter(g -> g.level().equals("street") && g.name().endsWith("街道")).count());
    List<Grid> parks = first.stream().filter(g -> g.level().equals("park")).toList();
    assertEquals(2, parks.size());
    parks.forEach(p -> assertTrue(p.name().endsWith("园区") || p.name().endsWith("园"), p.name()));
    first.forEach(g -> assertEquals("320214", g.parent(), g.code() + " hangs under the district"));

    List<Grid> second = demo.secondLevel();
    assertTrue(second.size() >= 45 && second.size() <= 60, "about 50 second-level grids: " + second.size());
    for (Grid grid : second) {
      Grid parent = demo.byCode(grid.parent());
      assertTrue(parent.isFirstLevel(), grid.code() + " hangs under a first-level grid");
      assertTrue(grid.code().matches(parent.code() + "\\d{3}"), grid.code() + " is its parent's code + 3 digits");
      String expectedSuffix = switch (grid.level()) {
        case "community" -> "社区";
        case "village" -> "村";
        default -> "网格";
      };
      assertTrue(grid.name().endsWith(expectedSuffix), grid.name() + " is a " + grid.level());
      switch (parent.level()) {
        case "street" -> assertEquals("community", grid.level(), grid.code());
        case "town" -> assertTrue(grid.level().equals("community") || grid.level().equals("village"), grid.code());
        default -> assertEquals("cell", grid.level(), grid.code());
      }
    }
    assertEquals(second.size(), second.stream().map(Grid::code).distinct().count(), "codes are unique");
    assertEquals(second.size(), second.stream().map(Grid::name).distinct().count(), "names are unique");
    int innerParkCells = demo.childrenOf(INNER_PARK).size();
    assertTrue(innerParkCells >= 2 && innerParkCells <= 3, "the inner park has 2-3 cells: " + innerParkCells);
  }

  @Test
  void every_grid_is_a_valid_polygon() {
    demo.grids.forEach(GeoJsonLayer::assertValid);
  }

  @Test
  void the_second_level_grids_of_each_first_level_grid_form_a_valid_coverage() {
    for (Grid parent : demo.firstLevel()) {
      List<Grid> children = demo.childrenOf(parent.code());
      assertFalse(children.isEmpty(), parent.code() + " has second-level grids");
      assertValidCoverage(children, "the children of " + parent.code());
      for (Grid child : children) {
        double outside = squareMetres(child.geometry().difference(parent.geometry()));
        assertTrue(outside < NOISE_SQUARE_METRES, child.code() + " reaches outside its parent by " + outside + " m²");
      }
    }
  }

  @Test
  void the_only_uncovered_area_is_the_deliberate_gap_of_a_few_hectares() {
    Geometry innerPark = demo.byCode(INNER_PARK).geometry();
    for (Grid parent : demo.firstLevel()) {
      Geometry effective = parent.geometry();
      if (parent.geometry().covers(innerPark) && !parent.code().equals(INNER_PARK)) {
        effective = effective.difference(innerPark);
      }
      Geometry uncovered = effective.difference(GeoJsonLayer.union(demo.childrenOf(parent.code())));
      if (parent.code().equals(GAP_TOWN)) {
        List<Geometry> pieces = IntStream.range(0, uncovered.getNumGeometries()).mapToObj(uncovered::getGeometryN)
            .filter(g -> squareMetres(g) > NOISE_SQUARE_METRES).toList();
        assertEquals(1, pieces.size(), "one gap in " + GAP_TOWN);
        double gap = hectares(pieces.get(0));
        assertTrue(gap >= 1 && gap <= 20, "the gap is a few hectares: " + gap + " ha");
      } else {
        assertTrue(squareMetres(uncovered) < NOISE_SQUARE_METRES,
            parent.code() + " has uncovered area " + squareMetres(uncovered) + " m²");
      }
    }
  }

  @Test
  void the_inner_park_lies_inside_its_town_and_the_towns_villages_leave_it_out() {
    Grid park = demo.byCode(INNER_PARK);
    List<Grid> containing = demo.firstLevel().stream()
        .filter(g -> !g.code().equals(INNER_PARK) && g.geometry().covers(park.geometry())).toList();
    assertEquals(1, containing.size(), "exactly one town covers the inner park");
    Grid town = containing.get(0);
    assertEquals("town", town.level());
    for (Grid village : demo.childrenOf(town.code())) {
      double overlap = squareMetres(village.geometry().intersection(park.geometry()));
      assertTrue(overlap < NOISE_SQUARE_METRES, village.code() + " covers " + overlap + " m² of the inner park");
    }
    assertValidCoverage(withAll(demo.childrenOf(town.code()), demo.childrenOf(INNER_PARK)),
        "the town's villages together with the park's cells");
  }

  @Test
  void the_first_level_grids_tile_the_district_once_the_inner_park_is_taken_out_of_its_town() {
    Geometry innerPark = demo.byCode(INNER_PARK).geometry();
    List<Geometry> tiles = new ArrayList<>();
    List<Grid> labelled = new ArrayList<>();
    for (Grid grid : demo.firstLevel()) {
      boolean hostsPark = !grid.code().equals(INNER_PARK) && grid.geometry().covers(innerPark);
      Geometry tile = hostsPark ? grid.geometry().difference(innerPark) : grid.geometry();
      tiles.add(tile);
      labelled.add(new Grid(grid.code(), grid.name(), grid.level(), grid.parent(), tile, null));
    }
    assertValidCoverage(labelled, "the first-level grids");
    Geometry district = demo.district().geometry();
    Geometry union = GeoJsonLayer.union(labelled);
    assertTrue(squareMetres(district.symDifference(union)) < NOISE_SQUARE_METRES,
        "first-level grids tile the district");
    double latitude = district.getEnvelopeInternal().centre().y;
    double sum = tiles.stream().mapToDouble(tile -> squareMetres(tile, latitude)).sum();
    assertEquals(squareMetres(district, latitude), sum, NOISE_SQUARE_METRES, "no overlaps: areas add up");
  }

  @Test
  void one_village_has_two_parts_and_one_grid_lies_in_a_hole_of_its_neighbour() {
    List<Grid> multi = demo.secondLevel().stream()
        .filter(g -> g.geometry().getGeometryType().equals("MultiPolygon")).toList();
    assertEquals(1, multi.size(), "one two-part grid: " + GeoJsonLayer.codes(multi));
    assertEquals(2, multi.get(0).geometry().getNumGeometries());

    List<Grid> withHoles = demo.secondLevel().stream()
        .filter(g -> g.geometry() instanceof Polygon p && p.getNumInteriorRing() > 0).toList();
    assertEquals(1, withHoles.size(), "one host with a hole: " + GeoJsonLayer.codes(withHoles));
    Polygon host = (Polygon) withHoles.get(0).geometry();
    assertEquals(1, host.getNumInteriorRing());
    Geometry hole = host.getFactory().createPolygon(host.getInteriorRingN(0).getCoordinates());
    List<Grid> enclaves = demo.childrenOf(withHoles.get(0).parent()).stream()
        .filter(g -> g.geometry().equalsTopo(hole)).toList();
    assertEquals(1, enclaves.size(), "the hole is exactly one enclave grid");
  }

  @Test
  void boundaries_meander_rather_than_run_straight() {
    Map<String, Integer> vertices = demo.secondLevel().stream()
        .collect(Collectors.toMap(Grid::code, g -> GeoJsonLayer.ringVertices(g.geometry())));
    double mean = vertices.values().stream().mapToInt(Integer::intValue).average().orElseThrow();
    assertTrue(mean >= 30, "second-level boundaries have many vertices: " + mean);
    assertTrue(GeoJsonLayer.ringVertices(demo.district().geometry()) >= 150, "the district outline is irregular");
    Geometry district = demo.district().geometry();
    double convexity = district.getArea() / district.convexHull().getArea();
    assertTrue(convexity < 0.97, "the outline is not a convex blob: " + convexity);
  }

  private static List<Grid> withAll(List<Grid> a, List<Grid> b) {
    List<Grid> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
