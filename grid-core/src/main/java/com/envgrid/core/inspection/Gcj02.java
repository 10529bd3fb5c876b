package com.envgrid.core.inspection;

/**
 * Conversion between GCJ-02 — the offset "Mars" coordinates that Chinese phone map SDKs (Amap, Tencent) give — and
 * WGS84, both lon/lat in degrees.
 * <p>
 * The forward transform is the well-known public formula on the Krasovsky ellipsoid (a = 6378245.0 m,
 * e² = 0.00669342162296594323); the offset it adds is a few hundred metres and varies smoothly with position. Outside
 * the rough bounding box of China (lon 72.004–137.8347, lat 0.8293–55.8271) no offset is applied, as phone SDKs
 * do; the box also covers neighbouring countries, where the formula is applied all the same — the platform only
 * ever sees fixes within one Chinese district.
 */
public final class Gcj02 {
    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;
    /** The inverse stops when the forward transform of its answer is this close to the input, in degrees. */
    private static final double RESIDUAL = 1e-10;
    private static final int MAX_ITERATIONS = 20;

    private Gcj02() {
    }

    /** The GCJ-02 position of a WGS84 one, as {lon, lat}; unchanged outside China. */
    public static double[] fromWgs84(double lon, double lat) {
        if (outOfChina(lon, lat)) {
            return new double[]{lon, lat};
        }
        double[] d = offset(lon, lat);
        return new double[]{lon + d[0], lat + d[1]};
    }

    /**
     * The WGS84 position of a GCJ-02 one, as {lon, lat}; unchanged outside China.
     * <p>
     * The formula has no closed inverse, so this iterates: starting from the GCJ-02 position, it moves the guess by
     * whatever {@link #fromWgs84} of the guess misses the input by. The offset changes by well under 1% of a step
     * per step, so each iteration gains more than two digits; it stops when {@code fromWgs84(answer)} is within
     * 1e-10° of the input (about 0.01 mm), normally after three or four iterations, and after 20 at most.
     */
    public static double[] toWgs84(double lon, double lat) {
        if (outOfChina(lon, lat)) {
            return new double[]{lon, lat};
        }
        double wgsLon = lon;
        double wgsLat = lat;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double[] d = offset(wgsLon, wgsLat);
            double missLon = wgsLon + d[0] - lon;
            double missLat = wgsLat + d[1] - lat;
            if (Math.abs(missLon) < RESIDUAL && Math.abs(missLat) < RESIDUAL) {
                break;
            }
            wgsLon -= missLon;
            wgsLat -= missLat;
        }
        return new double[]{wgsLon, wgsLat};
    }

    private static boolean outOfChina(double lon, double lat) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    /** The {lon, lat} offset in degrees that GCJ-02 adds at a WGS84 position. */
    private static double[] offset(double lon, double lat) {
        double x = lon - 105.0;
        double y = lat - 35.0;
        double radLat = Math.toRadians(lat);
        double magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
        double sqrtMagic = Math.sqrt(magic);
        double dLat = latitudeShift(x, y) * 180.0 / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        double dLon = longitudeShift(x, y) * 180.0 / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[]{dLon, dLat};
    }

    private static double latitudeShift(double x, double y) {
        double shift = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        shift += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        shift += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        shift += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return shift;
    }

    private static double longitudeShift(double x, double y) {
        double shift = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        shift += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        shift += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        shift += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return shift;
    }
}
