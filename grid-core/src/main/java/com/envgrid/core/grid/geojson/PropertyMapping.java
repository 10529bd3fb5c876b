package com.envgrid.core.grid.geojson;

import com.envgrid.core.grid.GridLevel;

/**
 * Which feature properties give a grid's code, name, level and parent code. Real files carry their own keys
 * (社区编码, 街道编码, 网格编号 …) and often no level at all: {@code fixedLevel}, when set, is the level of every
 * feature that has no level property.
 */
public record PropertyMapping(String codeProperty, String nameProperty, String levelProperty, String parentProperty,
                              GridLevel fixedLevel) {
    public static final PropertyMapping DEFAULT = new PropertyMapping("code", "name", "level", "parent", null);

    public PropertyMapping {
        codeProperty = orDefault(codeProperty, "code");
        nameProperty = orDefault(nameProperty, "name");
        levelProperty = orDefault(levelProperty, "level");
        parentProperty = orDefault(parentProperty, "parent");
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
