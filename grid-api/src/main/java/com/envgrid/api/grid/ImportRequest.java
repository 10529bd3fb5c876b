package com.envgrid.api.grid;

import com.envgrid.core.geo.file.ReadOptions;
import com.envgrid.core.grid.geojson.GridFeatureReader;
import com.envgrid.core.grid.geojson.PropertyMapping;
import com.envgrid.core.grid.imports.ParentRule;
import com.envgrid.core.grid.validation.ValidationSettings;

/**
 * How to import a FeatureCollection: which properties carry code, name, level and parent; whether to only
 * validate ({@code dryRun}); whether the file is the whole layer ({@code replace}) or adds to and updates the
 * stored one (merge, the default); whether to repair invalid geometries; whether parks take precedence over the
 * towns they lie in (null keeps the stored setting); the tolerances for this file (null: the configured);
 * how parents follow from codes where the file gives none ({@code parentRule}, null: they don't, with the
 * {@code parentSeparator} of {@code strip-last-segment}, null: {@code -} or {@code .}); whether to clip the file's
 * grids to their parents; the one district of a file of several to import (null: the whole file) — in replace mode
 * it replaces that district's stored grids and leaves the other districts as they are; how to read
 * the file ({@code file}: its coordinate system when it has none or another one, its layer).
 */
public record ImportRequest(PropertyMapping mapping, boolean dryRun, boolean replace, boolean repair,
                            Boolean parksTakePrecedence, ValidationSettings tolerances, ParentRule parentRule,
                            Character parentSeparator, boolean clipToParent, String district, ReadOptions file) {

    /** An import of a file that states every parent, as a whole, unclipped. */
    public ImportRequest(PropertyMapping mapping, boolean dryRun, boolean replace, boolean repair,
                         Boolean parksTakePrecedence, ValidationSettings tolerances) {
        this(mapping, dryRun, replace, repair, parksTakePrecedence, tolerances, null, null, false, null,
                GridFeatureReader.GRIDS);
    }
}
