package com.envgrid.core.geo.feature;

import java.util.Objects;

/**
 * One property of the features of a layer: its key (ASCII snake_case, as the API names it), its type and its title
 * in the platform's language (网格编码) for the clients that show titles.
 */
public record Field(String name, FieldType type, String title) {
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
    }
}
