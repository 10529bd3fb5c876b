package com.envgrid.demo.synthetic;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes grids as an RFC 7946 GeoJSON FeatureCollection: lon/lat with {@link LocalPlane#DECIMALS} decimals,
 * no {@code crs} member, exterior rings counter-clockwise and holes clockwise, one feature per line.
 * Each feature has the grid code as {@code id} and the properties {@code code, name, level, parent}.
 * <p>
 * Ordinates are written from their rounded value as plain decimals (no exponent, trailing zeros dropped), which
 * parse back to exactly the same doubles, so shared vertices stay identical for any reader.
 */
final class FeatureCollectionWriter {

  private FeatureCollectionWriter() {
  }

  static String write(List<GridFeature> features) {
    StringBuilder out = new StringBuilder(features.size() * 4096);
    out.append("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int f = 0; f < features.size(); f++) {
      GridFeature feature = features.get(f);
      out.append(f == 0 ? "\n" : ",\n");
      out.append("{\"type\":\"Feature\",\"id\":");
      string(out, feature.code());
      out.append(",\"properties\":{\"code\":");
      string(out, feature.code());
      out.append(",\"name\":");
      string(out, feature.name());
      out.append(",\"level\":");
      string(out, feature.level());
      out.append(",\"parent\":");
      string(out, feature.parentCode());
      out.append("},\"geometry\":");
      geometry(out, rfc7946(feature.geometry()));
      out.append('}');
    }
    out.append("\n]}\n");
    return out.toString();
  }

  private static void geometry(StringBuilder out, Geometry geometry) {
    out.append("{\"type\":\"").append(geometry.getGeometryType()).append("\",\"coordinates\":");
    if (geometry instanceof Polygon polygon) {
      polygon(out, polygon);
    } else {
      out.append('[');
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        if (i > 0) {
          out.append(',');
        }
        polygon(out, (Polygon) geometry.getGeometryN(i));
      }
      out.append(']');
    }
    out.append('}');
  }

  private static void polygon(StringBuilder out, Polygon polygon) {
    out.append('[');
    ring(out, polygon.getExteriorRing().getCoordinateSequence());
    for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
      out.append(',');
      ring(out, polygon.getInteriorRingN(i).getCoordinateSequence());
    }
    out.append(']');
  }

  private static void ring(StringBuilder out, CoordinateSequence ring) {
    out.append('[');
    for (int i = 0; i < ring.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append('[');
      ordinate(out, ring.getX(i));
      out.append(',');
      ordinate(out, ring.getY(i));
      out.append(']');
    }
    out.append(']');
  }

  /** Appends a degree value rounded to {@link LocalPlane#DECIMALS} decimals, e.g. {@code 120.30125}. */
  static void ordinate(StringBuilder out, double degrees) {
    long units = Math.round(degrees * 1e7);
    if (units < 0) {
      out.append('-');
      units = -units;
    }
    out.append(units / 10_000_000L);
    long fraction = units % 10_000_000L;
    if (fraction == 0) {
      return;
    }
    int digits = 7;
    while (fraction % 10 == 0) {
      fraction /= 10;
      digits--;
    }
    out.append('.');
    String text = Long.toString(fraction);
    for (int pad = text.length(); pad < digits; pad++) {
      out.append('0');
    }
    out.append(text);
  }

  private static void string(StringBuilder out, String value) {
    if (value == null) {
      out.append("null");
      return;
    }
    out.append('"');
    JsonStringEncoder.getInstance().quoteAsString(value, out);
    out.append('"');
  }

  /** The geometry with exterior rings counter-clockwise and holes clockwise (RFC 7946 section 3.1.6). */
  static Geometry rfc7946(Geometry geometry) {
    GeometryFactory factory = geometry.getFactory();
    if (geometry instanceof Polygon polygon) {
      return orient(polygon);
    }
    if (geometry instanceof MultiPolygon multi) {
      Polygon[] parts = new Polygon[multi.getNumGeometries()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = orient((Polygon) multi.getGeometryN(i));
      }
      return factory.createMultiPolygon(parts);
    }
    throw new IllegalArgumentException("a grid is a Polygon or MultiPolygon, not " + geometry.getGeometryType());
  }

  private static Polygon orient(Polygon polygon) {
    GeometryFactory factory = polygon.getFactory();
    LinearRing shell = ring(polygon.getExteriorRing(), true);
    LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
    for (int i = 0; i < holes.length; i++) {
      holes[i] = ring(polygon.getInteriorRingN(i), false);
    }
    return factory.createPolygon(shell, holes);
  }

  private static LinearRing ring(LinearRing ring, boolean counterClockwise) {
    if (Orientation.isCCW(ring.getCoordinateSequence()) == counterClockwise) {
      return ring;
    }
    return ring.reverse();
  }
}
