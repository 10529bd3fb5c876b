package com.envgrid.api.features;

import com.envgrid.api.shared.GeoJson;
import com.envgrid.core.geo.feature.Field;
import com.envgrid.core.geo.feature.FieldType;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.0 document of the OGC API, made from the registered layers: every path, and for each collection's
 * items its parameters — the standard ones, its queryables and its own (coverage's {@code period}). The HTML
 * service description lists the same operations.
 */
final class OgcOpenApi {
    private OgcOpenApi() {
    }

    /** A query or path parameter: its name, where it goes, its JSON Schema type and meaning. */
    record Parameter(String name, String in, String type, String description) {
    }

    /** One GET operation: its path below the landing page, id, summary, parameters and answer media types. */
    record Operation(String path, String id, String summary, List<Parameter> parameters, List<String> mediaTypes) {
    }

    static List<Operation> operations(List<FeatureLayer> layers) {
        Parameter f = new Parameter("f", "query", "string", "json or html (else by the Accept header)");
        List<String> pages = List.of(Link.JSON, Link.HTML);
        List<Operation> operations = new ArrayList<>(List.of(
                new Operation("/", "getLandingPage", "Landing page 起始页", List.of(f), pages),
                new Operation("/conformance", "getConformance", "Conformance classes 符合的标准类", List.of(f), pages),
                new Operation("/api", "getApi", "This API document 本接口文档", List.of(f), List.of(Link.OPENAPI,
                        Link.HTML)),
                new Operation("/collections", "getCollections", "Collections 要素集合", List.of(f), pages)));
        for (FeatureLayer layer : layers) {
            String path = "/collections/" + layer.id();
            String name = layer.id().replace("-", "_");
            operations.add(new Operation(path, "describe_" + name, layer.title(), List.of(f), pages));
            operations.add(new Operation(path + "/queryables", "queryables_" + name, "Queryables of " + layer.id()
                    + " 可筛选属性", List.of(f), List.of(Link.SCHEMA, Link.HTML)));
            operations.add(new Operation(path + "/items", "items_" + name, "Features of " + layer.id() + " 要素",
                    itemParameters(layer, f), List.of(Link.GEOJSON, Link.HTML)));
            List<Parameter> one = new ArrayList<>(List.of(new Parameter("featureId", "path", "string",
                    "the feature's id"), f, crs()));
            layer.parameters().forEach((p, meaning) -> one.add(new Parameter(p, "query", "string", meaning)));
            operations.add(new Operation(path + "/items/{featureId}", "item_" + name, "One feature of " + layer.id()
                    + " 单个要素", one, List.of(Link.GEOJSON, Link.HTML)));
        }
        return operations;
    }

    private static Parameter crs() {
        return new Parameter("crs", "query", "string", "the coordinate system of the answer: " + OutputCrs.uris());
    }

    private static List<Parameter> itemParameters(FeatureLayer layer, Parameter f) {
        List<Parameter> parameters = new ArrayList<>(List.of(f, crs(),
                new Parameter("bbox", "query", "array", "minimum x, minimum y, maximum x, maximum y in bbox-crs"),
                new Parameter("bbox-crs", "query", "string", "the coordinate system of bbox: " + OutputCrs.uris()),
                new Parameter("limit", "query", "integer", "features per page, 1 to " + ItemsQuery.MAX_LIMIT
                        + ", by default " + ItemsQuery.DEFAULT_LIMIT),
                new Parameter("offset", "query", "integer", "features skipped before the page (the next links carry"
                        + " it)")));
        layer.temporalField().ifPresent(field -> parameters.add(new Parameter("datetime", "query", "string",
                "an instant, a date or an interval (start/end, .. for an open end) on " + field)));
        for (Field q : OgcJson.queryableFields(layer)) {
            parameters.add(new Parameter(q.name(), "query", schemaType(q.type()), q.title() + " equals"));
        }
        for (Map.Entry<String, String> own : layer.parameters().entrySet()) {
            parameters.add(new Parameter(own.getKey(), "query", "string", own.getValue()));
        }
        return parameters;
    }

    static String schemaType(FieldType type) {
        return switch (type) {
            case INTEGER -> "integer";
            case REAL -> "number";
            case BOOLEAN -> "boolean";
            case TEXT, DATE, DATETIME -> "string";
        };
    }

    static String document(List<Operation> operations, String server) {
        return GeoJson.json(json -> {
            json.writeStartObject();
            json.writeStringField("openapi", "3.0.3");
            json.writeObjectFieldStart("info");
            json.writeStringField("title", "网格化环境监管平台 OGC API – Features");
            json.writeStringField("version", "1.0.0");
            json.writeStringField("description", "The platform's layers for GIS clients (OGC API – Features Part 1"
                    + " and Part 2), scoped by the caller's grids; anonymous callers read the public layers.");
            json.writeEndObject();
            json.writeArrayFieldStart("servers");
            json.writeStartObject();
            json.writeStringField("url", server);
            json.writeEndObject();
            json.writeEndArray();
            json.writeObjectFieldStart("paths");
            for (Operation operation : operations) {
                json.writeObjectFieldStart(operation.path());
                json.writeObjectFieldStart("get");
                json.writeStringField("operationId", operation.id());
                json.writeStringField("summary", operation.summary());
                json.writeArrayFieldStart("parameters");
                for (Parameter p : operation.parameters()) {
                    parameter(json, p);
                }
                json.writeEndArray();
                responses(json, operation);
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeObjectFieldStart("components");
            json.writeObjectFieldStart("securitySchemes");
            json.writeObjectFieldStart("bearer");
            json.writeStringField("type", "http");
            json.writeStringField("scheme", "bearer");
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    private static void parameter(JsonGenerator json, Parameter p) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", p.name());
        json.writeStringField("in", p.in());
        json.writeBooleanField("required", p.in().equals("path"));
        json.writeStringField("description", p.description());
        if (p.type().equals("array")) {
            json.writeStringField("style", "form");
            json.writeBooleanField("explode", false);
        }
        json.writeObjectFieldStart("schema");
        json.writeStringField("type", p.type());
        if (p.type().equals("array")) {
            json.writeNumberField("minItems", 4);
            json.writeNumberField("maxItems", 6);
            json.writeObjectFieldStart("items");
            json.writeStringField("type", "number");
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void responses(JsonGenerator json, Operation operation) throws IOException {
        json.writeObjectFieldStart("responses");
        json.writeObjectFieldStart("200");
        json.writeStringField("description", operation.summary());
        json.writeObjectFieldStart("content");
        for (String type : operation.mediaTypes()) {
            json.writeObjectFieldStart(type);
            json.writeObjectFieldStart("schema");
            json.writeStringField("type", type.equals(Link.HTML) ? "string" : "object");
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
        for (String status : List.of("400", "401", "404")) {
            json.writeObjectFieldStart(status);
            json.writeStringField("description", switch (status) {
                case "400" -> "a bad parameter, named in the problem";
                case "401" -> "a collection that is not public, without signing in";
                default -> "no such collection or feature, or not one the caller may read";
            });
            json.writeObjectFieldStart("content");
            json.writeObjectFieldStart("application/problem+json");
            json.writeObjectFieldStart("schema");
            json.writeStringField("type", "object");
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}
