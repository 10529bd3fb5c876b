package com.envgrid.demo.synthetic;

import org.locationtech.jts.geom.Geometry;

/**
 * One grid of a synthetic layer, as it becomes a GeoJSON feature.
 *
 * @param code       the grid code: the district's, then the parent's code plus three digits
 * @param name       the Chinese name
 * @param level      {@code district}; {@code town}, {@code street} or {@code park};
 *                   {@code community}, {@code village} or {@code cell}
 * @param parentCode the parent grid's code, {@code null} for the district
 * @param geometry   Polygon or MultiPolygon in WGS84 lon/lat
 */
record GridFeature(String code, String name, String level, String parentCode, Geometry geometry) {
}
