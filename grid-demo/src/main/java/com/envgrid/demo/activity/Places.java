package com.envgrid.demo.activity;

import com.envgrid.api.layer.LiveGridLayer;
import jakarta.inject.Singleton;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

import java.util.SplittableRandom;

/** Where things happen in the demo: points inside a grid, and GPS fixes near a target or deliberately far from it. */
@Singleton
class Places {
    private static final double METRES_PER_DEGREE = 111_320;
    private final LiveGridLayer layer;

    Places(LiveGridLayer layer) {
        this.layer = layer;
    }

    /**
     * A point the grid itself contains (not an enclave or park inside it): its interior point moved at random by up
     * to a third of the grid's extent, or the interior point itself when a few moves all land elsewhere.
     */
    double[] inside(String gridCode, SplittableRandom random) {
        var area = layer.layer().effectiveGeometry(gridCode);
        Point interior = area.getInteriorPoint();
        Envelope box = area.getEnvelopeInternal();
        for (int attempt = 0; attempt < 12; attempt++) {
            double lon = interior.getX() + (random.nextDouble() - 0.5) * box.getWidth() * 2 / 3;
            double lat = interior.getY() + (random.nextDouble() - 0.5) * box.getHeight() * 2 / 3;
            var deepest = layer.locator().locate(lon, lat).deepest();
            if (deepest.isPresent() && deepest.get().code().equals(gridCode)) {
                return rounded(lon, lat);
            }
        }
        return rounded(interior.getX(), interior.getY());
    }

    /** A point at a random bearing, between {@code minM} and {@code maxM} metres from the given one. */
    static double[] around(double lon, double lat, double minM, double maxM, SplittableRandom random) {
        double metres = minM + random.nextDouble() * (maxM - minM);
        double bearing = random.nextDouble() * 2 * Math.PI;
        double dLat = metres * Math.cos(bearing) / METRES_PER_DEGREE;
        double dLon = metres * Math.sin(bearing) / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)));
        return rounded(lon + dLon, lat + dLat);
    }

    /** As a phone reports it: six decimals, about 0.1 m. */
    private static double[] rounded(double lon, double lat) {
        return new double[]{Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6};
    }
}
