package com.envgrid.api.features;

import com.envgrid.core.access.GridScope;

import java.util.Optional;

/** Who reads a feature layer: a signed-in person (or API key) with their grid scope, or the anonymous public. */
public record Viewer(Optional<GridScope> scope) {
    public static final Viewer ANONYMOUS = new Viewer(Optional.empty());

    public static Viewer of(GridScope scope) {
        return new Viewer(Optional.of(scope));
    }

    public boolean isAnonymous() {
        return scope.isEmpty();
    }
}
