package com.envgrid.api.layer;

import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.location.GridLocator;
import com.envgrid.core.grid.validation.ValidationReport;
import com.envgrid.core.grid.validation.ValidationSettings;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Geometry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One version of the stored grid layer as the server holds it in memory: the layer, its point locator (the
 * spatial index), its validation report and the sliver tolerances that report was made with, plus display
 * geometries simplified on demand.
 */
public record LayerState(long version, GridLayer layer, GridLocator locator, ValidationReport report,
                         ValidationSettings tolerances, Map<String, Map<String, Geometry>> simplified) {

    static final double METRES_PER_DEGREE_OF_LATITUDE = 111_320;

    LayerState(long version, GridLayer layer, ValidationReport report, ValidationSettings tolerances) {
        this(version, layer, new GridLocator(layer), report, tolerances, new ConcurrentHashMap<>());
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
