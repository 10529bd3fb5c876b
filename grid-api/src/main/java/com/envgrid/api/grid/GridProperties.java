package com.envgrid.api.grid;

import com.envgrid.core.access.Staffing;
import com.envgrid.core.geo.feature.Field;
import com.envgrid.core.geo.feature.FieldType;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a grid's feature says about it — the one list that {@code /api/grids} and the OGC grid collections write:
 * code, name, level, the district it lies in (code and name), tier, the parent's code and name, the area in km², whether
 * someone supervises it today and how many do. The public sees code, name, level and district alone (nothing about
 * people). The parent's code is {@code parent} in
 * {@code /api/grids}, as it always was, and {@code parent_code} for GIS clients, where a bare "parent" reads as a name.
 */
final class GridProperties {
    static final String API_PARENT = "parent";
    static final String GIS_PARENT = "parent_code";
    static final String DISTRICT = "district";

    private GridProperties() {
    }

    static List<Field> fields(String parentKey) {
        return List.of(
                new Field("code", FieldType.TEXT, "网格编码"),
                new Field("name", FieldType.TEXT, "网格名称"),
                new Field("level", FieldType.TEXT, "网格级别"),
                new Field(DISTRICT, FieldType.TEXT, "所在区县编码"),
                new Field("district_name", FieldType.TEXT, "所在区县名称"),
                new Field("tier", FieldType.INTEGER, "层级"),
                new Field(parentKey, FieldType.TEXT, "上级网格编码"),
                new Field("parent_name", FieldType.TEXT, "上级网格名称"),
                new Field("area_km2", FieldType.REAL, "面积（平方千米）"),
                new Field("staffed", FieldType.BOOLEAN, "已配网格员"),
                new Field("supervisor_count", FieldType.INTEGER, "网格员人数"));
    }

    static Map<String, Object> of(GridLayer layer, Grid g, Staffing staffing, String parentKey) {
        Map<String, Object> values = publicOf(layer, g);
        values.put("tier", layer.tierOf(g));
        values.put(parentKey, g.parentCode());
        values.put("parent_name", layer.parent(g).map(Grid::name).orElse(null));
        values.put("area_km2", Math.round(layer.areaKm2(g.code()) * 1e6) / 1e6);
        values.put("staffed", staffing.staffed(g));
        values.put("supervisor_count", staffing.supervisorsOf(g));
        return values;
    }

    /** What the public outline shows of a grid: code, name, level and the district it lies in. */
    static Map<String, Object> publicOf(GridLayer layer, Grid g) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", g.code());
        values.put("name", g.name());
        values.put("level", g.level().key());
        var district = layer.districtOf(g.code());
        values.put(DISTRICT, district.map(Grid::code).orElse(null));
        values.put("district_name", district.map(Grid::name).orElse(null));
        return values;
    }
}
