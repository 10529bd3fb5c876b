package com.envgrid.api.grid;

import com.envgrid.core.grid.geojson.PropertyMapping;
import com.envgrid.core.grid.validation.ValidationSettings;

/**
 * How to import a FeatureCollection: which properties carry code, name, level and parent; whether to only
 * validate ({@code dryRun}); whether the file is the whole layer ({@code replace}) or adds to and updates the
 * stored one (merge, the default); whether to repair invalid geometries; whether parks take precedence over the
 * towns they lie in (null keeps the stored setting); the sliver tolerances for this file (null: the configured).
 */
public record ImportRequest(PropertyMapping mapping, boolean dryRun, boolean replace, boolean repair,
                     Boolean parksTakePrecedence, ValidationSettings tolerances) {
}
