package com.envgrid.core.geo.file;

import com.envgrid.core.input.InputProblem;
import org.locationtech.jts.geom.Geometry;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One feature of a boundary file: where it is ({@code /features/3} in GeoJSON, {@code layer 社区, feature 3}
 * otherwise), its properties (text, numbers, booleans, and for GeoJSON lists and maps), and its geometry in WGS84
 * lon/lat — or, when it could not be read, null with the {@code problems} saying why. {@code properties} is null
 * when the entry is not a feature at all.
 */
public record FileFeature(String where, Map<String, Object> properties, Geometry geometry,
                          List<InputProblem> problems) {
    public FileFeature {
        properties = properties == null ? null : Collections.unmodifiableMap(properties);
        problems = List.copyOf(problems);
    }

    static FileFeature read(String where, Map<String, Object> properties, Geometry geometry) {
        return new FileFeature(where, properties, geometry, List.of());
    }

    static FileFeature unreadable(String where, Map<String, Object> properties, List<InputProblem> problems) {
        return new FileFeature(where, properties, null, problems);
    }

    public boolean isFeature() {
        return properties != null;
    }

    /**
     * Where a part of the feature is, for a problem: {@code at("properties", "编码")} is
     * {@code /features/3/properties/编码} (a JSON Pointer) in GeoJSON and {@code layer 社区, feature 3, property
     * "编码"} in the other formats.
     */
    public String at(String... path) {
        if (where.startsWith("/")) {
            StringBuilder pointer = new StringBuilder(where);
            for (String part : path) {
                pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
            }
            return pointer.toString();
        }
        if (path.length == 0) {
            return where;
        }
        if (path[0].equals("properties")) {
            return path.length == 1 ? where + ", properties" : where + ", property \"" + path[1] + "\"";
        }
        return where + ", " + String.join(" ", path);
    }

    /**
     * A property as text, trimmed, or null when missing or blank. Numbers keep every digit and no exponent: codes
     * such as 320214001001 arrive as numbers from spreadsheets and as REAL columns.
     */
    public String text(String key) {
        Object value = properties == null ? null : properties.get(key);
        String text;
        if (value == null) {
            return null;
        } else if (value instanceof BigDecimal d) {
            text = d.toPlainString();
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            text = Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : String.valueOf(d);
        } else {
            text = value.toString();
        }
        return text.isBlank() ? null : text.trim();
    }

    /** Whether a property is a list or an object (GeoJSON only), which a code or a name cannot be. */
    public boolean isContainer(String key) {
        Object value = properties == null ? null : properties.get(key);
        return value instanceof List<?> || value instanceof Map<?, ?>;
    }
}
