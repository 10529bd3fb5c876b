package com.envgrid.api.layer;

import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.location.GridLocator;
import com.envgrid.core.grid.validation.LayerValidator;
import com.envgrid.core.grid.validation.ValidationReport;
import com.envgrid.core.grid.validation.ValidationSettings;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Geometry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One version of the stored grid layer as the server holds it in memory: the layer, its point locator (the
 * spatial index), its validation report and the sliver tolerances that report was made with, plus display
 * geometries simplified on demand. A version loaded from PostgreSQL is validated on the first request for its report,
 * not before it is held: a node takes up another node's import as soon as it has read and indexed it.
 */
public record LayerState(long version, GridLayer layer, GridLocator locator, Supplier<ValidationReport> validation,
                         ValidationSettings tolerances, Map<String, Map<String, Geometry>> simplified) {

    static final double METRES_PER_DEGREE_OF_LATITUDE = 111_320;

    /** A version as an import validated it: its report, repairs included. */
    LayerState(long version, GridLayer layer, ValidationReport report, ValidationSettings tolerances) {
        this(version, layer, new GridLocator(layer), () -> report, tolerances, new ConcurrentHashMap<>());
    }

    /** A version as stored, validated with {@code tolerances} on first use. */
    static LayerState stored(long version, GridLayer layer, ValidationSettings tolerances) {
        return new LayerState(version, layer, new GridLocator(layer), new Once<>(
                () -> new LayerValidator(tolerances).validate(layer)), tolerances, new ConcurrentHashMap<>());
    }

    /** The layer's findings (gaps, overlaps, slivers …) with its tolerances. */
    public ValidationReport report() {
        return validation.get();
    }

    /** A value computed by the first caller; those asking meanwhile wait for it. */
    private static final class Once<T> implements Supplier<T> {
        private Supplier<T> compute;
        private T value;

        Once(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public synchronized T get() {
            if (compute != null) {
                value = compute.get();
                compute = null;
            }
            return value;
        }
    }

    /**
     * The effective geometries of one tier simplified together as a coverage (JTS {@link CoverageSimplifier}), so
     * shared edges stay shared and no gaps or overlaps appear; tolerance in metres, computed once per version.
     */
    public Map<String, Geometry> simplifiedTier(int tier, int toleranceMetres) {
        return simplified.computeIfAbsent(tier + "/" + toleranceMetres, key -> {
            List<Grid> grids = layer.tier(tier);
            Geometry[] coverage = grids.stream().map(g -> layer.effectiveGeometry(g.code())).toArray(Geometry[]::new);
            Geometry[] result = CoverageSimplifier.simplify(coverage, toleranceMetres / METRES_PER_DEGREE_OF_LATITUDE);
            Map<String, Geometry> byCode = new HashMap<>();
            for (int i = 0; i < grids.size(); i++) {
                byCode.put(grids.get(i).code(), result[i]);
            }
            return byCode;
        });
    }
}
