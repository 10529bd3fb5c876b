package com.envgrid.core.siting;

import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.source.ProtectionZone;
import com.envgrid.core.source.RiverSegment;
import com.envgrid.core.source.ZoneLevel;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site against three zones in a row along latitude 30° (first, second, quasi; each 0.002° square, 0.002° apart)
 * and a river along the south edge of the district.
 */
class SitingCheckTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final List<ProtectionZone> ZONES = List.of(
            new ProtectionZone("Z1", "一级区", ZoneLevel.FIRST, box(120.000, 30.000, 120.002, 30.002)),
            new ProtectionZone("Z2", "二级区", ZoneLevel.SECOND, box(120.004, 30.000, 120.006, 30.002)),
            new ProtectionZone("Z3", "准保护区", ZoneLevel.QUASI, box(120.008, 30.000, 120.010, 30.002)));
    private static final List<RiverSegment> RIVERS = List.of(new RiverSegment("R1", "太湖支流", "王河长",
            GEOMETRY.createLineString(new Coordinate[]{new Coordinate(120.000, 29.999), new Coordinate(120.020, 29.999)})));
    private static final GridLayer LAYER = GridLayer.of(List.of(
            new Grid("D", "区", GridLevel.DISTRICT, null, box(120.000, 29.990, 120.020, 30.010))), false);

    private static Geometry box(double x0, double y0, double x1, double y1) {
        return GEOMETRY.toGeometry(new Envelope(x0, x1, y0, y1));
    }

    private static SitingResult check(Geometry site) {
        return SitingCheck.check(site, ZONES, RIVERS, LAYER);
    }

    private static Geometry point(double lon, double lat) {
        return GEOMETRY.createPoint(new Coordinate(lon, lat));
    }

    @Test
    void a_site_in_a_first_class_zone_is_prohibited_under_article_65() {
        SitingResult r = check(point(120.001, 30.001));
        assertEquals(SitingVerdict.PROHIBITED, r.verdict());
        assertEquals("Z1", r.zones().get(0).code());
        assertNull(r.nearestZone());
        assertTrue(r.rules().get(0).contains("第六十五条"), r.rules().toString());
        assertEquals(List.of("D"), r.grids());
    }

    @Test
    void a_site_in_a_second_class_zone_is_restricted_under_article_66() {
        SitingResult r = check(point(120.005, 30.001));
        assertEquals(SitingVerdict.RESTRICTED, r.verdict());
        assertTrue(r.rules().get(0).contains("第六十六条"));
    }

    @Test
    void a_site_in_a_quasi_zone_has_conditions_under_article_67() {
        SitingResult r = check(point(120.009, 30.001));
        assertEquals(SitingVerdict.CONDITIONAL, r.verdict());
        assertTrue(r.rules().get(0).contains("第六十七条"));
    }

    @Test
    void an_area_across_two_zones_takes_the_stricter_verdict_with_both_overlaps_and_rules() {
        // 0.001° of the first zone and 0.001° of the second, each 0.002° tall
        SitingResult r = check(box(120.001, 30.000, 120.005, 30.002));
        assertEquals(SitingVerdict.PROHIBITED, r.verdict());
        assertEquals(List.of("Z1", "Z2"), r.zones().stream().map(SitingResult.ZoneOverlap::code).toList());
        // 0.001° lon × 0.002° lat at 30°N: 96.49 m × 221.70 m
        assertEquals(21_390, r.zones().get(0).overlapM2(), 30);
        assertEquals(2, r.rules().size());
    }

    @Test
    void a_site_outside_every_zone_is_clear_with_the_distance_to_the_nearest_zone_and_river() {
        // 0.002° of longitude east of the quasi zone at 30.001°N is 192.97 m on the ellipsoid; the river is 0.002° south
        SitingResult r = check(point(120.012, 30.001));
        assertEquals(SitingVerdict.CLEAR, r.verdict());
        assertTrue(r.zones().isEmpty());
        assertEquals("Z3", r.nearestZone().code());
        assertEquals(192.97, r.nearestZone().distanceM(), 0.5);
        assertEquals("R1", r.nearestRiver().code());
        assertEquals(221.7, r.nearestRiver().distanceM(), 0.5);
    }
}
