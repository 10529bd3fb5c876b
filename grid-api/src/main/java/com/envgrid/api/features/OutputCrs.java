package com.envgrid.api.features;

import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.core.geo.Crs;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The coordinate systems features are served in and bounding boxes are given in (OGC API – Features Part 2, {@code crs}
 * and {@code bbox-crs}), by their OGC URIs: WGS84 lon/lat (CRS84, the default), CGCS2000 (EPSG:4490) and WGS 84
 * (EPSG:4326). The two EPSG systems put latitude first, as their definitions do and Part 2 requires of GeoJSON
 * written in them; CRS84 keeps GeoJSON's lon/lat. CGCS2000 is taken as WGS84 (see {@link Crs}): the coordinates are
 * the same numbers, only the order differs.
 */
public enum OutputCrs {
    CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84", Crs.WGS84, false),
    CGCS2000("http://www.opengis.net/def/crs/EPSG/0/4490", Crs.CGCS2000, true),
    WGS84("http://www.opengis.net/def/crs/EPSG/0/4326", Crs.WGS84, true);

    private final String uri;
    private final Crs crs;
    private final boolean latitudeFirst;

    OutputCrs(String uri, Crs crs, boolean latitudeFirst) {
        this.uri = uri;
        this.crs = crs;
        this.latitudeFirst = latitudeFirst;
    }

    /** The system a parameter ({@code crs}, {@code bbox-crs}) names; CRS84 when it is absent, 400 naming it if unknown. */
    public static OutputCrs parse(String parameter, String value) {
        if (value == null || value.isEmpty()) {
            return CRS84;
        }
        return Arrays.stream(values()).filter(c -> c.uri.equals(value)).findFirst().orElseThrow(() ->
                new InvalidParameter(parameter, "unknown coordinate system \"" + value + "\"; accepted: " + uris()));
    }

    /** The accepted URIs, comma-separated. */
    public static String uris() {
        return Arrays.stream(values()).map(OutputCrs::uri).collect(Collectors.joining(", "));
    }

    public String uri() {
        return uri;
    }

    /** The coordinate system files written in this one declare: WGS84 or CGCS2000. */
    public Crs crs() {
        return crs;
    }

    public boolean latitudeFirst() {
        return latitudeFirst;
    }

    /** A WGS84 lon/lat geometry in this system's axis order (the same geometry when lon/lat). */
    public Geometry fromLonLat(Geometry lonLat) {
        return latitudeFirst ? swapped(lonLat) : lonLat;
    }

    /** A position given in this system's axis order, as lon/lat: {@code [x, y]} → {@code [lon, lat]}. */
    public double[] toLonLat(double x, double y) {
        return latitudeFirst ? new double[]{y, x} : new double[]{x, y};
    }

    private static Geometry swapped(Geometry geometry) {
        Geometry copy = geometry.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double x = seq.getX(i);
                seq.setOrdinate(i, CoordinateSequence.X, seq.getY(i));
                seq.setOrdinate(i, CoordinateSequence.Y, x);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }
}
