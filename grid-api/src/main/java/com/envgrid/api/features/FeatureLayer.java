package com.envgrid.api.features;

import com.envgrid.core.geo.feature.Feature;
import com.envgrid.core.geo.feature.Field;
import com.envgrid.core.geo.feature.GeometryKind;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One of the platform's layers as GIS clients read it — an OGC API – Features collection and a GeoPackage or
 * Shapefile download. Each feature package offers its own as a bean; the OGC API and the downloads find them all.
 * Bounding-box, time, property filters and paging are applied by the caller over {@link #features}, the same for
 * every layer; a layer only says what the viewer may see.
 */
public interface FeatureLayer {
    /** What the layer is: id, titles, geometry, fields, filters, time, parameters of its own, public or not. */
    LayerDefinition definition();

    /** The collection id in URLs: {@code grids}, {@code grids-tier-1}, {@code sources} … */
    default String id() {
        return definition().id();
    }

    default String title() {
        return definition().title();
    }

    default String description() {
        return definition().description();
    }

    default GeometryKind geometryKind() {
        return definition().geometryKind();
    }

    /** The properties every feature carries, in order. */
    default List<Field> fields() {
        return definition().fields();
    }

    /** The fields a client may filter on by equality ({@code level=town}); a subset of {@link #fields()}. */
    default List<String> queryables() {
        return definition().queryables();
    }

    /** The field ({@code DATE} or {@code DATETIME}) that {@code datetime=} filters on, when the layer has time. */
    default Optional<String> temporalField() {
        return definition().temporalField();
    }

    /** Parameters of this layer's own beyond the standard ones — coverage's {@code period} — with their meaning. */
    default Map<String, String> parameters() {
        return definition().parameters();
    }

    /** Whether the anonymous public may read this layer (then {@link #features} gives them the public view). */
    default boolean isPublic() {
        return definition().isPublic();
    }

    /**
     * Every feature the viewer may read, ordered by id, geometries in WGS84 lon/lat. {@code parameters} are the
     * request's query values (the layer reads its own from {@link #parameters()}); a bad one is an
     * {@link com.envgrid.api.shared.InvalidParameter}.
     */
    List<Feature> features(Viewer viewer, Map<String, String> parameters);

    /** One feature by id, when the viewer may read it. */
    default Optional<Feature> feature(Viewer viewer, String id, Map<String, String> parameters) {
        return features(viewer, parameters).stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
