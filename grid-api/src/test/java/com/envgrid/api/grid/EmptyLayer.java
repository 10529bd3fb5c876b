package com.envgrid.api.grid;

import com.envgrid.api.ApiClient;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.Sql;
import jakarta.inject.Singleton;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
            sql.execute("DELETE FROM assignment; DELETE FROM grid; UPDATE grid_layer SET version = 0,"
                    + " sliver_area_m2 = NULL, sliver_width_m = NULL, outside_parent_m2 = NULL");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        live.refresh();
    }

    /** Empties the layer, then the administrator imports the district file: its grids alone are stored and live. */
    public void holdOnly(ApiClient admin, String district) {
        reset();
        ApiClient.Answer imported = admin.post("/api/grids/import", district);
        assertEquals(201, imported.status(), String.valueOf(imported.json()));
    }

    /** No records, no people but root, and the {@link GridFiles#smallDistrict() small district} alone in the layer. */
    public void startOver(ApiClient admin) {
        startOver(admin, GridFiles.smallDistrict().json());
    }

    /** No records, no people but root, and the district file's grids alone in the layer. */
    public void startOver(ApiClient admin, String district) {
        try {
            sql.clearRecords();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        holdOnly(admin, district);
    }

    public long storedGrids() {
        return sql.count("SELECT count(*) FROM grid");
    }
}
