package com.envgrid.core.geo.file;

import java.util.Set;

/** Which geometry types a feature may have, as the caller needs them (grids and zones: areas, rivers: lines). */
public enum Shapes {
    AREAS("Polygon or MultiPolygon", Set.of("Polygon", "MultiPolygon")),
    LINES("LineString or MultiLineString", Set.of("LineString", "MultiLineString")),
    ANY("geometry", Set.of("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"));

    private final String words;
    private final Set<String> types;

    Shapes(String words, Set<String> types) {
        this.words = words;
        this.types = types;
    }

    public boolean accepts(String geometryType) {
        return types.contains(geometryType);
    }

    /** "a grid needs a Polygon or MultiPolygon, not LineString". */
    String refusal(String what, String geometryType) {
        String got = geometryType == null || geometryType.isEmpty() ? "a geometry without type" : geometryType;
        return this == ANY ? "unknown geometry type " + got : what + " needs a " + words + ", not " + got;
    }
}
