package com.envgrid.api.layer;

import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.location.GridLocator;
import com.envgrid.core.grid.validation.ValidationReport;
import com.envgrid.core.grid.validation.ValidationSettings;
import jakarta.inject.Singleton;

/**
 * The grid layer held in memory — layer, spatial index and validation report — loaded from PostgreSQL on first
 * use and replaced as a whole after every accepted import, so readers always see one consistent version. An
 * import's layer is kept as that import validated it — its report, repairs included, and its tolerances — so
 * the validation findings served are the import's answer. Every node of a deployment holds its own copy and
 * follows the version stored in PostgreSQL ({@link GridLayerWatch}).
 */
@Singleton
public class LiveGridLayer {
    private final GridStore store;
    private final ValidationSettings settings;
    private volatile LayerState state;

    LiveGridLayer(GridStore store, GridSettings configured) {
        this.store = store;
        this.settings = configured.tolerances();
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

    /**
     * Loads the stored layer, to be validated — on the first request for its report — with the tolerances it was
     * accepted with (the configured ones when no import set any). Pieces an import clipped off or repairs it made
     * are not in the stored layer to be found again.
     */
    public synchronized void refresh() {
        GridStore.Stored stored = store.load();
        state = LayerState.stored(stored.version(), stored.layer(),
                stored.tolerances() != null ? stored.tolerances() : settings);
    }

    /**
     * Holds the layer an import has just written as the current version, with the report it was validated with —
     * unless a later version is held already (another node's import, loaded meanwhile by {@link GridLayerWatch}).
     */
    public synchronized void replace(long version, GridLayer layer, ValidationReport report,
                                     ValidationSettings tolerances) {
        if (state == null || state.version() <= version) {
            state = new LayerState(version, layer, report, tolerances);
        }
    }

    /**
     * Loads the stored layer again if the version stored, {@code storedVersion}, is not the one held: another node
     * imported (or the layer was emptied); whether it did. Nothing is loaded before the first use, which loads what
     * is stored then.
     */
    synchronized boolean follow(long storedVersion) {
        if (state == null || state.version() == storedVersion) {
            return false;
        }
        refresh();
        return true;
    }
}
