package com.envgrid.core.grid.geojson;

import com.envgrid.core.grid.GridLevel;

/**
 * Which feature properties give a grid's code, name, level and parent code. Real files carry their own keys
 * (社区编码, 街道编码, 网格编号 …) and often no level at all: {@code fixedLevel}, when set, is the level of every
 * feature that has no level property. A file of one feature without properties — a district outline as
 * delivered — gets its code and name from {@code fixedCode} and {@code fixedName} (null: from the properties).
 */
public record PropertyMapping(String codeProperty, String nameProperty, String levelProperty, String parentProperty,
                              GridLevel fixedLevel, String fixedCode, String fixedName) {
    public static final PropertyMapping DEFAULT = new PropertyMapping("code", "name", "level", "parent", null);

    public PropertyMapping {
        codeProperty = orDefault(codeProperty, "code");
        nameProperty = orDefault(nameProperty, "name");
        levelProperty = orDefault(levelProperty, "level");
        parentProperty = orDefault(parentProperty, "parent");
        fixedCode = fixedCode == null || fixedCode.isBlank() ? null : fixedCode.trim();
        fixedName = fixedName == null || fixedName.isBlank() ? null : fixedName.trim();
    }

    /** A mapping that reads code and name from the properties. */
    public PropertyMapping(String codeProperty, String nameProperty, String levelProperty, String parentProperty,
                           GridLevel fixedLevel) {
        this(codeProperty, nameProperty, levelProperty, parentProperty, fixedLevel, null, null);
    }

    /** Whether code or name is given for the file rather than read from its one feature's properties. */
    public boolean fixesCodeOrName() {
        return fixedCode != null || fixedName != null;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
