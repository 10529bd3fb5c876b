package com.envgrid.api.shared;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Streams JSON, writing geometry as GeoJSON (RFC 7946): positions [lon, lat], outer rings counter-clockwise, no
 * {@code crs} member, 9 decimals (0.1 mm).
 */
public final class GeoJson {
    public static final String MEDIA_TYPE = "application/geo+json";
    private static final JsonFactory JSON = new JsonFactory();
    private static final int DECIMALS = 9;

    private GeoJson() {
    }

    /** Writes one JSON document. */
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    /** Writes one feature's {@code properties} members. */
    public interface Properties<T> {
        void write(JsonGenerator json, T item) throws IOException;
    }

    public static String json(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static void geometry(JsonGenerator json, Geometry geometry) throws IOException {
        GeoJsonWriter writer = new GeoJsonWriter(DECIMALS);
        writer.setEncodeCRS(false);
        writer.setForceCCW(true);
        json.writeRawValue(writer.write(geometry));
    }

    /**
     * Writes a feature's property values: text, numbers and booleans as themselves, dates ({@code LocalDate}) and
     * instants as ISO 8601 text, null as null.
     */
    public static void properties(JsonGenerator json, Map<String, Object> properties) throws IOException {
        for (var property : properties.entrySet()) {
            json.writeFieldName(property.getKey());
            Object value = property.getValue();
            if (value == null) {
                json.writeNull();
            } else if (value instanceof Boolean flag) {
                json.writeBoolean(flag);
            } else if (value instanceof BigDecimal decimal) {
                json.writeNumber(decimal);
            } else if (value instanceof Double || value instanceof Float) {
                json.writeNumber(((Number) value).doubleValue());
            } else if (value instanceof Number whole) {
                json.writeNumber(whole.longValue());
            } else {
                json.writeString(value.toString()); // text, LocalDate, Instant
            }
        }
    }

    /** A FeatureCollection of items, each with an id, a geometry and its properties. */
    public static <T> String featureCollection(Collection<T> items, java.util.function.Function<T, String> id,
                                               java.util.function.Function<T, Geometry> geometry,
                                               Properties<T> properties) {
        return json(json -> {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (T item : items) {
                json.writeStartObject();
                json.writeStringField("type", "Feature");
                json.writeStringField("id", id.apply(item));
                json.writeFieldName("geometry");
                geometry(json, geometry.apply(item));
                json.writeObjectFieldStart("properties");
                properties.write(json, item);
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }
}
