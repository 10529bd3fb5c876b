package com.envgrid.api.layer;

import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.location.GridLocator;
import com.envgrid.core.grid.validation.LayerValidator;
import io.micronaut.context.annotation.Value;
import com.envgrid.core.grid.validation.ValidationSettings;
import jakarta.inject.Singleton;

/**
 * The grid layer held in memory — layer, spatial index and validation report — loaded from PostgreSQL on first
 * use and replaced as a whole after every accepted import, so readers always see one consistent version.
 */
@Singleton
public class LiveGridLayer {
    private final GridStore store;
    private final ValidationSettings settings;
    private final LayerValidator validator;
    private volatile LayerState state;

    LiveGridLayer(GridStore store,
                  @Value("${envgrid.grids.sliver-area-m2:10}") double sliverAreaM2,
                  @Value("${envgrid.grids.sliver-width-m:1.0}") double sliverWidthM) {
        this.store = store;
        this.settings = new ValidationSettings(sliverAreaM2, sliverWidthM);
        this.validator = new LayerValidator(settings);
    }

    /** The current grid layer. */
    public GridLayer layer() {
        return current().layer();
    }

    /** The point locator of the current layer. */
    public GridLocator locator() {
        return current().locator();
    }

    /** A grid's effective geometry simplified for display with its tier, shared edges kept shared. */
    public org.locationtech.jts.geom.Geometry displayGeometry(com.envgrid.core.grid.Grid grid, int simplifyMetres) {
        LayerState state = current();
        return simplifyMetres <= 0 ? state.layer().effectiveGeometry(grid.code())
                : state.simplifiedTier(state.layer().tierOf(grid), simplifyMetres).get(grid.code());
    }

    public LayerState current() {
        LayerState s = state;
        if (s == null) {
            synchronized (this) {
                if (state == null) {
                    refresh();
                }
                s = state;
            }
        }
        return s;
    }

    /** The configured sliver tolerances, used unless an import states its own. */
    public ValidationSettings settings() {
        return settings;
    }

    public synchronized void refresh() {
        GridStore.Stored stored = store.load();
        state = new LayerState(stored.version(), stored.layer(), new GridLocator(stored.layer()),
                validator.validate(stored.layer()));
    }
}
