package com.envgrid.core.source;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

import java.util.Objects;

/**
 * A river segment under the river-chief system (河长制): a stable code, the river's name, the river chief (河长) who
 * answers for it, and its course as a LineString or MultiLineString in EPSG:4326, lon/lat.
 */
public record RiverSegment(String code, String riverName, String chiefName, Geometry geometry) {
    public RiverSegment {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(riverName, "riverName");
        if (chiefName == null || chiefName.isBlank()) {
            throw new IllegalArgumentException("river segment " + code + " needs a named river chief");
        }
        if (!(geometry instanceof LineString || geometry instanceof MultiLineString) || geometry.isEmpty()) {
            throw new IllegalArgumentException("river segment " + code + " needs a LineString or MultiLineString");
        }
    }
}
