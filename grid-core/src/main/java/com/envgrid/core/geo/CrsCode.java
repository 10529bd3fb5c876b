package com.envgrid.core.geo;

import com.envgrid.core.input.ProblemCode;

/** Why a coordinate system, or coordinates in it, cannot be used; the params each names are given. */
public enum CrsCode implements ProblemCode {
    /** Coordinates in metres (not lon/lat) and no coordinate system given: "which coordinate system is this?";
     *  {@code x}, {@code y}: a sample coordinate, {@code suggested}: a likely EPSG code when the easting carries a
     *  Gauss–Krüger zone number, else absent. */
    UNKNOWN("crs.unknown"),
    /** A definition that cannot be read: {@code value}, {@code reason}. */
    UNREADABLE("crs.unreadable"),
    /** A coordinate system the platform does not transform: {@code crs}; {@code accepted} lists what is. */
    UNSUPPORTED("crs.unsupported"),
    /** Xi'an 1980 or Beijing 1954 without the seven towgs84 parameters of the district's own transformation:
     *  {@code crs}. */
    NEEDS_TOWGS84("crs.needs_towgs84"),
    /** Coordinates that cannot be in the coordinate system given: {@code crs}, {@code x}, {@code y},
     *  {@code suggested} (an EPSG code that fits, when one does). */
    MISMATCH("crs.mismatch");

    private final String code;

    CrsCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
