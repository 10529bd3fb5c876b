package com.envgrid.core.geo;

import org.locationtech.jts.geom.Geometry;

/**
 * Areas of lon/lat (EPSG:4326) geometries on the WGS84 ellipsoid, through a {@link LocalProjection} centred on
 * each geometry. Empty geometries have area 0.
 */
public final class Areas {
    private Areas() {
    }

    /** The ellipsoidal area of a lon/lat geometry in square metres. */
    public static double squareMetres(Geometry lonLat) {
        if (lonLat.isEmpty()) {
            return 0;
        }
        return LocalProjection.centredOn(lonLat.getEnvelopeInternal()).toMetres(lonLat).getArea();
    }

    /** The ellipsoidal area of a lon/lat geometry in square kilometres. */
    public static double squareKilometres(Geometry lonLat) {
        return squareMetres(lonLat) / 1_000_000d;
    }
}
