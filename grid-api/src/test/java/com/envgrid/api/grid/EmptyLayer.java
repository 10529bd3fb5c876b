package com.envgrid.api.grid;

import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.Sql;
import jakarta.inject.Singleton;

import java.sql.SQLException;

/** Puts the stored and the live layer back to empty between test scenarios (assignments to grids go too). */
@Singleton
public class EmptyLayer {
    private final Sql sql;
    private final LiveGridLayer live;

    EmptyLayer(Sql sql, LiveGridLayer live) {
        this.sql = sql;
        this.live = live;
    }

    public void reset() {
        try {
            sql.execute("DELETE FROM assignment; DELETE FROM grid; UPDATE grid_layer SET version = 0");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        live.refresh();
    }

    public long storedGrids() {
        return sql.count("SELECT count(*) FROM grid");
    }
}
