package com.envgrid.api.shared;

import io.micronaut.http.MediaType;

/**
 * The content types a boundary file (GeoJSON, GeoPackage, zipped Shapefile) may be sent with. The format is told
 * from the bytes, not from the type, which browsers guess from the file name (often none for .gpkg).
 */
public final class BoundaryFiles {
    public static final String GEOPACKAGE = "application/geopackage+sqlite3";
    public static final String ZIP = "application/zip";
    /** What Windows browsers send for a .zip. */
    public static final String ZIP_WINDOWS = "application/x-zip-compressed";

    private BoundaryFiles() {
    }

    /** For {@code consumes} of the routes that take a boundary file. */
    public static final String[] MEDIA_TYPES = {MediaType.APPLICATION_JSON, GeoJson.MEDIA_TYPE, GEOPACKAGE, ZIP,
            ZIP_WINDOWS, MediaType.APPLICATION_OCTET_STREAM};
}
