package com.envgrid.api.features;

import com.envgrid.api.shared.GeoJson;
import com.envgrid.core.geo.feature.Feature;
import com.envgrid.core.geo.feature.Field;
import com.fasterxml.jackson.core.JsonGenerator;
import org.locationtech.jts.geom.Envelope;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** The OGC API's resources as JSON (and its features as GeoJSON) — what GIS clients read. */
final class OgcJson {
    static final String TRS = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian";

    private OgcJson() {
    }

    static String landing(String title, String description, List<Link> links) {
        return GeoJson.json(json -> {
            json.writeStartObject();
            json.writeStringField("title", title);
            json.writeStringField("description", description);
            links(json, links);
            json.writeEndObject();
        });
    }

    static String conformance(List<String> classes) {
        return GeoJson.json(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("conformsTo");
            for (String c : classes) {
                json.writeString(c);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** One collection as {@code /collections} lists it and {@code /collections/{id}} gives it. */
    record Collection(FeatureLayer layer, OgcCollections.Extent extent, List<Link> links) {
    }

    static String collections(List<Collection> collections, List<Link> links) {
        return GeoJson.json(json -> {
            json.writeStartObject();
            links(json, links);
            json.writeArrayFieldStart("collections");
            for (Collection c : collections) {
                collection(json, c);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("crs");
            for (OutputCrs crs : OutputCrs.values()) {
                json.writeString(crs.uri());
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    static String collection(Collection collection) {
        return GeoJson.json(json -> collection(json, collection));
    }

    private static void collection(JsonGenerator json, Collection c) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", c.layer().id());
        json.writeStringField("title", c.layer().title());
        json.writeStringField("description", c.layer().description());
        json.writeStringField("itemType", "feature");
        json.writeObjectFieldStart("extent");
        json.writeObjectFieldStart("spatial");
        json.writeArrayFieldStart("bbox");
        Envelope e = c.extent().bbox();
        json.writeStartArray();
        if (e != null) {
            for (double v : new double[]{e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()}) {
                json.writeNumber(Math.round(v * 1e7) / 1e7);
            }
        }
        json.writeEndArray();
        json.writeEndArray();
        json.writeStringField("crs", OutputCrs.CRS84.uri());
        json.writeEndObject();
        if (c.layer().temporalField().isPresent()) {
            json.writeObjectFieldStart("temporal");
            json.writeArrayFieldStart("interval");
            json.writeStartArray();
            instant(json, c.extent().first());
            instant(json, c.extent().last());
            json.writeEndArray();
            json.writeEndArray();
            json.writeStringField("trs", TRS);
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeArrayFieldStart("crs");
        for (OutputCrs crs : OutputCrs.values()) {
            json.writeString(crs.uri());
        }
        json.writeEndArray();
        json.writeStringField("storageCrs", OutputCrs.CRS84.uri());
        links(json, c.links());
        json.writeEndObject();
    }

    private static void instant(JsonGenerator json, Instant at) throws IOException {
        if (at == null) {
            json.writeNull();
        } else {
            json.writeString(at.toString());
        }
    }

    /** A page of features: the FeatureCollection with its counts, time stamp and links (next, prev …). */
    static String items(List<Feature> page, int matched, Instant timeStamp, OutputCrs crs, List<Link> links) {
        return GeoJson.json(json -> {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (Feature f : page) {
                feature(json, f, crs, List.of());
            }
            json.writeEndArray();
            json.writeNumberField("numberMatched", matched);
            json.writeNumberField("numberReturned", page.size());
            json.writeStringField("timeStamp", timeStamp.toString());
            links(json, links);
            json.writeEndObject();
        });
    }

    static String feature(Feature feature, OutputCrs crs, List<Link> links) {
        return GeoJson.json(json -> feature(json, feature, crs, links));
    }

    private static void feature(JsonGenerator json, Feature f, OutputCrs crs, List<Link> links) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", f.id());
        json.writeFieldName("geometry");
        GeoJson.geometry(json, crs.fromLonLat(f.geometry()));
        json.writeObjectFieldStart("properties");
        GeoJson.properties(json, f.properties());
        json.writeEndObject();
        if (!links.isEmpty()) {
            links(json, links);
        }
        json.writeEndObject();
    }

    /** The queryables as a JSON Schema (OGC API – Features Part 3's form): each with its type and title. */
    static String queryables(FeatureLayer layer, String id) {
        return GeoJson.json(json -> {
            json.writeStartObject();
            json.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
            json.writeStringField("$id", id);
            json.writeStringField("type", "object");
            json.writeStringField("title", layer.title());
            json.writeObjectFieldStart("properties");
            for (Field field : queryableFields(layer)) {
                json.writeObjectFieldStart(field.name());
                json.writeStringField("title", field.title());
                json.writeStringField("type", OgcOpenApi.schemaType(field.type()));
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    static List<Field> queryableFields(FeatureLayer layer) {
        return layer.fields().stream().filter(f -> layer.queryables().contains(f.name())).toList();
    }

    static void links(JsonGenerator json, List<Link> links) throws IOException {
        json.writeArrayFieldStart("links");
        for (Link link : links) {
            json.writeStartObject();
            json.writeStringField("href", link.href());
            json.writeStringField("rel", link.rel());
            json.writeStringField("type", link.type());
            json.writeStringField("title", link.title());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
