package com.envgrid.core.geo.file;

import com.envgrid.core.geo.feature.Feature;
import com.envgrid.core.geo.feature.Field;
import com.envgrid.core.geo.feature.GeometryKind;

import java.util.List;
import java.util.Objects;

/**
 * One layer to be written as a GeoPackage or a zipped Shapefile: its name (the table and file name, e.g.
 * {@code grids-tier-1}), its title for people (一级网格), the one kind of geometry its features have, its fields in
 * order and its features, geometries in WGS84 lon/lat.
 */
public record OutputLayer(String name, String title, GeometryKind kind, List<Field> fields, List<Feature> features) {
    public OutputLayer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        fields = List.copyOf(fields);
        features = List.copyOf(features);
    }
}
