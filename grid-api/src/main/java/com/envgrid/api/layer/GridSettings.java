package com.envgrid.api.layer;

import com.envgrid.core.grid.validation.ValidationSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** {@code envgrid.grids}: below these sizes, gaps and overlaps are slivers — unless an import states its own. */
@ConfigurationProperties("envgrid.grids")
record GridSettings(@Bindable(defaultValue = "10") double sliverAreaM2,
                    @Bindable(defaultValue = "1.0") double sliverWidthM) {

    ValidationSettings tolerances() {
        return new ValidationSettings(sliverAreaM2, sliverWidthM);
    }
}
