package com.envgrid.demo.synthetic;

import org.locationtech.jts.geom.Coordinate;

/**
 * A local plane in metres (x east, y north) around an origin in WGS84 lon/lat, with the equirectangular
 * mapping that is accurate enough over a district (tens of kilometres).
 * <p>
 * Every lon/lat it returns is rounded to {@link #DECIMALS} decimals (about 1 cm), the precision the GeoJSON is
 * written with, so that the geometry operations work on exactly the coordinates that are published.
 */
final class LocalPlane {

  /** Decimals of a degree kept in every published ordinate. */
  static final int DECIMALS = 7;

  private static final double SCALE = 1e7;
  private static final double EARTH_RADIUS_METRES = 6_371_008.8;

  private final double originLon;
  private final double originLat;
  private final double metresPerDegreeLon;
  private final double metresPerDegreeLat;

  LocalPlane(double originLon, double originLat) {
    this.originLon = originLon;
    this.originLat = originLat;
    this.metresPerDegreeLat = EARTH_RADIUS_METRES * StrictMath.PI / 180.0;
    this.metresPerDegreeLon = metresPerDegreeLat * StrictMath.cos(StrictMath.toRadians(originLat));
  }

  /** The rounded lon/lat of a point of the plane. */
  Coordinate toLonLat(double x, double y) {
    return new Coordinate(round(originLon + x / metresPerDegreeLon), round(originLat + y / metresPerDegreeLat));
  }

  /** A distance in metres expressed in degrees of latitude (for tolerances of planar operations on lon/lat). */
  double degrees(double metres) {
    return metres / metresPerDegreeLat;
  }

  static double round(double degrees) {
    return Math.floor(degrees * SCALE + 0.5) / SCALE;
  }
}
