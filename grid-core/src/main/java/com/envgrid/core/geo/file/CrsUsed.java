package com.envgrid.core.geo.file;

import com.envgrid.core.geo.Crs;

/**
 * The coordinate system a file was read in, and where it came from: {@code prj} (the Shapefile's .prj),
 * {@code geopackage} (the layer's SRS), {@code geojson} (the old {@code crs} member), {@code parameter} (the
 * {@code crs=} the user gave) or {@code default} (none given, lon/lat coordinates: WGS84 as RFC 7946 says).
 */
public record CrsUsed(Crs crs, String source) {
}
