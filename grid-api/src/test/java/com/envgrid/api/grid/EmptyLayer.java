package com.envgrid.api.grid;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Instant;

/** Puts the stored and the live layer back to empty between test scenarios (assignments to grids go too). */
@Singleton
public class EmptyLayer {
    private final GridRows rows;
    private final LiveGridLayer live;
    private final DataSource dataSource;

    EmptyLayer(GridRows rows, LiveGridLayer live, DataSource dataSource) {
        this.rows = rows;
        this.live = live;
        this.dataSource = dataSource;
    }

    public void reset() {
        emptyTables();
        live.refresh();
    }

    @Transactional
    void emptyTables() {
        try (var statement = dataSource.getConnection().createStatement()) {
            statement.executeUpdate("DELETE FROM assignment");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        rows.deleteAll();
        rows.updateLayer(0, true, Instant.now());
    }

    public long storedGrids() {
        return rows.count();
    }
}
