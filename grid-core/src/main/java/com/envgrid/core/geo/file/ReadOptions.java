package com.envgrid.core.geo.file;

/**
 * How to read a boundary file: {@code crs} (a {@link com.envgrid.core.geo.Crs#parse name} given by the user, for
 * a file without one or to override it; null to use the file's), {@code layer} (the GeoPackage table or the
 * Shapefile within the zip; null when the file has one), which {@code shapes} the features must have and what
 * they are for ({@code what}: "a grid", "a river segment") to say so when one has another.
 */
public record ReadOptions(String crs, String layer, Shapes shapes, String what) {
    public ReadOptions {
        crs = crs == null || crs.isBlank() ? null : crs.strip();
        layer = layer == null || layer.isBlank() ? null : layer.strip();
    }

    public static ReadOptions of(Shapes shapes, String what) {
        return new ReadOptions(null, null, shapes, what);
    }

    public ReadOptions with(String crs, String layer) {
        return new ReadOptions(crs, layer, shapes, what);
    }
}
