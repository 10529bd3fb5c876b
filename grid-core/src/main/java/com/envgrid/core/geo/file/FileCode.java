package com.envgrid.core.geo.file;

import com.envgrid.core.input.ProblemCode;

/** Why a boundary file cannot be read; the params each names are given. */
public enum FileCode implements ProblemCode {
    /** Not GeoJSON, a GeoPackage or a zipped Shapefile, or empty. */
    UNKNOWN_FORMAT("file.unknown_format"),
    /** A GeoPackage or zip that cannot be opened: {@code reason}. */
    UNREADABLE("file.unreadable"),
    /** A zip without a .shp, or a .shp without its .dbf: {@code missing} (the file missing, when one is named). */
    NO_SHAPEFILE("file.no_shapefile"),
    /** A GeoPackage with no feature table. */
    NO_LAYER("file.no_layer"),
    /** {@code layer=} names no layer of the file: {@code layer}, {@code layers} (those there are). */
    UNKNOWN_LAYER("file.unknown_layer"),
    /** Several layers and no {@code layer=} to choose one: {@code layers}. */
    CHOOSE_LAYER("file.choose_layer"),
    /** A layer with no features. */
    NO_FEATURES("file.no_features");

    private final String code;

    FileCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
