package com.envgrid.core.grid.geojson;

import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.input.FreeText;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads grids from a GeoJSON FeatureCollection (RFC 7946: positions are [lon, lat] in WGS84).
 * <p>
 * Every problem is collected with a JSON Pointer to where it is, and the whole input is refused if there is any:
 * not JSON, not a FeatureCollection, a feature without geometry or code, a geometry that is not a Polygon or
 * MultiPolygon, a ring that is not closed or has fewer than 4 positions, a coordinate that is not a finite number
 * or is out of range (|lon| &gt; 180, |lat| &gt; 90) — reported as swapped when it reads as [lat, lon] —, an
 * unknown level, one code given two different levels or parents. Features sharing a code are the parts of one
 * multi-part grid. Topology (self-intersections, overlaps …) is not checked here but by the layer validation.
 */
public final class GridFeatureReader {
    static final int MAX_PROBLEMS = 200;
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // so that NaN is reported where it is
            .build();
    public static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

    private final PropertyMapping mapping;
    private final List<InputProblem> problems = new ArrayList<>();

    private GridFeatureReader(PropertyMapping mapping) {
        this.mapping = mapping;
    }

    public static ReadGrids read(byte[] json, PropertyMapping mapping) {
        return new GridFeatureReader(mapping).readAll(json);
    }

    private ReadGrids readAll(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidInput("the body is not JSON", List.of(new InputProblem("",
                    "not valid JSON" + where + ": " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new InvalidInput("the body could not be read", List.of(new InputProblem("", e.getMessage())));
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new InvalidInput("not a GeoJSON FeatureCollection", List.of(new InputProblem("/type",
                    "expected a GeoJSON FeatureCollection: an object with \"type\": \"FeatureCollection\"")));
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray()) {
            throw new InvalidInput("not a GeoJSON FeatureCollection",
                    List.of(new InputProblem("/features", "a FeatureCollection needs a \"features\" array")));
        }
        if (features.isEmpty()) {
            throw new InvalidInput("no features", List.of(new InputProblem("/features", "the collection is empty")));
        }
        Map<String, Part> byCode = new LinkedHashMap<>();
        for (int i = 0; i < features.size() && problems.size() < MAX_PROBLEMS; i++) {
            readFeature(features.get(i), "/features/" + i, byCode);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.size() + (problems.size() >= MAX_PROBLEMS ? "+" : "")
                    + " problem(s) in the features; nothing was imported", problems);
        }
        List<Grid> grids = new ArrayList<>();
        Map<String, String> pointers = new LinkedHashMap<>();
        for (Part p : byCode.values()) {
            Geometry geometry = p.polygons.size() == 1 ? p.polygons.get(0)
                    : GEOMETRY.createMultiPolygon(p.polygons.toArray(Polygon[]::new));
            grids.add(new Grid(p.code, p.name, p.level, p.parent, geometry));
            pointers.put(p.code, p.pointer);
        }
        return new ReadGrids(grids, pointers);
    }

    private void readFeature(JsonNode feature, String at, Map<String, Part> byCode) {
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asText())) {
            problem(at + "/type", "expected a GeoJSON Feature");
            return;
        }
        JsonNode props = feature.path("properties");
        for (String property : new String[]{mapping.codeProperty(), mapping.nameProperty(), mapping.parentProperty()}) {
            if (props.path(property).isContainerNode()) {
                problem(at + "/properties/" + escape(property), "\"" + property + "\" is text or a number, not "
                        + (props.path(property).isArray() ? "a list" : "an object"));
                return;
            }
        }
        String code = text(props.get(mapping.codeProperty()));
        if (code == null) {
            problem(at + "/properties/" + escape(mapping.codeProperty()),
                    "the feature has no code: property \"" + mapping.codeProperty() + "\" is missing or empty");
        }
        GridLevel level = level(props, at);
        String parent = text(props.get(mapping.parentProperty()));
        String name = text(props.get(mapping.nameProperty()));
        FreeText.tooLongName(at + "/properties/" + escape(mapping.nameProperty()), name)
                .ifPresent(p -> problem(p.pointer(), p.message()));
        List<Polygon> polygons = polygons(feature.get("geometry"), at + "/geometry");
        if (code == null || level == null || polygons == null) {
            return;
        }
        Part existing = byCode.get(code);
        if (existing == null) {
            byCode.put(code, new Part(code, name == null ? code : name, level, parent, at, new ArrayList<>(polygons)));
        } else if (existing.level != level) {
            problem(at + "/properties", "code " + code + " is given level " + level.key() + " here but "
                    + existing.level.key() + " at " + existing.pointer);
        } else if (!java.util.Objects.equals(existing.parent, parent)) {
            problem(at + "/properties", "code " + code + " is given parent " + parent + " here but "
                    + existing.parent + " at " + existing.pointer);
        } else {
            existing.polygons.addAll(polygons);
        }
    }

    private GridLevel level(JsonNode props, String at) {
        String text = text(props.get(mapping.levelProperty()));
        if (text == null) {
            if (mapping.fixedLevel() == null) {
                problem(at + "/properties/" + escape(mapping.levelProperty()), "the feature has no level: property \""
                        + mapping.levelProperty() + "\" is missing and no level was given for the file");
            }
            return mapping.fixedLevel();
        }
        var level = GridLevel.parse(text);
        if (level.isEmpty()) {
            problem(at + "/properties/" + escape(mapping.levelProperty()),
                    "unknown level \"" + text + "\"; accepted: " + GridLevel.accepted());
        }
        return level.orElse(null);
    }

    private List<Polygon> polygons(JsonNode geometry, String at) {
        if (geometry == null || geometry.isNull()) {
            problem(at, "the feature has no geometry");
            return null;
        }
        String type = geometry.path("type").asText();
        JsonNode coordinates = geometry.get("coordinates");
        if (coordinates == null || !coordinates.isArray()) {
            problem(at + "/coordinates", "a " + type + " needs a \"coordinates\" array");
            return null;
        }
        int before = problems.size();
        List<Polygon> result = new ArrayList<>();
        switch (type) {
            case "Polygon" -> result.add(polygon(coordinates, at + "/coordinates"));
            case "MultiPolygon" -> {
                for (int p = 0; p < coordinates.size(); p++) {
                    result.add(polygon(coordinates.get(p), at + "/coordinates/" + p));
                }
                if (coordinates.isEmpty()) {
                    problem(at + "/coordinates", "the MultiPolygon has no polygons");
                }
            }
            default -> problem(at + "/type", "a grid needs a Polygon or MultiPolygon, not " +
                    (type.isEmpty() ? "a geometry without type" : type));
        }
        return problems.size() == before ? result : null;
    }

    private Polygon polygon(JsonNode rings, String at) {
        if (!rings.isArray() || rings.isEmpty()) {
            problem(at, "a polygon needs at least its outer ring");
            return null;
        }
        LinearRing[] read = new LinearRing[rings.size()];
        for (int r = 0; r < rings.size(); r++) {
            read[r] = ring(rings.get(r), at + "/" + r);
        }
        for (LinearRing ring : read) {
            if (ring == null) {
                return null;
            }
        }
        return GEOMETRY.createPolygon(read[0], java.util.Arrays.copyOfRange(read, 1, read.length));
    }

    private LinearRing ring(JsonNode positions, String at) {
        if (!positions.isArray()) {
            problem(at, "a ring must be an array of positions");
            return null;
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        boolean ok = true;
        for (int i = 0; i < positions.size(); i++) {
            coordinates[i] = position(positions.get(i), at + "/" + i);
            ok &= coordinates[i] != null;
        }
        if (!ok) {
            return null;
        }
        if (coordinates.length < 4) {
            problem(at, "a ring needs at least 4 positions (a closed triangle), this one has " + coordinates.length);
            return null;
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            problem(at, "the ring is not closed: it starts at " + show(coordinates[0]) + " but ends at "
                    + show(coordinates[coordinates.length - 1]));
            return null;
        }
        return GEOMETRY.createLinearRing(coordinates);
    }

    private Coordinate position(JsonNode position, String at) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            problem(at, "a position must be an array of two numbers [lon, lat]");
            return null;
        }
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
            problem(at, "coordinates must be finite numbers, got [" + lon + ", " + lat + "]");
            return null;
        }
        if (Math.abs(lat) > 90 && Math.abs(lat) <= 180 && Math.abs(lon) <= 90) {
            problem(at, "[" + lon + ", " + lat + "] reads as [lat, lon]: GeoJSON positions are [lon, lat]"
                    + " (latitude " + lat + " is out of range, longitude " + lat + " would not be)");
            return null;
        }
        if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            problem(at, "[" + lon + ", " + lat + "] is out of range: longitude must be within ±180, latitude within ±90");
            return null;
        }
        return new Coordinate(lon, lat);
    }

    private void problem(String pointer, String message) {
        problems.add(new InputProblem(pointer, message));
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        // codes arrive as numbers from spreadsheets (320214001001): keep every digit, no exponent
        String text = node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
        return text.isBlank() ? null : text.trim();
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String show(Coordinate c) {
        return "[" + c.x + ", " + c.y + "]";
    }

    private record Part(String code, String name, GridLevel level, String parent, String pointer,
                        List<Polygon> polygons) {
    }
}
