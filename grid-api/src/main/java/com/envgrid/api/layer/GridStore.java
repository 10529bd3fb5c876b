package com.envgrid.api.layer;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.shared.Conflict;
import com.envgrid.core.access.Actor;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.grid.geojson.GridFeatureReader;
import com.envgrid.core.grid.validation.ValidationSettings;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and writes the grid layer in PostgreSQL. Geometries are stored as WKB: lossless doubles. */
@Singleton
public class GridStore {
    /** How many codes of each kind an audit record of an import lists. */
    static final int AUDITED_CODES = 100;

    private final GridRows rows;
    private final Audit audit;

    GridStore(GridRows rows, Audit audit) {
        this.rows = rows;
        this.audit = audit;
    }

    /** The stored layer, its version and the tolerances it was accepted with, read in one transaction. */
    @Transactional(readOnly = true)
    public Stored load() {
        long version = rows.layerVersion();
        List<Grid> grids = new ArrayList<>();
        WKBReader wkb = new WKBReader(GridFeatureReader.GEOMETRY);
        for (GridRow row : rows.findAll()) {
            try {
                grids.add(new Grid(row.code(), row.name(), GridLevel.parse(row.level()).orElseThrow(),
                        row.parentCode(), wkb.read(row.geometry())));
            } catch (ParseException e) {
                throw new IllegalStateException("stored geometry of grid " + row.code() + " cannot be read", e);
            }
        }
        GridRows.StoredTolerances t = rows.tolerances();
        ValidationSettings tolerances = t.sliverAreaM2() == null || t.sliverWidthM() == null ? null
                : new ValidationSettings(t.sliverAreaM2(), t.sliverWidthM(),
                t.outsideParentM2() == null ? 0 : t.outsideParentM2());
        return new Stored(version, GridLayer.of(grids, rows.parksTakePrecedence()), tolerances);
    }

    /**
     * Writes the grids of an accepted import by {@code actor} at {@code at} and its audit record, all or nothing: upserts {@code written}, and in
     * replace mode deletes every stored grid not in {@code layer} — unless people were ever assigned to it, which
     * is a conflict. Refuses with {@link LayerChanged} if another import landed since {@code basedOnVersion} was
     * read, so two concurrent imports never overwrite each other. {@code options}: the import's options and what they
     * did (parent rule, clipping, tolerance, district), recorded in the audit; {@code tolerances}: those the layer was
     * validated with, kept with it.
     */
    @Transactional
    public long write(Actor actor, Instant at, GridLayer layer, Collection<Grid> written, boolean replace,
                      long basedOnVersion, String findingsJson, ValidationSettings tolerances,
                      Map<String, Object> options) {
        long version = rows.lockLayerVersion();
        if (version != basedOnVersion) {
            throw new LayerChanged();
        }
        Set<String> stored = new HashSet<>();
        rows.findAll().forEach(r -> stored.add(r.code()));
        List<String> gone = replace ? stored.stream().filter(code -> layer.find(code).isEmpty()).sorted().toList()
                : List.of();
        if (!gone.isEmpty()) {
            List<String> inUse = rows.findInUseAmong(gone);
            if (!inUse.isEmpty()) {
                throw new Conflict("the file leaves out grids that people are or were assigned to, or that have duties: " + inUse
                        + "; keep them in the file, or import in merge mode");
            }
            rows.deleteByCodeIn(gone);
        }
        WKBWriter wkb = new WKBWriter(2);
        List<GridRow> inserts = new ArrayList<>();
        List<GridRow> updates = new ArrayList<>();
        for (Grid g : written) {
            var envelope = g.geometry().getEnvelopeInternal();
            GridRow row = new GridRow(g.code(), g.name(), g.level().key(), (short) layer.tierOf(g), g.parentCode(),
                    wkb.write(g.geometry()), envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(),
                    envelope.getMaxY(), at);
            (stored.contains(g.code()) ? updates : inserts).add(row);
        }
        rows.updateAll(updates);
        rows.saveAll(inserts);
        rows.updateLayer(version + 1, layer.parksTakePrecedence(), at, tolerances.sliverAreaM2(),
                tolerances.sliverWidthM(), tolerances.outsideParentToleranceM2());
        rows.recordImport(at, replace ? "replace" : "merge", written.size(), version + 1, findingsJson);
        audit.record(actor, at, "import", "grid_layer", String.valueOf(version + 1), Map.of("version", version,
                "grids", stored.size()), Map.of("version", version + 1, "grids", layer.size(),
                "mode", replace ? "replace" : "merge", "new", codes(inserts.stream().map(GridRow::code).toList()),
                "updated", codes(updates.stream().map(GridRow::code).toList()), "removed", codes(gone),
                "options", options));
        return version + 1;
    }

    private static Map<String, Object> codes(List<String> codes) {
        return Map.of("count", codes.size(), "codes", codes.subList(0, Math.min(codes.size(), AUDITED_CODES)));
    }

    /** The stored layer; {@code tolerances} null when no import has set them. */
    public record Stored(long version, GridLayer layer, ValidationSettings tolerances) {
    }
}
