package com.envgrid.core.source;

import com.envgrid.core.grid.geojson.GridFeatureReader;
import com.envgrid.core.input.FreeText;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads river segments (LineString/MultiLineString features: {@code code}/编码, {@code river}/河流名称,
 * {@code chief}/河长) and drinking-water protection zones (Polygon/MultiPolygon features: {@code code}/编码,
 * {@code name}/名称, {@code level}/级别 as 一级/二级/准保护区) from GeoJSON FeatureCollections. Every problem is
 * reported with a JSON Pointer and the whole file is refused if there is any.
 */
public final class RiverAndZoneReader {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RiverAndZoneReader() {
    }

    public static List<RiverSegment> rivers(byte[] json) {
        return read(json, "LineString or MultiLineString", (f) -> new RiverSegment(f.text("code", "编码", "河段编码"),
                f.text("river", "river_name", "河流名称", "河流"), f.text("chief", "river_chief", "河长"), f.geometry));
    }

    public static List<ProtectionZone> zones(byte[] json) {
        return read(json, "Polygon or MultiPolygon", (f) -> {
            String level = f.text("level", "级别", "保护区级别");
            return new ProtectionZone(f.text("code", "编码"), f.text("name", "名称"),
                    ZoneLevel.parse(level).orElseThrow(() -> new IllegalArgumentException(
                            "unknown level \"" + level + "\"; accepted: " + ZoneLevel.accepted())), f.geometry);
        });
    }

    /** One feature's properties and geometry. */
    private record Feature(JsonNode properties, Geometry geometry) {
        String text(String... keys) {
            for (String key : keys) {
                JsonNode value = properties.get(key);
                if (value != null && !value.isNull() && !value.asText().isBlank()) {
                    String text = value.isNumber() ? value.decimalValue().toPlainString() : value.asText().trim();
                    if (text.length() > FreeText.MAX_NAME_CHARS) {
                        throw new IllegalArgumentException("property \"" + key + "\" has " + text.length()
                                + " characters; a code or name has at most " + FreeText.MAX_NAME_CHARS);
                    }
                    return text;
                }
            }
            throw new IllegalArgumentException("property \"" + keys[0] + "\" (or " + String.join("/", keys)
                    + ") is missing or empty");
        }
    }

    private static <T> List<T> read(byte[] json, String expected, Function<Feature, T> build) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new InvalidInput("the body is not JSON", List.of(new InputProblem("", "not valid JSON: " + e.getMessage())));
        }
        JsonNode features = root == null ? null : root.get("features");
        if (root == null || !"FeatureCollection".equals(root.path("type").asText()) || features == null
                || !features.isArray() || features.isEmpty()) {
            throw new InvalidInput("not a GeoJSON FeatureCollection", List.of(new InputProblem("/type",
                    "expected a FeatureCollection with a non-empty \"features\" array")));
        }
        List<InputProblem> problems = new ArrayList<>();
        List<T> result = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        GeoJsonReader geometries = new GeoJsonReader(GridFeatureReader.GEOMETRY);
        for (int i = 0; i < features.size(); i++) {
            String at = "/features/" + i;
            JsonNode feature = features.get(i);
            if (!"Feature".equals(feature.path("type").asText())) {
                problems.add(new InputProblem(at + "/type", "expected a GeoJSON Feature"));
                continue;
            }
            Geometry geometry;
            try {
                JsonNode g = feature.get("geometry");
                if (g == null || g.isNull()) {
                    problems.add(new InputProblem(at + "/geometry", "the feature has no geometry"));
                    continue;
                }
                geometry = geometries.read(g.toString());
            } catch (ParseException | RuntimeException e) {
                problems.add(new InputProblem(at + "/geometry", "unreadable geometry: " + e.getMessage()));
                continue;
            }
            String outOfRange = outOfRange(geometry);
            if (outOfRange != null) {
                problems.add(new InputProblem(at + "/geometry", outOfRange));
                continue;
            }
            try {
                T item = build.apply(new Feature(feature.path("properties"), geometry));
                String code = item instanceof RiverSegment r ? r.code() : ((ProtectionZone) item).code();
                if (!codes.add(code)) {
                    problems.add(new InputProblem(at + "/properties", "code " + code + " is used twice"));
                } else {
                    result.add(item);
                }
            } catch (IllegalArgumentException e) {
                problems.add(new InputProblem(at, e.getMessage().contains("needs a") ? "a " + expected
                        + " is needed: " + e.getMessage() : e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.size() + " problem(s) in the features; nothing was imported", problems);
        }
        return result;
    }

    private static String outOfRange(Geometry geometry) {
        for (Coordinate c : geometry.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y) || Math.abs(c.x) > 180 || Math.abs(c.y) > 90) {
                return "[" + c.x + ", " + c.y + "] is out of range: longitude within ±180, latitude within ±90";
            }
        }
        return null;
    }
}
