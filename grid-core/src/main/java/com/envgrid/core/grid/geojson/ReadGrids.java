package com.envgrid.core.grid.geojson;

import com.envgrid.core.grid.Grid;

import java.util.List;
import java.util.Map;

/** The grids read from a FeatureCollection and, for each code, the pointer of its first feature. */
public record ReadGrids(List<Grid> grids, Map<String, String> pointerByCode) {
    public String pointerOf(String code) {
        return pointerByCode.getOrDefault(code, "/grids/" + code);
    }
}
