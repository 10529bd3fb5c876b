package com.envgrid.core.grid.geojson;

import com.envgrid.core.geo.file.CrsUsed;
import com.envgrid.core.grid.Grid;

import java.util.List;
import java.util.Map;

/**
 * The grids read from a file, for each code where its first feature is (a JSON Pointer, or the layer and
 * feature), and the coordinate system the file was read in.
 */
public record ReadGrids(List<Grid> grids, Map<String, String> pointerByCode, CrsUsed crs) {
    public String pointerOf(String code) {
        return pointerByCode.getOrDefault(code, "/grids/" + code);
    }
}
