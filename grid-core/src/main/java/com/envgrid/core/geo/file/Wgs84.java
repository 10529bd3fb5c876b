package com.envgrid.core.geo.file;

import com.envgrid.core.geo.Crs;
import com.envgrid.core.geo.CrsRefused;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The steps every format shares to bring its coordinates to WGS84 lon/lat. */
final class Wgs84 {
    private Wgs84() {
    }

    /**
     * The coordinate system to read a file in: the user's {@code crs=} first, else the file's own ({@code declared}
     * from {@code source}, stated at {@code declaredWhere}; not even read when the user gave one, so that a
     * definition the platform refuses can be overridden), else lon/lat if the coordinates can be degrees —
     * refused when they cannot, or when they do not fit the system.
     */
    static CrsUsed choose(String parameter, Supplier<Crs> declared, String source, String declaredWhere,
                          Envelope extent) {
        CrsUsed used;
        String where;
        Crs own;
        if (parameter != null) {
            try {
                used = new CrsUsed(Crs.parse(parameter), "parameter");
            } catch (CrsRefused refused) {
                throw refused.asInvalidInput("?crs");
            }
            where = "?crs";
        } else if ((own = declaredBy(declared, declaredWhere)) != null) {
            used = new CrsUsed(own, source);
            where = declaredWhere;
        } else {
            try {
                used = new CrsUsed(Crs.forUnlabelled(extent), "default");
            } catch (CrsRefused refused) {
                throw refused.asInvalidInput("");
            }
            where = "";
        }
        try {
            used.crs().checkFits(extent);
        } catch (CrsRefused refused) {
            throw refused.asInvalidInput(where);
        }
        return used;
    }

    /** The file's own system (the supplier is called only when the user gave none), null when it has none. */
    private static Crs declaredBy(Supplier<Crs> declared, String where) {
        try {
            return declared.get();
        } catch (CrsRefused refused) {
            throw refused.asInvalidInput(where);
        }
    }

    /**
     * Why a lon/lat position cannot be one, or null: out of range, or — the usual mistake — written as [lat, lon].
     */
    static String outOfRange(double lon, double lat) {
        if (Math.abs(lat) > 90 && Math.abs(lat) <= 180 && Math.abs(lon) <= 90) {
            return "[" + lon + ", " + lat + "] reads as [lat, lon]: GeoJSON positions are [lon, lat]"
                    + " (latitude " + lat + " is out of range, longitude " + lat + " would not be)";
        }
        if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            return "[" + lon + ", " + lat + "] is out of range: longitude must be within ±180, latitude within ±90";
        }
        return null;
    }

    /**
     * The features with their geometries in WGS84. {@code checkEachPosition}: whether lon/lat positions still need
     * their range checked (GeoJSON checks each where it is, while parsing).
     */
    static List<FileFeature> transformed(List<FileFeature> features, CrsUsed used, boolean checkEachPosition) {
        List<FileFeature> result = new ArrayList<>(features.size());
        for (FileFeature f : features) {
            if (f.geometry() == null) {
                result.add(f);
                continue;
            }
            if (checkEachPosition && used.crs().isGeographic()) {
                String problem = firstOutOfRange(f.geometry());
                if (problem != null) {
                    result.add(FileFeature.unreadable(f.where(), f.properties(),
                            List.of(new InputProblem(f.at("geometry"), problem))));
                    continue;
                }
            }
            try {
                result.add(FileFeature.read(f.where(), f.properties(), used.crs().toWgs84(f.geometry())));
            } catch (CrsRefused refused) {
                result.add(FileFeature.unreadable(f.where(), f.properties(), List.of(refused.at(f.at("geometry")))));
            }
        }
        return result;
    }

    private static String firstOutOfRange(Geometry geometry) {
        for (Coordinate c : geometry.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
                return "coordinates must be finite numbers, got [" + c.x + ", " + c.y + "]";
            }
            String problem = outOfRange(c.x, c.y);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** The extent of the readable geometries, in the file's own coordinates. */
    static Envelope extent(List<FileFeature> features) {
        Envelope extent = new Envelope();
        for (FileFeature f : features) {
            if (f.geometry() != null) {
                extent.expandToInclude(f.geometry().getEnvelopeInternal());
            }
        }
        return extent;
    }

    static InvalidInput refused(FileCode code, String where, String message, java.util.Map<String, ?> params) {
        return new InvalidInput(message, List.of(new InputProblem(where, message, code, params)));
    }
}
