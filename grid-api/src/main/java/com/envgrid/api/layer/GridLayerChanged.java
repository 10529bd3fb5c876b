package com.envgrid.api.layer;

/** Published after an import changed the grid layer, so that whatever is located in grids is located again. */
public record GridLayerChanged(long version) {
}
