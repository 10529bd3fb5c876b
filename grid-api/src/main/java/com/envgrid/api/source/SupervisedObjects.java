package com.envgrid.api.source;

import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.core.grid.geojson.GridFeatureReader;
import jakarta.inject.Singleton;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKBReader;

import java.util.ArrayList;
import java.util.List;

/** The directory as other features read it: located sources and river segments placed in grids. */
@Singleton
public class SupervisedObjects {
    private final SourceRows sources;
    private final RiverRows rivers;
    private final ZoneRows zones;
    private final LiveGridLayer layer;

    SupervisedObjects(SourceRows sources, RiverRows rivers, ZoneRows zones, LiveGridLayer layer) {
        this.sources = sources;
        this.rivers = rivers;
        this.zones = zones;
        this.layer = layer;
    }

    /**
     * How much the directory holds: sources, and of them those in no grid below the district (in a gap between its
     * towns, streets and parks, or outside every grid) — nobody's to inspect; river segments, and of them those that
     * cross no such grid; drinking-water protection zones.
     */
    public record Census(long sources, long sourcesInNoGrid, long rivers, long riversInNoGrid, long zones) {
    }

    public Census census() {
        long inDistrictOnly = layer.layer().districts().stream()
                .mapToLong(d -> sources.countByGridCode(d.code())).sum();
        return new Census(sources.count(), sources.countByGridCodeIsNull() + inDistrictOnly, rivers.count(),
                rivers.countInNoGrid(), zones.count());
    }

    /** A located source. */
    public record Source(String code, String kind, String name, String industry, String gridCode, double lon, double lat,
                         String rating, boolean keyDischarger, boolean inProtectionZone, String status) {
    }

    /** One river segment in one grid it crosses, with a point of its course inside that grid. */
    public record RiverInGrid(String segmentCode, String riverName, String gridCode, double lon, double lat) {
    }

    /** Every source located in a grid, by code. */
    public List<Source> located() {
        return sources.findAllOrderByCode().stream().filter(s -> s.gridCode() != null)
                .map(s -> new Source(s.code(), s.kind(), s.name(), s.industry(), s.gridCode(), s.lon(), s.lat(),
                        s.rating(), s.keyDischarger(), s.zoneCode() != null, s.status()))
                .toList();
    }

    public java.util.Optional<Source> source(String code) {
        return sources.findById(code).filter(s -> s.gridCode() != null)
                .map(s -> new Source(s.code(), s.kind(), s.name(), s.industry(), s.gridCode(), s.lon(), s.lat(),
                        s.rating(), s.keyDischarger(), s.zoneCode() != null, s.status()));
    }

    /** Every protection zone, for what lies near an emergency. */
    public List<com.envgrid.core.emergency.Nearby.Zone> zonesAround() {
        WKBReader wkb = new WKBReader(GridFeatureReader.GEOMETRY);
        return zones.findAll().stream().map(z -> new com.envgrid.core.emergency.Nearby.Zone(z.code(), z.name(),
                z.level(), Directory.read(wkb, z.geometry(), z.code()))).toList();
    }

    /** Every river segment's course, drawn from upstream to downstream, for what lies near an emergency. */
    public List<com.envgrid.core.emergency.Nearby.River> riversAround() {
        WKBReader wkb = new WKBReader(GridFeatureReader.GEOMETRY);
        return rivers.findAll().stream().map(r -> new com.envgrid.core.emergency.Nearby.River(r.code(),
                r.riverName(), Directory.read(wkb, r.geometry(), r.code()))).toList();
    }

    /** A river segment's course. */
    public java.util.Optional<Geometry> course(String segmentCode) {
        WKBReader wkb = new WKBReader(GridFeatureReader.GEOMETRY);
        return rivers.findById(segmentCode).map(r -> Directory.read(wkb, r.geometry(), r.code()));
    }

    public List<String> gridsOfRiver(String segmentCode) {
        return rivers.gridsOf(segmentCode);
    }

    /** Every river segment's course with the grids it runs through, for routing complaints made on a river. */
    public List<com.envgrid.core.complaint.Routing.River> riverCourses() {
        WKBReader wkb = new WKBReader(GridFeatureReader.GEOMETRY);
        return rivers.findAll().stream().map(r -> new com.envgrid.core.complaint.Routing.River(
                Directory.read(wkb, r.geometry(), r.code()), rivers.gridsOf(r.code()))).toList();
    }

    public List<RiverInGrid> riversInGrids() {
        WKBReader wkb = new WKBReader(GridFeatureReader.GEOMETRY);
        List<RiverInGrid> result = new ArrayList<>();
        for (RiverRow r : rivers.findAll()) {
            Geometry course = Directory.read(wkb, r.geometry(), r.code());
            for (String grid : rivers.gridsOf(r.code())) {
                Geometry inside = course.intersection(layer.layer().effectiveGeometry(grid));
                Point at = (inside.isEmpty() ? course : inside).getInteriorPoint();
                result.add(new RiverInGrid(r.code(), r.riverName(), grid, at.getX(), at.getY()));
            }
        }
        return result;
    }
}
