package com.envgrid.api.evidence;

import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.shared.GeoJson;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.geojson.GridFeatureReader;
import com.fasterxml.jackson.core.JsonGenerator;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The places a small map shows beside a record: the grid it lies in, its target (a source's point, a river segment's
 * course; a grid patrol's target is the grid), the fix where it was made, a complaint's pin. Written as a GeoJSON
 * FeatureCollection whose features carry their {@code role} (grid, target, fix, complaint) in their properties.
 */
@Singleton
class Places {
    private final LiveGridLayer live;
    private final SupervisedObjects objects;

    Places(LiveGridLayer live, SupervisedObjects objects) {
        this.live = live;
        this.objects = objects;
    }

    /** One place: its role on the map, where it is, and what the map may say about it. */
    record Place(String role, Geometry geometry, Map<String, Object> properties) {
    }

    String gridName(String code) {
        return live.layer().find(code).map(Grid::name).orElse(code);
    }

    /** The grid's effective area; none for a grid no longer in the layer. */
    Optional<Place> grid(String code) {
        return live.layer().find(code).map(g -> new Place("grid", live.layer().effectiveGeometry(code),
                properties("code", code, "name", g.name())));
    }

    /** What was inspected, where the map can show it: a source's point, a river segment's course. */
    Optional<Place> target(String kind, String code) {
        return switch (kind) {
            case "source" -> objects.source(code).map(s -> new Place("target", point(s.lon(), s.lat()),
                    properties("kind", kind, "code", code, "name", s.name())));
            case "river_patrol" -> objects.course(code).map(course -> new Place("target", course,
                    properties("kind", kind, "code", code, "name", code)));
            default -> Optional.empty();
        };
    }

    /** The name of what was inspected: a source's name, the grid of a patrol, else its code. */
    String targetName(String kind, String code) {
        return switch (kind) {
            case "source" -> objects.source(code).map(SupervisedObjects.Source::name).orElse(code);
            case "grid_patrol" -> gridName(code);
            default -> code;
        };
    }

    static Place at(String role, double lon, double lat, Map<String, Object> properties) {
        return new Place(role, point(lon, lat), properties);
    }

    static Map<String, Object> properties(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static Geometry point(double lon, double lat) {
        return GridFeatureReader.GEOMETRY.createPoint(new Coordinate(lon, lat));
    }

    /** The places as a FeatureCollection, the value of the field the generator is at. */
    static void write(JsonGenerator json, List<Place> places) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeArrayFieldStart("features");
        for (Place place : places) {
            json.writeStartObject();
            json.writeStringField("type", "Feature");
            json.writeStringField("id", place.role());
            json.writeFieldName("geometry");
            GeoJson.geometry(json, place.geometry());
            json.writeObjectFieldStart("properties");
            json.writeStringField("role", place.role());
            for (var entry : place.properties().entrySet()) {
                writeValue(json, entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    static void writeValue(JsonGenerator json, String name, @Nullable Object value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            json.writeNumber(n.doubleValue());
        } else {
            json.writeString(String.valueOf(value));
        }
    }
}
