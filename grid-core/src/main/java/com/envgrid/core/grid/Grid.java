package com.envgrid.core.grid;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

import java.util.Objects;

/**
 * A grid as imported: a stable code, a name, a level, the code of its parent (null for the district and for
 * first-level grids of a layer without a district grid) and its Polygon or MultiPolygon in EPSG:4326, lon/lat.
 */
public record Grid(String code, String name, GridLevel level, String parentCode, Geometry geometry) {
    public Grid {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon)) {
            throw new IllegalArgumentException("grid " + code + " needs a Polygon or MultiPolygon");
        }
    }

    public Grid withGeometry(Geometry replacement) {
        return new Grid(code, name, level, parentCode, replacement);
    }
}
