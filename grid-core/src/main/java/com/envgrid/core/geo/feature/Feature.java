package com.envgrid.core.geo.feature;

import org.locationtech.jts.geom.Geometry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One feature of a layer as GIS clients receive it: a stable id, its geometry in WGS84 lon/lat and its property
 * values keyed by {@link Field#name()} — String, Number, Boolean, LocalDate or Instant, or null.
 */
public record Feature(String id, Geometry geometry, Map<String, Object> properties) {
    public Feature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(geometry, "geometry");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
