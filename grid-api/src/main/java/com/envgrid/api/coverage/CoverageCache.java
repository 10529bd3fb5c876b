package com.envgrid.api.coverage;

import com.envgrid.api.layer.LayerState;
import com.envgrid.core.coverage.GridFigures;
import com.envgrid.core.duty.Period;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Every grid's coverage figures of the periods viewed last, kept in memory so that a second view of a period's map
 * — at any level, by anyone: a level's rows and a reader's grids are taken from the figures on each request — does
 * not count the period again. The figures of a period are kept per day they were counted as of (what is overdue
 * moves with today while the period runs) with what they were counted from: the layer held (a new version is another
 * layer) and the period's data version (V45: what changed on its days, read from PostgreSQL, so that every node
 * sees another node's records), checked on every view — a new inspection, case or complaint thus recounts its own period only.
 * {@code ENVGRID_COVERAGE_CACHED_PERIODS} (default 16) bounds the periods kept, the least recently viewed dropped
 * first; 0 keeps none (every view counts).
 */
@Singleton
class CoverageCache {
    /** A period's figures as of a day. */
    record Key(Period period, LocalDate asOf) {
    }

    private record Kept(LayerState layer, long dataVersion, Map<String, GridFigures> figures) {
    }

    private final int capacity;
    private final Map<Key, Kept> kept;
    private final AtomicLong counted = new AtomicLong();

    CoverageCache(@Value("${envgrid.coverage.cached-periods}") int capacity) {
        this.capacity = capacity;
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
                return size() > CoverageCache.this.capacity;
            }
        };
    }

    /**
     * The figures kept for the key on that very layer (a layer loaded again is another) at the data version, else
     * those {@code count} counts, then kept. The data version is to be read before counting: a record committed
     * meanwhile then makes the next view count again rather than keep figures that miss it.
     */
    Map<String, GridFigures> figures(Key key, LayerState layer, long dataVersion,
                                     Supplier<Map<String, GridFigures>> count) {
        if (capacity > 0) {
            synchronized (kept) {
                Kept k = kept.get(key);
                if (k != null && k.layer() == layer && k.dataVersion() == dataVersion) {
                    return k.figures();
                }
            }
        }
        Map<String, GridFigures> figures = java.util.Collections.unmodifiableMap(count.get());
        counted.incrementAndGet();
        if (capacity > 0) {
            synchronized (kept) {
                kept.put(key, new Kept(layer, dataVersion, figures));
            }
        }
        return figures;
    }

    /** How many times figures were counted rather than taken from memory, since the start. */
    long counted() {
        return counted.get();
    }

    /** Whether figures are kept at all; when not, the data version need not be read. */
    boolean keeps() {
        return capacity > 0;
    }
}
