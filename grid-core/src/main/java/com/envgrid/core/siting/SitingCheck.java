package com.envgrid.core.siting;

import com.envgrid.core.geo.LocalProjection;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.source.ProtectionZone;
import com.envgrid.core.source.RiverSegment;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Checks a project's site (a point or an area, WGS84 lon/lat) against the protection zones: every metric figure is
 * measured on one {@link LocalProjection} centred on the site, so overlaps and distances are in metres.
 */
public final class SitingCheck {
    private SitingCheck() {
    }

    public static SitingResult check(Geometry site, List<ProtectionZone> zones, List<RiverSegment> rivers, GridLayer layer) {
        Envelope envelope = site.getEnvelopeInternal();
        LocalProjection plane = LocalProjection.centredOn(envelope);
        Geometry siteM = plane.toMetres(site);
        List<SitingResult.ZoneOverlap> inside = zones.stream().filter(z -> z.polygon().intersects(site))
                .sorted(Comparator.comparing(ProtectionZone::level).thenComparing(ProtectionZone::code))
                .map(z -> new SitingResult.ZoneOverlap(z.code(), z.name(), z.level(),
                        siteM.intersection(plane.toMetres(z.polygon())).getArea()))
                .toList();
        SitingResult.NearZone nearZone = inside.isEmpty() ? zones.stream()
                .map(z -> new SitingResult.NearZone(z.code(), z.name(), z.level(),
                        siteM.distance(plane.toMetres(z.polygon()))))
                .min(Comparator.comparingDouble(SitingResult.NearZone::distanceM)).orElse(null) : null;
        SitingResult.NearRiver nearRiver = rivers.stream()
                .map(r -> new SitingResult.NearRiver(r.code(), r.riverName(), siteM.distance(plane.toMetres(r.geometry()))))
                .min(Comparator.comparingDouble(SitingResult.NearRiver::distanceM)).orElse(null);
        List<String> grids = layer.grids().stream()
                .filter(g -> g.geometry().getEnvelopeInternal().intersects(envelope))
                .filter(g -> layer.effectiveGeometry(g.code()).intersects(site))
                .map(g -> g.code()).sorted().toList();
        List<SitingVerdict> verdicts = inside.stream().map(z -> SitingVerdict.in(z.level())).distinct().toList();
        SitingVerdict verdict = verdicts.isEmpty() ? SitingVerdict.CLEAR : verdicts.get(0);
        List<String> rules = (verdicts.isEmpty() ? List.of(SitingVerdict.CLEAR) : verdicts).stream()
                .map(SitingVerdict::rule).toList();
        return new SitingResult(inside, nearZone, nearRiver, grids, verdict, rules);
    }

    /** The district the site lies in, when its grids lie in one district. */
    public static Optional<String> district(SitingResult result, GridLayer layer) {
        List<String> districts = result.grids().stream()
                .map(code -> layer.districtOf(code).map(g -> g.code()).orElse(code)).distinct().toList();
        return districts.size() == 1 ? Optional.of(districts.get(0)) : Optional.empty();
    }
}
