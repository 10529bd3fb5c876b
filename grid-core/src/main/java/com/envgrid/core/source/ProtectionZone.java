package com.envgrid.core.source;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

import java.util.Objects;

/**
 * A drinking-water source protection zone (饮用水水源保护区), or one level of it: a stable code, a name, the level
 * and its area as a Polygon or MultiPolygon in EPSG:4326, lon/lat.
 */
public record ProtectionZone(String code, String name, ZoneLevel level, Geometry polygon) {
    public ProtectionZone {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if (!(polygon instanceof Polygon || polygon instanceof MultiPolygon) || polygon.isEmpty()) {
            throw new IllegalArgumentException("protection zone " + code + " needs a Polygon or MultiPolygon");
        }
    }
}
