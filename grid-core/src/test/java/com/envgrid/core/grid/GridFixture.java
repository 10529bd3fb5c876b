package com.envgrid.core.grid;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Grids written as WKT in tiny integer units, placed near lon 120, lat 30: one unit is 0.001° (about 96 m east,
 * 111 m north), so a test reads as a sketch on squared paper and still measures real metres.
 */
public final class GridFixture {
    public static final double ORIGIN_LON = 120;
    public static final double ORIGIN_LAT = 30;
    public static final double UNIT = 0.001;

    private GridFixture() {
    }

    public static Geometry wkt(String wkt) {
        try {
            Geometry g = new WKTReader().read(wkt);
            g.apply(new CoordinateSequenceFilter() {
                @Override
                public void filter(CoordinateSequence seq, int i) {
                    seq.setOrdinate(i, 0, ORIGIN_LON + seq.getX(i) * UNIT);
                    seq.setOrdinate(i, 1, ORIGIN_LAT + seq.getY(i) * UNIT);
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
            return g;
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }

    public static double lon(double x) {
        return ORIGIN_LON + x * UNIT;
    }

    public static double lat(double y) {
        return ORIGIN_LAT + y * UNIT;
    }

    public static Grid district(String wkt) {
        return new Grid("D", "district", GridLevel.DISTRICT, null, wkt(wkt));
    }

    public static Grid town(String code, String wkt) {
        return new Grid(code, "town " + code, GridLevel.TOWN, "D", wkt(wkt));
    }

    /** A town in a layer without a district grid. */
    public static Grid topTown(String code, String wkt) {
        return new Grid(code, "town " + code, GridLevel.TOWN, null, wkt(wkt));
    }

    public static Grid park(String code, String wkt) {
        return new Grid(code, "park " + code, GridLevel.PARK, "D", wkt(wkt));
    }

    public static Grid community(String code, String parent, String wkt) {
        return new Grid(code, "community " + code, GridLevel.COMMUNITY, parent, wkt(wkt));
    }

    /** Two districts of one city side by side: D1 (0..10) with town A, D2 (10..20) with town B and community B1. */
    public static GridLayer cityOfTwoDistricts() {
        return GridLayer.of(java.util.List.of(
                new Grid("D1", "一区", GridLevel.DISTRICT, null, wkt(square(0, 0, 10, 10))),
                new Grid("D2", "二区", GridLevel.DISTRICT, null, wkt(square(10, 0, 20, 10))),
                new Grid("A", "A", GridLevel.TOWN, "D1", wkt(square(0, 0, 10, 10))),
                new Grid("B", "B", GridLevel.TOWN, "D2", wkt(square(10, 0, 20, 10))),
                new Grid("B1", "B1", GridLevel.COMMUNITY, "B", wkt(square(10, 0, 20, 10)))), true);
    }

    public static String square(double x0, double y0, double x1, double y1) {
        return String.format(java.util.Locale.ROOT, "POLYGON((%s %s, %s %s, %s %s, %s %s, %s %s))",
                x0, y0, x1, y0, x1, y1, x0, y1, x0, y0);
    }
}
