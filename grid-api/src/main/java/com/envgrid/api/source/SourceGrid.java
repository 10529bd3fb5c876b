package com.envgrid.api.source;

import com.envgrid.api.access.GridOf;
import com.envgrid.api.shared.NotFound;
import jakarta.inject.Singleton;

/**
 * The grid a source lies in, for {@code @TouchesGrid(value = "code", via = SourceGrid.class)} on every route about one
 * source or enterprise: 404 for an unknown code; a source in no grid is outside every grid (administrators only).
 */
@Singleton
public class SourceGrid implements GridOf {
    private final SourceRows sources;

    SourceGrid(SourceRows sources) {
        this.sources = sources;
    }

    @Override
    public String gridCode(Object code) {
        SourceRow row = sources.findById(String.valueOf(code))
                .orElseThrow(() -> new NotFound("no source with code " + code));
        return row.gridCode() == null ? "" : row.gridCode();
    }
}
