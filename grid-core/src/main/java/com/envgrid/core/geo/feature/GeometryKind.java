package com.envgrid.core.geo.feature;

/**
 * The one kind of geometry every feature of a layer has — what a Shapefile or a GeoPackage table declares. Polygon
 * and line layers may hold multi-part geometries.
 */
public enum GeometryKind {
    POINT, LINE, POLYGON
}
