package com.envgrid.core.siting;

import com.envgrid.core.source.ZoneLevel;

import java.util.List;

/**
 * What a siting check found: the zones the site intersects (with the overlap in m², 0 for a point), else the
 * nearest zone and its distance; the nearest river segment and its distance; the grids the site touches; the
 * verdict of the strictest zone intersected and the rules that apply. Distances are in metres, measured on a
 * Lambert azimuthal equal-area projection of the WGS84 ellipsoid centred on the site ({@link
 * com.envgrid.core.geo.LocalProjection}); null where there is no zone or river at all.
 */
public record SitingResult(List<ZoneOverlap> zones, NearZone nearestZone, NearRiver nearestRiver,
                           List<String> grids, SitingVerdict verdict, List<String> rules) {
    public SitingResult {
        zones = List.copyOf(zones);
        grids = List.copyOf(grids);
        rules = List.copyOf(rules);
    }

    public record ZoneOverlap(String code, String name, ZoneLevel level, double overlapM2) {
    }

    public record NearZone(String code, String name, ZoneLevel level, double distanceM) {
    }

    public record NearRiver(String code, String riverName, double distanceM) {
    }
}
