package com.envgrid.api.draw;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** One drawn object of a draw, with its two inspectors. */
@Introspected
record DrawItemRow(long drawId, String objectCode, @Nullable String gridCode, String rating, String score,
                   @Nullable Long firstInspector, @Nullable Long secondInspector) {
}
