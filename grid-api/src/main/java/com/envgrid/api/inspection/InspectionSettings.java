package com.envgrid.api.inspection;

import com.envgrid.core.inspection.LocationSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How far from its grid and its target a fix may be, on top of its stated accuracy ({@code envgrid.inspections}).
 */
@ConfigurationProperties("envgrid.inspections")
record InspectionSettings(@Bindable(defaultValue = "50") double minGridToleranceM,
                          @Bindable(defaultValue = "200") double pointSourceM,
                          @Bindable(defaultValue = "100") double riverM) {
    LocationSettings location() {
        return new LocationSettings(minGridToleranceM, pointSourceM, riverM);
    }
}
