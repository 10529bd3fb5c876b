package com.envgrid.api.grid;

import jakarta.inject.Singleton;

import java.time.Instant;

/** Puts the stored and the live layer back to empty between test scenarios. */
@Singleton
class EmptyLayer {
    private final GridRows rows;
    private final LiveGridLayer live;

    EmptyLayer(GridRows rows, LiveGridLayer live) {
        this.rows = rows;
        this.live = live;
    }

    void reset() {
        rows.deleteAll();
        rows.updateLayer(0, true, Instant.now());
        live.refresh();
    }

    long storedGrids() {
        return rows.count();
    }
}
