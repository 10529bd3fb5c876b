package com.envgrid.core.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads point sources from a GeoJSON FeatureCollection of Point features (RFC 7946: [lon, lat] in WGS84), checking
 * every feature by the same rules as a CSV row ({@link SourceSheetReader}) and collecting every problem.
 * <p>
 * Properties carry the fields under the CSV column names, English or Chinese ({@link SourceSheetReader}); numbers
 * and booleans are read as their text, so {@code "重点排污单位": true} and a numeric code work. The location is the
 * Point's: lon/lat properties are ignored. In the {@link SourceSheetReader.Result}, a problem's line is the feature's
 * index in {@code features} and its column the property name, or {@code geometry}; problems with the document as a
 * whole — not JSON, not a FeatureCollection, empty, more than {@value SourceSheetReader#MAX_ROWS} features — are on
 * line -1 and no feature is read.
 */
public final class SourceGeoJsonReader {
    private static final String GEOMETRY = "geometry";
    private static final int DOCUMENT = -1;
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // so that NaN is reported where it is
            .build();

    private final SourceRowValidator validator;

    private SourceGeoJsonReader(SourceRowValidator validator) {
        this.validator = validator;
    }

    /** @param insideDistrict whether {@code {lon, lat}} lies in the district */
    public static SourceSheetReader.Result read(byte[] json, RatingScale scale, Predicate<double[]> insideDistrict) {
        var validator = new SourceRowValidator(scale, insideDistrict, index -> "feature " + index);
        new SourceGeoJsonReader(validator).readAll(json);
        return validator.result(StandardCharsets.UTF_8, null);
    }

    private void readAll(byte[] json) {
        JsonNode features = features(json);
        if (features == null) {
            return;
        }
        if (features.isEmpty()) {
            validator.problem(DOCUMENT, "features", "the collection is empty");
        } else if (features.size() > SourceSheetReader.MAX_ROWS) {
            validator.problem(DOCUMENT, "features", "the collection has " + features.size() + " features, at most "
                    + SourceSheetReader.MAX_ROWS + " are accepted: split it");
        } else {
            for (int i = 0; i < features.size(); i++) {
                readFeature(features.get(i), i);
            }
        }
    }

    private JsonNode features(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            validator.problem(DOCUMENT, null, "not valid JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            validator.problem(DOCUMENT, null, "the document could not be read: " + e.getMessage());
            return null;
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asText())) {
            validator.problem(DOCUMENT, "type",
                    "expected a GeoJSON FeatureCollection: an object with \"type\": \"FeatureCollection\"");
            return null;
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray()) {
            validator.problem(DOCUMENT, "features", "a FeatureCollection needs a \"features\" array");
            return null;
        }
        return features;
    }

    private void readFeature(JsonNode feature, int index) {
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asText())) {
            validator.problem(index, "type", "expected a GeoJSON Feature");
            return;
        }
        JsonNode properties = feature.path("properties");
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        Map<SourceField, String> values = new EnumMap<>(SourceField.class);
        Map<SourceField, String> columns = new EnumMap<>(SourceField.class);
        SourceField.locate(names, (name, message) -> validator.problem(index, name, message)).forEach((field, i) -> {
            if (field != SourceField.LON && field != SourceField.LAT) {
                String name = names.get(i);
                columns.put(field, name);
                String text = text(properties.get(name), index, name);
                if (text != null) {
                    values.put(field, text);
                }
            }
        });
        columns.put(SourceField.LON, GEOMETRY);
        columns.put(SourceField.LAT, GEOMETRY);
        double[] point = point(feature.get(GEOMETRY), index);
        SourceFields row = new SourceFields(index, values, columns, Map.of());
        if (point == null) {
            validator.check(row, null, null);
        } else {
            validator.check(row, point[0], point[1]);
        }
    }

    private String text(JsonNode value, int index, String name) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            validator.problem(index, name, "expected text, a number or a boolean, not " + (value.isArray()
                    ? "an array" : "an object"));
            return null;
        }
        // codes arrive as numbers from spreadsheets: keep every digit, no exponent
        String text = value.isNumber() ? value.decimalValue().toPlainString() : value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** The Point's {lon, lat}, or null when there is none, said why. */
    private double[] point(JsonNode geometry, int index) {
        if (geometry == null || geometry.isNull()) {
            validator.problem(index, GEOMETRY, "the feature has no geometry: a source needs a Point [lon, lat]");
            return null;
        }
        String type = geometry.path("type").asText();
        if (!"Point".equals(type)) {
            validator.problem(index, GEOMETRY, "a source is a Point, not "
                    + (type.isEmpty() ? "a geometry without type" : "a " + type));
            return null;
        }
        JsonNode c = geometry.get("coordinates");
        if (c == null || !c.isArray() || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
            validator.problem(index, GEOMETRY, "a Point's coordinates must be [lon, lat], two numbers");
            return null;
        }
        return new double[]{c.get(0).asDouble(), c.get(1).asDouble()};
    }
}
