package com.envgrid.core.geo.file;

import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reads the features of a boundary file — GeoJSON, GeoPackage or zipped Shapefile, told apart by its bytes — in
 * WGS84 lon/lat, with the coordinate system they were in and where it came from. Structural problems (not such a
 * file, no such layer, a coordinate system that cannot be used) refuse the whole file; problems of single
 * features are left on the features for the caller to report together with its own.
 */
public final class FeatureFiles {
    /** Geometries read are in WGS84 lon/lat. */
    public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private FeatureFiles() {
    }

    public static FeatureFile read(byte[] body, ReadOptions options) {
        return switch (FileFormat.detect(body)) {
            case GEOJSON -> GeoJsonFeatures.read(body, options, WGS84);
            case GEOPACKAGE -> GeoPackageFeatures.read(body, options);
            case SHAPEFILE -> ShapefileFeatures.read(body, options);
        };
    }
}
