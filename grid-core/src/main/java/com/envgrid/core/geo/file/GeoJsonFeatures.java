package com.envgrid.core.geo.file;

import com.envgrid.core.geo.Crs;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a GeoJSON FeatureCollection. Positions are [lon, lat] in WGS84 (RFC 7946) unless the old {@code crs}
 * member (GeoJSON 2008, still written by many tools) or the user's {@code crs=} names another system. Every
 * problem is reported with a JSON Pointer to where it is: a feature that is not one, a geometry missing or of a
 * type not wanted, a ring that is not closed or has fewer than 4 positions, a coordinate that is not a finite
 * number, or — for lon/lat — out of range (reported as swapped when it reads as [lat, lon]).
 */
final class GeoJsonFeatures {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // so that NaN is reported where it is
            .build();

    private final GeometryFactory geometry;
    private final ReadOptions options;
    private boolean lonLat;
    private List<InputProblem> problems;

    private GeoJsonFeatures(GeometryFactory geometry, ReadOptions options) {
        this.geometry = geometry;
        this.options = options;
    }

    static FeatureFile read(byte[] json, ReadOptions options, GeometryFactory factory) {
        return new GeoJsonFeatures(factory, options).readAll(json);
    }

    private FeatureFile readAll(byte[] json) {
        if (options.layer() != null) {
            throw Wgs84.refused(FileCode.UNKNOWN_LAYER, "?layer", "a GeoJSON file is a single layer: layer= is for"
                    + " GeoPackages and zipped Shapefiles", Map.of("layer", options.layer(), "layers", ""));
        }
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
        Envelope extent = new Envelope();
        features.forEach(f -> expand(extent, f.path("geometry").path("coordinates")));
        CrsUsed crs = Wgs84.choose(options.crs(), () -> declared(root.get("crs")), "geojson", "/crs", extent);
        lonLat = crs.crs().isGeographic();
        List<FileFeature> read = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            read.add(feature(features.get(i), "/features/" + i));
        }
        return new FeatureFile(FileFormat.GEOJSON, List.of(""), "", crs, Wgs84.transformed(read, crs, false));
    }

    /** The system the old {@code crs} member names ({"type":"name","properties":{"name":"EPSG:4549"}}), or null. */
    private static Crs declared(JsonNode crs) {
        if (crs == null || crs.isNull()) {
            return null;
        }
        JsonNode props = crs.path("properties");
        String name = props.hasNonNull("name") ? props.get("name").asText()
                : props.hasNonNull("code") ? "EPSG:" + props.get("code").asText() : "";
        return Crs.parse(name);
    }

    private FileFeature feature(JsonNode feature, String at) {
        problems = new ArrayList<>();
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asText())) {
            return FileFeature.unreadable(at, null, List.of(new InputProblem(at + "/type",
                    "expected a GeoJSON Feature")));
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        feature.path("properties").properties().forEach(e -> properties.put(e.getKey(), value(e.getValue())));
        Geometry read = geometry(feature.get("geometry"), at + "/geometry");
        return read == null ? FileFeature.unreadable(at, properties, problems)
                : FileFeature.read(at, properties, read);
    }

    private Geometry geometry(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            problems.add(new InputProblem(at, "the feature has no geometry"));
            return null;
        }
        String type = node.path("type").asText();
        if (!options.shapes().accepts(type)) {
            problems.add(new InputProblem(at + "/type", options.shapes().refusal(options.what(), type)));
            return null;
        }
        JsonNode coordinates = node.get("coordinates");
        if (coordinates == null || !coordinates.isArray()) {
            problems.add(new InputProblem(at + "/coordinates", "a " + type + " needs a \"coordinates\" array"));
            return null;
        }
        String c = at + "/coordinates";
        Geometry result = switch (type) {
            case "Point" -> {
                Coordinate p = position(coordinates, c);
                yield p == null ? null : geometry.createPoint(p);
            }
            case "MultiPoint" -> {
                Coordinate[] points = positions(coordinates, c);
                yield points == null ? null : geometry.createMultiPointFromCoords(points);
            }
            case "LineString" -> line(coordinates, c);
            case "MultiLineString" -> {
                LineString[] lines = new LineString[coordinates.size()];
                for (int i = 0; i < lines.length; i++) {
                    lines[i] = line(coordinates.get(i), c + "/" + i);
                }
                yield all(lines) ? geometry.createMultiLineString(lines) : null;
            }
            case "Polygon" -> polygon(coordinates, c);
            default -> { // MultiPolygon: the only other type accepted
                if (coordinates.isEmpty()) {
                    problems.add(new InputProblem(c, "the MultiPolygon has no polygons"));
                    yield null;
                }
                Polygon[] polygons = new Polygon[coordinates.size()];
                for (int p = 0; p < polygons.length; p++) {
                    polygons[p] = polygon(coordinates.get(p), c + "/" + p);
                }
                yield all(polygons) ? geometry.createMultiPolygon(polygons) : null;
            }
        };
        return problems.isEmpty() ? result : null;
    }

    private Polygon polygon(JsonNode rings, String at) {
        if (!rings.isArray() || rings.isEmpty()) {
            problems.add(new InputProblem(at, "a polygon needs at least its outer ring"));
            return null;
        }
        LinearRing[] read = new LinearRing[rings.size()];
        for (int r = 0; r < rings.size(); r++) {
            read[r] = ring(rings.get(r), at + "/" + r);
        }
        return all(read) ? geometry.createPolygon(read[0], Arrays.copyOfRange(read, 1, read.length)) : null;
    }

    private LinearRing ring(JsonNode positions, String at) {
        if (!positions.isArray()) {
            problems.add(new InputProblem(at, "a ring must be an array of positions"));
            return null;
        }
        Coordinate[] coordinates = positions(positions, at);
        if (coordinates == null) {
            return null;
        }
        if (coordinates.length < 4) {
            problems.add(new InputProblem(at, "a ring needs at least 4 positions (a closed triangle), this one has "
                    + coordinates.length));
            return null;
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            problems.add(new InputProblem(at, "the ring is not closed: it starts at " + show(coordinates[0])
                    + " but ends at " + show(coordinates[coordinates.length - 1])));
            return null;
        }
        return geometry.createLinearRing(coordinates);
    }

    private LineString line(JsonNode positions, String at) {
        if (!positions.isArray()) {
            problems.add(new InputProblem(at, "a line must be an array of positions"));
            return null;
        }
        Coordinate[] coordinates = positions(positions, at);
        if (coordinates != null && coordinates.length < 2) {
            problems.add(new InputProblem(at, "a line needs at least 2 positions, this one has " + coordinates.length));
            return null;
        }
        return coordinates == null ? null : geometry.createLineString(coordinates);
    }

    private Coordinate[] positions(JsonNode positions, String at) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            coordinates[i] = position(positions.get(i), at + "/" + i);
        }
        return all(coordinates) ? coordinates : null;
    }

    private Coordinate position(JsonNode position, String at) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            problems.add(new InputProblem(at, lonLat ? "a position must be an array of two numbers [lon, lat]"
                    : "a position must be an array of two numbers [x, y]"));
            return null;
        }
        double x = position.get(0).asDouble();
        double y = position.get(1).asDouble();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            problems.add(new InputProblem(at, "coordinates must be finite numbers, got [" + x + ", " + y + "]"));
            return null;
        }
        String outOfRange = lonLat ? Wgs84.outOfRange(x, y) : null;
        if (outOfRange != null) {
            problems.add(new InputProblem(at, outOfRange));
            return null;
        }
        return new Coordinate(x, y);
    }

    /** Widens {@code extent} by every finite [x, y] among nested coordinate arrays. */
    private static void expand(Envelope extent, JsonNode coordinates) {
        if (!coordinates.isArray()) {
            return;
        }
        if (coordinates.size() >= 2 && coordinates.get(0).isNumber() && coordinates.get(1).isNumber()) {
            double x = coordinates.get(0).asDouble();
            double y = coordinates.get(1).asDouble();
            if (Double.isFinite(x) && Double.isFinite(y)) {
                extent.expandToInclude(x, y);
            }
            return;
        }
        coordinates.forEach(c -> expand(extent, c));
    }

    private static Object value(JsonNode node) {
        if (node.isNull()) {
            return null;
        } else if (node.isNumber()) {
            return Double.isFinite(node.doubleValue()) ? node.decimalValue() : node.doubleValue();
        } else if (node.isBoolean()) {
            return node.booleanValue();
        } else if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> list.add(value(n)));
            return list;
        } else if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), value(e.getValue())));
            return map;
        }
        return node.asText();
    }

    private static boolean all(Object[] parts) {
        for (Object part : parts) {
            if (part == null) {
                return false;
            }
        }
        return true;
    }

    private static String show(Coordinate c) {
        return "[" + c.x + ", " + c.y + "]";
    }
}
