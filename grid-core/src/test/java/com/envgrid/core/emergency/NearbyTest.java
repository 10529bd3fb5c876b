package com.envgrid.core.emergency;

import com.envgrid.core.geo.LocalProjection;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Known geometry laid out in metres around (120°E, 30°N), then turned into lon/lat as the directory stores it. */
class NearbyTest {
    private static final double LON = 120;
    private static final double LAT = 30;
    private static final LocalProjection PLANE = LocalProjection.centredOn(LON, LAT);

    private static Geometry metres(String wkt) {
        try {
            return PLANE.toLonLat(new WKTReader().read(wkt));
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Nearby.River river(String code, String wkt) {
        return new Nearby.River(code, "河 " + code, metres(wkt));
    }

    private static Nearby.Source source(String code, double x, double y) {
        var at = metres("POINT (" + x + " " + y + ")").getCoordinate();
        return new Nearby.Source(code, "企业 " + code, "enterprise", "A1", true, at.x, at.y);
    }

    private static final List<Nearby.River> RIVERS = List.of(
            river("U", "LINESTRING (-3000 500, -1000 500)"),
            river("S0", "LINESTRING (-1000 500, 1000 500)"),
            river("D1", "LINESTRING (1000 500, 3000 500)"),
            river("D2", "LINESTRING (3000 500, 4000 0, 5000 -500)"),
            river("D3", "MULTILINESTRING ((5000 -500, 6000 -500), (6000 -500, 7000 -500))"),
            // a tributary joining at D1's end: upstream of D2, not downstream of the point
            river("T", "LINESTRING (3000 3000, 3000 500)"),
            river("X", "LINESTRING (0 -5000, 2000 -5000)"));

    @Test
    void walksDownstreamFromTheNearestSegmentByFlowDirection() {
        var found = Nearby.around(LON, LAT, Nearby.Reach.defaults(), List.of(), RIVERS, List.of());

        assertEquals(List.of("S0", "D1", "D2", "D3"),
                found.downstream().stream().map(Nearby.NearRiver::code).toList());
        assertEquals(List.of(0, 1, 2, 3), found.downstream().stream().map(Nearby.NearRiver::step).toList());
        assertEquals(500, found.downstream().get(0).metres(), 1);
    }

    @Test
    void aPointFarFromEveryRiverHasNoDownstream() {
        var reach = new Nearby.Reach(5_000, 400, 5_000, 20);

        assertTrue(Nearby.around(LON, LAT, reach, List.of(), RIVERS, List.of()).downstream().isEmpty());
    }

    @Test
    void zonesWithinTheDistanceWithTheirDistanceInMetres() {
        var near = new Nearby.Zone("Z1", "一级水源保护区", "first",
                metres("POLYGON ((1000 -500, 2000 -500, 2000 500, 1000 500, 1000 -500))"));
        var far = new Nearby.Zone("Z2", "二级水源保护区", "second",
                metres("POLYGON ((6000 -500, 7000 -500, 7000 500, 6000 500, 6000 -500))"));

        var found = Nearby.around(LON, LAT, Nearby.Reach.defaults(), List.of(far, near), List.of(), List.of());

        assertEquals(List.of("Z1"), found.zones().stream().map(Nearby.NearZone::code).toList());
        assertEquals(1000, found.zones().get(0).metres(), 1);
        var wider = new Nearby.Reach(10_000, 2_000, 5_000, 20);
        assertEquals(List.of("Z1", "Z2"), Nearby.around(LON, LAT, wider, List.of(far, near), List.of(), List.of())
                .zones().stream().map(Nearby.NearZone::code).toList());
    }

    @Test
    void aPointInsideAZoneIsAtNoDistance() {
        var around = new Nearby.Zone("Z0", "一级", "first",
                metres("POLYGON ((-100 -100, 100 -100, 100 100, -100 100, -100 -100))"));

        assertEquals(0, Nearby.around(LON, LAT, Nearby.Reach.defaults(), List.of(around), List.of(), List.of())
                .zones().get(0).metres());
    }

    @Test
    void sourcesWithinTheRadiusNearestFirst() {
        var found = Nearby.around(LON, LAT, Nearby.Reach.defaults(), List.of(), List.of(),
                List.of(source("FAR", 8000, 0), source("NEAR", 0, 2000)));

        assertEquals(List.of("NEAR"), found.sources().stream().map(Nearby.NearSource::code).toList());
        assertEquals(2000, found.sources().get(0).metres(), 1);
    }
}
