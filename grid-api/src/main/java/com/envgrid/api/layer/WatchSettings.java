package com.envgrid.api.layer;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code envgrid.grids.watch}: whether this node listens for the grid layer's new versions, and how often it checks
 * the stored version without an announcement ({@link GridLayerWatch}).
 */
@ConfigurationProperties("envgrid.grids.watch")
record WatchSettings(@Bindable(defaultValue = "true") boolean listen,
                     @Bindable(defaultValue = "10s") Duration checkEvery) {
}
