package com.envgrid.api.source;

import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.audit.Audit;
import com.envgrid.api.layer.GridLayerChanged;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.grid.geojson.GridFeatureReader;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.source.CreditRating;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.source.PointSource;
import com.envgrid.core.source.ProtectionZone;
import com.envgrid.core.source.RiverAndZoneReader;
import com.envgrid.core.source.RiverSegment;
import com.envgrid.core.source.RatingScale;
import com.envgrid.core.source.RowProblem;
import com.envgrid.core.source.SourceSheetReader;
import com.envgrid.core.source.SourceGeoJsonReader;
import com.envgrid.core.source.ZoneLevel;
import com.envgrid.core.input.Vocabulary;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import com.envgrid.api.shared.Statements;
import com.envgrid.core.grid.location.BatchLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The directory of supervised objects: point sources — bulk import (Excel workbooks, CSV in UTF-8 or GBK, or
 * GeoJSON; coordinates in lon/lat or a projected coordinate system named by the caller), each located
 * into the deepest grid containing it and the protection zone it lies in —, river segments placed in every grid
 * they cross, and drinking-water protection zones; all located again whenever the grid layer changes. An import
 * writes all its rows or none, unless the caller asks to skip the bad ones.
 */
@Singleton
public class Directory {
    private final SourceRows sources;
    private final ZoneRows zones;
    private final RiverRows rivers;
    private final LiveGridLayer layer;
    private final Audit audit;
    private final Statements db;

    private final RatingScale ratings;

    Directory(SourceRows sources, ZoneRows zones, RiverRows rivers, LiveGridLayer layer, Audit audit, Statements db,
              @Property(name = "envgrid.directory.rating-labels") @Nullable Map<String, String> ratingLabels) {
        this.sources = sources;
        this.db = db;
        this.zones = zones;
        this.rivers = rivers;
        this.layer = layer;
        this.audit = audit;
        this.ratings = ratingLabels == null || ratingLabels.isEmpty() ? RatingScale.DEFAULT
                : RatingScale.of(ratingLabels.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> CreditRating.valueOf(e.getValue().trim().toUpperCase(java.util.Locale.ROOT)))));
    }

    /**
     * Imports sources on behalf of {@code actor} at {@code at} from GeoJSON, or from a spreadsheet (Excel workbook or
     * CSV, told from the bytes) read as {@code options} say.
     */
    ImportReport importSources(Actor actor, Instant at, byte[] body, boolean geoJson, SourceSheetReader.Options options,
                               boolean dryRun, boolean skipBad) {
        SourceSheetReader.Result read = read(body, geoJson, options, actor.scope());
        int bad = (int) read.problems().stream().map(RowProblem::line).distinct().count();
        List<PointSource> good = read.rows().stream().map(SourceSheetReader.Row::source).toList();
        boolean blocked = !read.allGood() && (!skipBad || good.isEmpty());
        if (dryRun || blocked) {
            ImportReport report = ImportReport.of(read, geoJson, options, dryRun, false, bad, 0, 0);
            if (blocked && !dryRun) {
                throw new SourceImportRejected(report);
            }
            return report;
        }
        int[] addedUpdated = write(actor, at, good);
        return ImportReport.of(read, geoJson, options, false, true, bad, addedUpdated[0], addedUpdated[1]);
    }

    /** The rows of a spreadsheet that an import would refuse, as .xlsx: as they were sent, with a 原因 column. */
    byte[] rejectedRows(byte[] body, SourceSheetReader.Options options, GridScope scope) {
        return read(body, false, options, scope).rejectedRows();
    }

    /** The file's rows; a row is inside when some grid the scope administers covers it (a district's: its own). */
    private SourceSheetReader.Result read(byte[] body, boolean geoJson, SourceSheetReader.Options options,
                                          GridScope scope) {
        Predicate<double[]> inside = p -> layer.locator().locate(p[0], p[1]).chain().stream()
                .anyMatch(g -> scope.administers(g.code()));
        return geoJson ? SourceGeoJsonReader.read(body, ratings, inside)
                : SourceSheetReader.read(body, options, ratings, inside);
    }

    /** The protection zones as stored, by code. */
    public List<ProtectionZone> zones() {
        WKBReader wkb = new WKBReader(GridFeatureReader.GEOMETRY);
        return zones.findAll().stream().sorted(Comparator.comparing(ZoneRow::code))
                .map(z -> new ProtectionZone(z.code(), z.name(), Vocabulary.byKey(ZoneLevel.class, z.level()).orElseThrow(),
                        read(wkb, z.geometry(), z.code())))
                .toList();
    }

    /** The river segments as stored, by code. */
    public List<RiverSegment> rivers() {
        WKBReader wkb = new WKBReader(GridFeatureReader.GEOMETRY);
        return rivers.findAll().stream().sorted(Comparator.comparing(RiverRow::code))
                .map(r -> new RiverSegment(r.code(), r.riverName(), r.chiefName(), read(wkb, r.geometry(), r.code())))
                .toList();
    }

    /** Whether the directory holds no source yet. */
    public boolean isEmpty() {
        return sources.count() == 0;
    }

    /** Removes a source from the directory, unless duties or draws refer to it: then it is closed instead. */
    @Transactional
    void delete(Actor actor, Instant at, String code) {
        SourceRow row = sources.findById(code).orElseThrow(() -> new NotFound("no source with code " + code));
        if (sources.isReferenced(code)) {
            throw new Conflict("source " + code + " has duties or was drawn; set its status to closed instead");
        }
        sources.deleteById(code);
        audit.record(actor, at, "delete", "source", code, Map.of("name", row.name(), "grid", String.valueOf(row.gridCode())), null);
    }

    /**
     * Adds the sources and updates those with known codes; an administrator of one district may update the sources
     * of their district only (403 naming the others).
     */
    @Transactional
    public int[] write(Actor actor, Instant at, List<PointSource> good) {
        Set<String> existing = new HashSet<>();
        List<String> foreign = new ArrayList<>();
        for (int i = 0; i < good.size(); i += 10_000) {
            List<String> codes = good.subList(i, Math.min(good.size(), i + 10_000)).stream().map(PointSource::code)
                    .toList();
            for (SourceRow row : sources.findByCodeIn(codes)) {
                existing.add(row.code());
                if (!actor.scope().canWrite(row.gridCode() == null ? "" : row.gridCode())) {
                    foreign.add(row.code());
                }
            }
        }
        if (!foreign.isEmpty()) {
            throw new AccessDenied("sources outside your district cannot be updated: " + String.join(", ",
                    foreign.subList(0, Math.min(foreign.size(), 10))));
        }
        Located located = new Locating().locate(good.stream().mapToDouble(PointSource::lon).toArray(),
                good.stream().mapToDouble(PointSource::lat).toArray());
        List<SourceRow> inserts = new ArrayList<>();
        List<SourceRow> updates = new ArrayList<>();
        for (int i = 0; i < good.size(); i++) {
            PointSource s = good.get(i);
            SourceRow row = new SourceRow(s.code(), s.kind().key(), s.name(), s.creditCode(), s.industry(), s.address(),
                    s.lon(), s.lat(), s.keyDischarger(), s.rating().name(), s.status().key(),
                    located.grids().get(i), located.zones().get(i), at);
            (existing.contains(s.code()) ? updates : inserts).add(row);
        }
        SourceWrites.insert(db, inserts);
        SourceWrites.update(db, updates);
        audit.record(actor, at, "import", "source", "batch", null, Map.of("new", inserts.size(), "updated", updates.size()));
        return new int[]{inserts.size(), updates.size()};
    }

    /** Adds or updates river segments, each placed in every grid it crosses. */
    int importRivers(Actor actor, Instant at, byte[] body, String crs, String layer) {
        return saveRivers(actor, at, RiverAndZoneReader.rivers(body, RiverAndZoneReader.RIVERS.with(crs, layer)));
    }

    @Transactional
    public int saveRivers(Actor actor, Instant at, List<RiverSegment> read) {
        WKBWriter wkb = new WKBWriter(2);
        for (RiverSegment r : read) {
            RiverRow row = new RiverRow(r.code(), r.riverName(), r.chiefName(), wkb.write(r.geometry()), at);
            if (rivers.existsById(r.code())) {
                rivers.update(row);
            } else {
                rivers.save(row);
            }
            placeRiver(r.code(), r.geometry());
        }
        audit.record(actor, at, "import", "river_segment", "batch", null, Map.of("segments", read.size()));
        return read.size();
    }

    /** Adds or updates protection zones, and marks the sources inside them. */
    int importZones(Actor actor, Instant at, byte[] body, String crs, String layer) {
        return saveZones(actor, at, RiverAndZoneReader.zones(body, RiverAndZoneReader.ZONES.with(crs, layer)));
    }

    @Transactional
    public int saveZones(Actor actor, Instant at, List<ProtectionZone> read) {
        WKBWriter wkb = new WKBWriter(2);
        for (ProtectionZone z : read) {
            ZoneRow row = new ZoneRow(z.code(), z.name(), z.level().key(), wkb.write(z.polygon()), at);
            if (zones.existsById(z.code())) {
                zones.update(row);
            } else {
                zones.save(row);
            }
        }
        relocateAll();
        audit.record(actor, at, "import", "protection_zone", "batch", null, Map.of("zones", read.size()));
        return read.size();
    }

    /** The grids a river course crosses: the deepest grids (those not split further) it runs through. */
    private void placeRiver(String code, Geometry course) {
        rivers.clearGrids(code);
        GridLayer grids = layer.layer();
        for (Grid g : grids.grids()) {
            if (g.level() != GridLevel.DISTRICT && grids.children(g.code()).isEmpty()
                    && g.geometry().getEnvelopeInternal().intersects(course.getEnvelopeInternal())
                    && grids.effectiveGeometry(g.code()).intersects(course)) {
                rivers.addGrid(code, g.code());
            }
        }
    }

    /** Locates every source and river segment again: after the grid layer or the protection zones changed. */
    @EventListener
    @Transactional
    void onGridLayerChanged(GridLayerChanged changed) {
        relocateAll();
        WKBReader wkb = new WKBReader(GridFeatureReader.GEOMETRY);
        for (RiverRow r : rivers.findAll()) {
            placeRiver(r.code(), read(wkb, r.geometry(), r.code()));
        }
    }

    static Geometry read(WKBReader wkb, byte[] geometry, String code) {
        try {
            return wkb.read(geometry);
        } catch (ParseException e) {
            throw new IllegalStateException("stored geometry of " + code + " cannot be read", e);
        }
    }

    /** Every source located again as one batch; only those whose grid or zone changed are written, set-based. */
    @Transactional
    void relocateAll() {
        List<SourceWrites.Placed> placed = SourceWrites.placed(db);
        Located located = new Locating().locate(placed.stream().mapToDouble(SourceWrites.Placed::lon).toArray(),
                placed.stream().mapToDouble(SourceWrites.Placed::lat).toArray());
        List<SourceWrites.Placed> moved = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            SourceWrites.Placed s = placed.get(i);
            String grid = located.grids().get(i);
            String zone = located.zones().get(i);
            if (!java.util.Objects.equals(grid, s.gridCode()) || !java.util.Objects.equals(zone, s.zoneCode())) {
                moved.add(new SourceWrites.Placed(s.code(), s.lon(), s.lat(), grid, zone));
            }
        }
        SourceWrites.relocate(db, moved);
    }

    /** The grid and protection zone of each of many points, in the order given. */
    private record Located(List<String> grids, List<String> zones) {
    }

    /** The grid and protection zone of points, against the layer and zones as they are now. */
    private final class Locating {
        /** The zones in the order they are read: a point in several zones is in the first of them, as before. */
        private final List<PreparedGeometry> zoneAreas = new ArrayList<>();
        private final List<String> zoneCodes = new ArrayList<>();
        private final STRtree zoneIndex = new STRtree();

        Locating() {
            WKBReader wkb = new WKBReader(GridFeatureReader.GEOMETRY);
            for (ZoneRow z : zones.findAll()) {
                PreparedGeometry area = PreparedGeometryFactory.prepare(read(wkb, z.geometry(), z.code()));
                zoneIndex.insert(area.getGeometry().getEnvelopeInternal(), zoneAreas.size());
                zoneAreas.add(area);
                zoneCodes.add(z.code());
            }
            zoneIndex.build();
        }

        /** Both walked along the same curve by {@link BatchLocator}, in parallel for a large batch. */
        Located locate(double[] lon, double[] lat) {
            List<String> grids = new BatchLocator(layer.locator()).deepestCodes(lon, lat);
            List<String> inZones = zoneAreas.isEmpty() ? java.util.Collections.nCopies(lon.length, null)
                    : BatchLocator.map(lon, lat, this::zone);
            return new Located(grids, inZones);
        }

        /** The first zone, in reading order, covering the point; null in none. */
        private String zone(double lon, double lat) {
            Coordinate c = new Coordinate(lon, lat);
            var point = GridFeatureReader.GEOMETRY.createPoint(c);
            int first = Integer.MAX_VALUE;
            for (Object candidate : zoneIndex.query(new Envelope(c))) {
                int index = (Integer) candidate;
                if (index < first && zoneAreas.get(index).covers(point)) {
                    first = index;
                }
            }
            return first == Integer.MAX_VALUE ? null : zoneCodes.get(first);
        }
    }
}
