package com.envgrid.api.features;

import com.envgrid.core.geo.feature.Field;
import com.envgrid.core.geo.feature.GeometryKind;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link FeatureLayer} is, as its collection describes it: id, title and description, its one kind of
 * geometry, its fields; and, where the layer has them, the fields a client may filter on, the field that
 * {@code datetime=} filters, parameters of its own, and whether the anonymous public may read it. Made with
 * {@link #of} and the {@code with…} steps, so that a layer states only what it has.
 */
public record LayerDefinition(String id, String title, String description, GeometryKind geometryKind,
                              List<Field> fields, List<String> queryables, Optional<String> temporalField,
                              Map<String, String> parameters, boolean isPublic) {
    public LayerDefinition {
        fields = List.copyOf(fields);
        queryables = List.copyOf(queryables);
        parameters = Map.copyOf(parameters);
        for (String name : queryables) {
            if (fields.stream().noneMatch(f -> f.name().equals(name))) {
                throw new IllegalArgumentException(id + ": queryable " + name + " is not one of its fields");
            }
        }
    }

    /** A layer signed-in staff read, without filters, time or parameters of its own. */
    public static LayerDefinition of(String id, String title, String description, GeometryKind geometryKind,
                                     List<Field> fields) {
        return new LayerDefinition(id, title, description, geometryKind, fields, List.of(), Optional.empty(), Map.of(),
                false);
    }

    public LayerDefinition withQueryables(String... names) {
        return new LayerDefinition(id, title, description, geometryKind, fields, List.of(names), temporalField,
                parameters, isPublic);
    }

    public LayerDefinition withTime(String field) {
        return new LayerDefinition(id, title, description, geometryKind, fields, queryables, Optional.of(field),
                parameters, isPublic);
    }

    public LayerDefinition withParameters(Map<String, String> meanings) {
        return new LayerDefinition(id, title, description, geometryKind, fields, queryables, temporalField, meanings,
                isPublic);
    }

    public LayerDefinition withPublic(boolean readByThePublic) {
        return new LayerDefinition(id, title, description, geometryKind, fields, queryables, temporalField, parameters,
                readByThePublic);
    }
}
