package com.envgrid.api.grid;

import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.grid.geojson.GridFeatureReader;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and writes the grid layer in PostgreSQL. Geometries are stored as WKB: lossless doubles. */
@Singleton
class GridStore {
    private final GridRows rows;
    private final Clock clock;

    GridStore(GridRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** The stored layer and its version, read in one transaction. */
    @Transactional(readOnly = true)
    Stored load() {
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
        return new Stored(version, GridLayer.of(grids, rows.parksTakePrecedence()));
    }

    /**
     * Writes the grids of an accepted import, all or nothing: upserts {@code written}, and in replace mode
     * deletes every stored grid not in {@code layer}. Refuses with {@link LayerChanged} if another import
     * landed since {@code basedOnVersion} was read, so two concurrent imports never overwrite each other.
     */
    @Transactional
    long write(GridLayer layer, Collection<Grid> written, boolean replace, long basedOnVersion, String findingsJson) {
        long version = rows.lockLayerVersion();
        if (version != basedOnVersion) {
            throw new LayerChanged();
        }
        Instant now = clock.instant();
        Set<String> stored = new HashSet<>();
        rows.findAll().forEach(r -> stored.add(r.code()));
        if (replace) {
            List<String> gone = stored.stream().filter(code -> layer.find(code).isEmpty()).toList();
            if (!gone.isEmpty()) {
                rows.deleteByCodeIn(gone);
            }
        }
        WKBWriter wkb = new WKBWriter(2);
        List<GridRow> inserts = new ArrayList<>();
        List<GridRow> updates = new ArrayList<>();
        for (Grid g : written) {
            var envelope = g.geometry().getEnvelopeInternal();
            GridRow row = new GridRow(g.code(), g.name(), g.level().key(), (short) layer.tierOf(g), g.parentCode(),
                    wkb.write(g.geometry()), envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(),
                    envelope.getMaxY(), now);
            (stored.contains(g.code()) ? updates : inserts).add(row);
        }
        rows.updateAll(updates);
        rows.saveAll(inserts);
        rows.updateLayer(version + 1, layer.parksTakePrecedence(), now);
        rows.recordImport(now, replace ? "replace" : "merge", written.size(), version + 1, findingsJson);
        return version + 1;
    }

    record Stored(long version, GridLayer layer) {
    }
}
