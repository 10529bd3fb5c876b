package com.envgrid.demo.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/** Test fixture: a grid layer read back from its GeoJSON, with the checks the scenarios share. */
final class GeoJsonLayer {

  static final Set<String> FIRST_LEVELS = Set.of("town", "street", "park");
  static final Set<String> SECOND_LEVELS = Set.of("community", "village", "cell");

  /** One feature, with its geometry parsed and its raw coordinates kept for ring-level checks. */
  record Grid(String code, String name, String level, String parent, Geometry geometry, JsonNode coordinates) {
    boolean isFirstLevel() {
      return FIRST_LEVELS.contains(level);
    }

    boolean isSecondLevel() {
      return SECOND_LEVELS.contains(level);
    }
  }

  final JsonNode root;
  final List<Grid> grids;

  private GeoJsonLayer(JsonNode root, List<Grid> grids) {
    this.root = root;
    this.grids = grids;
  }

  static GeoJsonLayer read(String json) {
    try {
      JsonNode root = new ObjectMapper().readTree(json);
      GeoJsonReader reader = new GeoJsonReader();
      List<Grid> grids = new ArrayList<>();
      for (JsonNode feature : root.get("features")) {
        JsonNode properties = feature.get("properties");
        JsonNode parent = properties.get("parent");
        grids.add(new Grid(properties.get("code").asText(), properties.get("name").asText(),
            properties.get("level").asText(), parent.isNull() ? null : parent.asText(),
            reader.read(feature.get("geometry").toString()), feature.get("geometry").get("coordinates")));
      }
      return new GeoJsonLayer(root, grids);
    } catch (Exception e) {
      throw new AssertionError("not a readable FeatureCollection: " + e, e);
    }
  }

  Grid district() {
    List<Grid> districts = grids.stream().filter(g -> g.level().equals("district")).toList();
    assertEquals(1, districts.size(), "one district");
    return districts.get(0);
  }

  List<Grid> firstLevel() {
    return grids.stream().filter(Grid::isFirstLevel).toList();
  }

  List<Grid> secondLevel() {
    return grids.stream().filter(Grid::isSecondLevel).toList();
  }

  Grid byCode(String code) {
    return grids.stream().filter(g -> g.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no grid " + code));
  }

  List<Grid> childrenOf(String code) {
    return grids.stream().filter(g -> code.equals(g.parent())).toList();
  }

  static Geometry[] geometries(List<Grid> grids) {
    return grids.stream().map(Grid::geometry).toArray(Geometry[]::new);
  }

  static Geometry union(List<Grid> grids) {
    return CoverageUnion.union(geometries(grids));
  }

  /** Asserts that CoverageValidator finds no invalid edge (it returns null for every valid element). */
  static void assertValidCoverage(List<Grid> grids, String what) {
    Geometry[] result = CoverageValidator.validate(geometries(grids));
    List<String> invalid = new ArrayList<>();
    for (int i = 0; i < result.length; i++) {
      if (result[i] != null) {
        invalid.add(grids.get(i).code() + " " + result[i]);
      }
    }
    assertTrue(invalid.isEmpty(), what + " is not a valid coverage: " + invalid);
  }

  /** Asserts RFC 7946 rings: closed, at least four positions, exterior counter-clockwise and holes clockwise. */
  static void assertRfc7946Rings(Grid grid) {
    JsonNode polygons = grid.geometry().getGeometryType().equals("Polygon")
        ? new ObjectMapper().createArrayNode().add(grid.coordinates()) : grid.coordinates();
    for (JsonNode polygon : polygons) {
      for (int r = 0; r < polygon.size(); r++) {
        JsonNode ring = polygon.get(r);
        assertTrue(ring.size() >= 4, grid.code() + ": a ring has " + ring.size() + " positions");
        assertEquals(ring.get(0), ring.get(ring.size() - 1), grid.code() + ": ring not closed");
        double signedArea = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
          signedArea += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
              - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
        }
        String rule = r == 0 ? " (exterior) must be counter-clockwise" : " (hole) must be clockwise";
        assertEquals(r == 0, signedArea > 0, grid.code() + ": ring " + r + rule);
      }
    }
  }

  /**
   * Area in square metres: the lon/lat geometry projected onto a local equirectangular plane at the latitude of
   * its centre (accurate to well under 1 % at district scale).
   */
  static double squareMetres(Geometry lonLat) {
    return lonLat.isEmpty() ? 0 : squareMetres(lonLat, lonLat.getEnvelopeInternal().centre().y);
  }

  /** Area in square metres on the equirectangular plane of a given latitude, so that areas of pieces add up. */
  static double squareMetres(Geometry lonLat, double latitude) {
    double metresPerDegree = 6_371_008.8 * Math.PI / 180;
    double cos = Math.cos(Math.toRadians(latitude));
    Geometry plane = lonLat.copy();
    plane.apply(new CoordinateSequenceFilter() {
      @Override
      public void filter(CoordinateSequence seq, int i) {
        seq.setOrdinate(i, 0, seq.getX(i) * metresPerDegree * cos);
        seq.setOrdinate(i, 1, seq.getY(i) * metresPerDegree);
      }

      @Override
      public boolean isDone() {
        return false;
      }

      @Override
      public boolean isGeometryChanged() {
        return true;
      }
    });
    return plane.getArea();
  }

  static double hectares(Geometry lonLat) {
    return squareMetres(lonLat) / 10_000;
  }

  /** Width and height of a geometry's envelope in kilometres. */
  static double[] extentKilometres(Geometry lonLat) {
    var envelope = lonLat.getEnvelopeInternal();
    double metresPerDegree = 6_371_008.8 * Math.PI / 180;
    double cos = Math.cos(Math.toRadians(envelope.centre().y));
    return new double[] {envelope.getWidth() * metresPerDegree * cos / 1000,
        envelope.getHeight() * metresPerDegree / 1000};
  }

  static void assertCoordinatesWithin(Geometry geometry, double minLon, double maxLon, double minLat,
      double maxLat) {
    for (Coordinate c : geometry.getCoordinates()) {
      assertTrue(c.x >= minLon && c.x <= maxLon && c.y >= minLat && c.y <= maxLat,
          "coordinate out of range (lon, lat): " + c);
    }
  }

  static void assertValid(Grid grid) {
    assertTrue(grid.geometry().isValid(), grid.code() + " " + grid.name() + " is not a valid geometry");
    assertFalse(grid.geometry().isEmpty(), grid.code() + " is empty");
    assertTrue(Set.of("Polygon", "MultiPolygon").contains(grid.geometry().getGeometryType()), grid.code());
  }

  static int ringVertices(Geometry polygonal) {
    // distinct vertices of all rings: each ring repeats its first position at the end
    return polygonal.getNumPoints() - ringCount(polygonal);
  }

  private static int ringCount(Geometry polygonal) {
    int rings = 0;
    for (int i = 0; i < polygonal.getNumGeometries(); i++) {
      rings += 1 + ((org.locationtech.jts.geom.Polygon) polygonal.getGeometryN(i)).getNumInteriorRing();
    }
    return rings;
  }

  static String codes(List<Grid> grids) {
    return grids.stream().map(Grid::code).collect(Collectors.joining(", "));
  }
}
