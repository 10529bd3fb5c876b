package com.envgrid.api.grid;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * GeoJSON files of grids for the API tests, sketched as WKT in tiny integer units near lon 120, lat 30
 * (one unit = 0.001°, about 96 m × 111 m).
 */
public final class GridFiles {
    static final double UNIT = 0.001;

    private final List<String> features = new ArrayList<>();

    public static GridFiles file() {
        return new GridFiles();
    }

    static double lon(double x) {
        return 120 + x * UNIT;
    }

    static double lat(double y) {
        return 30 + y * UNIT;
    }

    public static String square(double x0, double y0, double x1, double y1) {
        return String.format(Locale.ROOT, "POLYGON((%s %s, %s %s, %s %s, %s %s, %s %s))",
                x0, y0, x1, y0, x1, y1, x0, y1, x0, y0);
    }

    public static Geometry geometry(String wkt) {
        try {
            Geometry g = new WKTReader().read(wkt);
            g.apply(new CoordinateSequenceFilter() {
                public void filter(CoordinateSequence seq, int i) {
                    seq.setOrdinate(i, 0, lon(seq.getX(i)));
                    seq.setOrdinate(i, 1, lat(seq.getY(i)));
                }

                public boolean isDone() {
                    return false;
                }

                public boolean isGeometryChanged() {
                    return true;
                }
            });
            return g;
        } catch (Exception e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }

    public GridFiles grid(String code, String level, String parent, String wkt) {
        return grid(code, "grid " + code, level, parent, wkt);
    }

    /** A grid with a name of its own, written into the file as a JSON string (quotes escaped). */
    public GridFiles grid(String code, String name, String level, String parent, String wkt) {
        return raw(String.format("{\"code\":\"%s\",\"name\":\"%s\",\"level\":\"%s\",\"parent\":%s}",
                code, name.replace("\"", "\\\""), level, parent == null ? "null" : "\"" + parent + "\""),
                geoJson(geometry(wkt)));
    }

    GridFiles raw(String properties, String geometry) {
        features.add("{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}");
        return this;
    }

    public static String geoJson(Geometry g) {
        GeoJsonWriter writer = new GeoJsonWriter(12);
        writer.setEncodeCRS(false);
        return writer.write(g);
    }

    public String json() {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    /** District D (0..20 × 0..10), towns A (west) and B (east), communities A1 (south of A) and A2 (north). */
    public static GridFiles smallDistrict() {
        return file().grid("D", "district", null, square(0, 0, 20, 10))
                .grid("A", "town", "D", square(0, 0, 10, 10))
                .grid("B", "street", "D", square(10, 0, 20, 10))
                .grid("A1", "community", "A", square(0, 0, 10, 5))
                .grid("A2", "community", "A", square(0, 5, 10, 10));
    }
}
