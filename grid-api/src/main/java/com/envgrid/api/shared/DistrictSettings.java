package com.envgrid.api.shared;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** {@code envgrid.district.zone}: the district's time zone (see {@link DistrictTime}). */
@ConfigurationProperties("envgrid.district")
record DistrictSettings(@Bindable(defaultValue = "Asia/Shanghai") String zone) {
}
