package com.envgrid.api.layer;

import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.location.GridLocator;
import com.envgrid.core.grid.validation.ValidationReport;
import com.envgrid.core.grid.validation.ValidationSettings;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The grid layer held in memory — layer, spatial index and validation report — loaded from PostgreSQL as the
 * application starts (on a thread of its own, while the HTTP server starts; a request that needs the layer before
 * it is held waits for it) and replaced as a whole after every accepted import, so readers always see one consistent version. An
 * import's layer is kept as that import validated it — its report, repairs included, and its tolerances — so
 * the validation findings served are the import's answer. Every node of a deployment holds its own copy and
 * follows the version stored in PostgreSQL ({@link GridLayerWatch}).
 */
@Singleton
public class LiveGridLayer {
    private static final Logger LOG = LoggerFactory.getLogger(LiveGridLayer.class);
    private final GridStore store;
    private final ValidationSettings settings;
    private volatile LayerState state;

    LiveGridLayer(GridStore store, GridSettings configured) {
        this.store = store;
        this.settings = configured.tolerances();
    }

    /**
     * Starts loading the stored layer and building its index at start-up, so the first request that locates a
     * point does not pay for it: the load takes seconds for thousands of grids, the rest of the start about as
     * long again, and the two overlap. A failed load is logged and left to the first use to try again.
     */
    @EventListener
    void preload(StartupEvent started) {
        Thread loader = new Thread(() -> {
            long start = System.nanoTime();
            try {
                LayerState loaded = current();
                LOG.info("grid layer version {} ({} grids) held and indexed in {} ms", loaded.version(),
                        loaded.layer().size(), (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("could not load the grid layer at start-up ({}); the first request loads it", e.getMessage());
            }
        }, "grid-layer-preload");
        loader.setDaemon(true);
        loader.start();
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
     * imported (or the layer was emptied); whether it did. Nothing is loaded here before the first load (started at
     * start-up), which reads what is stored then.
     */
    synchronized boolean follow(long storedVersion) {
        if (state == null || state.version() == storedVersion) {
            return false;
        }
        refresh();
        return true;
    }
}
