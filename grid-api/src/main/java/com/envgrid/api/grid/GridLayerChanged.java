package com.envgrid.api.grid;

/** Published after an import changed the grid layer, so that whatever is located in grids is located again. */
public record GridLayerChanged(long version) {
}
