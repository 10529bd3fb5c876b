package com.envgrid.api.layer;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface GridRows extends CrudRepository<GridRow, String> {

    void deleteByCodeIn(Collection<String> codes);

    /** Of the given grids, those that people are or were assigned to, or that have duties: they stay. */
    @Query("SELECT grid_code FROM assignment WHERE grid_code IN (:codes)"
            + " UNION SELECT grid_code FROM duty WHERE grid_code IN (:codes) ORDER BY 1")
    List<String> findInUseAmong(Collection<String> codes);

    /** Locks the layer row for the rest of the transaction and returns the layer's version. */
    @Query("SELECT version FROM grid_layer WHERE id = 1 FOR UPDATE")
    long lockLayerVersion();

    @Query("SELECT version FROM grid_layer WHERE id = 1")
    long layerVersion();

    @Query("SELECT parks_take_precedence FROM grid_layer WHERE id = 1")
    boolean parksTakePrecedence();

    @Query("UPDATE grid_layer SET version = :version, parks_take_precedence = :parksTakePrecedence, updated_at = :at,"
            + " sliver_area_m2 = :sliverAreaM2, sliver_width_m = :sliverWidthM, outside_parent_m2 = :outsideParentM2"
            + " WHERE id = 1")
    void updateLayer(long version, boolean parksTakePrecedence, Instant at, double sliverAreaM2, double sliverWidthM,
                     double outsideParentM2);

    /** The tolerances the stored layer was accepted with; all null before the first import that set them. */
    @Introspected
    record StoredTolerances(@Nullable Double sliverAreaM2, @Nullable Double sliverWidthM,
                            @Nullable Double outsideParentM2) {
    }

    @Query("SELECT sliver_area_m2, sliver_width_m, outside_parent_m2 FROM grid_layer WHERE id = 1")
    StoredTolerances tolerances();

    @Query("INSERT INTO grid_import (imported_at, mode, feature_codes, layer_version, findings) VALUES (:at, :mode, :codes, :version, :findings)")
    void recordImport(Instant at, String mode, int codes, long version, String findings);
}
