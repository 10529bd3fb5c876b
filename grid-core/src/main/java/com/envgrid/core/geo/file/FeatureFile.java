package com.envgrid.core.geo.file;

import java.util.List;

/**
 * The features of one layer of a boundary file, in WGS84 lon/lat: its format, the layers it holds (one for
 * GeoJSON), the layer read, the coordinate system the coordinates were in, and the features in file order —
 * some of which may carry {@link FileFeature#problems() problems} for the caller to report with its own.
 */
public record FeatureFile(FileFormat format, List<String> layers, String layer, CrsUsed crs,
                          List<FileFeature> features) {
    public FeatureFile {
        layers = List.copyOf(layers);
        features = List.copyOf(features);
    }
}
