package com.envgrid.core.geo.file;

import com.envgrid.core.geo.feature.Feature;
import com.envgrid.core.geo.feature.GeometryKind;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A feature's geometry as the files declare the layer: line and polygon layers are multi-part throughout (a
 * district's grid may be two pieces on either side of a river), so single parts are written as one-part
 * multi-geometries; point layers hold points.
 */
final class WrittenGeometries {
    private WrittenGeometries() {
    }

    static Geometry of(GeometryKind kind, Feature feature) {
        Geometry geometry = feature.geometry();
        Geometry written = switch (kind) {
            case POINT -> geometry instanceof Point ? geometry : null;
            case LINE -> geometry instanceof MultiLineString ? geometry : geometry instanceof LineString line
                    ? geometry.getFactory().createMultiLineString(new LineString[]{line}) : null;
            case POLYGON -> geometry instanceof MultiPolygon ? geometry : geometry instanceof Polygon polygon
                    ? geometry.getFactory().createMultiPolygon(new Polygon[]{polygon}) : null;
        };
        if (written == null) {
            throw new IllegalArgumentException("feature " + feature.id() + " is a " + geometry.getGeometryType()
                    + " in a layer of " + kind);
        }
        return written;
    }
}
