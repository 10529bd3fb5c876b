package com.envgrid.core.geo.file;

import com.envgrid.core.input.InputProblem;
import org.locationtech.jts.geom.Geometry;

import java.util.List;
import java.util.Map;

/** What GeoPackage and Shapefile reading share: choosing the layer, checking each feature's geometry type. */
final class Layers {
    private Layers() {
    }

    /** The layer to read: the one asked for, else the only one there is. */
    static String choose(List<String> layers, String asked, FileCode none, String noneMessage,
                         Map<String, ?> noneParams) {
        if (layers.isEmpty()) {
            throw Wgs84.refused(none, "", noneMessage, noneParams);
        }
        String shown = String.join(", ", layers);
        if (asked != null) {
            if (!layers.contains(asked)) {
                throw Wgs84.refused(FileCode.UNKNOWN_LAYER, "?layer", "the file has no layer \"" + asked
                        + "\"; its layers: " + shown, Map.of("layer", asked, "layers", shown));
            }
            return asked;
        }
        if (layers.size() > 1) {
            throw Wgs84.refused(FileCode.CHOOSE_LAYER, "?layer", "the file has " + layers.size() + " layers: choose "
                    + "one with layer= (" + shown + ")", Map.of("layers", shown));
        }
        return layers.get(0);
    }

    /** A feature with its geometry, or with the problem that its type is not one wanted. */
    static FileFeature checked(String where, Map<String, Object> properties, Geometry geometry, ReadOptions options) {
        FileFeature feature = FileFeature.read(where, properties, geometry);
        if (geometry.isEmpty()) {
            return FileFeature.unreadable(where, properties, List.of(new InputProblem(feature.at("geometry"),
                    "the feature has no geometry")));
        }
        if (!options.shapes().accepts(geometry.getGeometryType())) {
            return FileFeature.unreadable(where, properties, List.of(new InputProblem(feature.at("geometry", "type"),
                    options.shapes().refusal(options.what(), geometry.getGeometryType()))));
        }
        return feature;
    }
}
