package com.envgrid.core.geo.file;

import com.envgrid.core.geo.Crs;
import com.envgrid.core.input.InputProblem;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one feature table of a GeoPackage with NGA's library: its SRS ({@code gpkg_spatial_ref_sys}: organization
 * and code, else the WKT definition), its attribute columns as properties, and its geometries (the standard WKB
 * inside each GeoPackage geometry blob). Features are "layer X, feature N" with N the row's fid, as QGIS shows it.
 */
final class GeoPackageFeatures {
    private GeoPackageFeatures() {
    }

    static FeatureFile read(byte[] body, ReadOptions options) {
        Path file = null;
        try {
            // the library opens files only, and only by the .gpkg extension
            file = Files.createTempFile("import-", ".gpkg");
            Files.write(file, body);
            return read(file, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is cleared with the temporary directory
                }
            }
        }
    }

    private static FeatureFile read(Path file, ReadOptions options) {
        GeoPackage geoPackage;
        try {
            geoPackage = GeoPackageManager.open(file.toFile(), false);
        } catch (RuntimeException e) {
            throw unreadable(e);
        }
        try (geoPackage) {
            List<String> layers;
            try {
                layers = geoPackage.getFeatureTables();
            } catch (RuntimeException e) {
                throw unreadable(e);
            }
            String layer = Layers.choose(layers, options.layer(), FileCode.NO_LAYER,
                    "the GeoPackage has no feature table", Map.of());
            FeatureDao dao = geoPackage.getFeatureDao(layer);
            List<FileFeature> raw = features(dao, layer, options);
            if (raw.isEmpty()) {
                throw Wgs84.refused(FileCode.NO_FEATURES, "layer " + layer, "layer " + layer + " has no features",
                        Map.of("layer", layer));
            }
            SpatialReferenceSystem srs = dao.getSrs();
            CrsUsed crs = Wgs84.choose(options.crs(), () -> declared(srs), "geopackage", "layer " + layer,
                    Wgs84.extent(raw));
            return new FeatureFile(FileFormat.GEOPACKAGE, layers, layer, crs, Wgs84.transformed(raw, crs, true));
        }
    }

    /** The layer's coordinate system, or null for GeoPackage's "undefined" systems (srs_id -1 and 0). */
    private static Crs declared(SpatialReferenceSystem srs) {
        if (srs == null || srs.getSrsId() <= 0) {
            return null;
        }
        return Crs.fromGeoPackage(srs.getOrganization(), srs.getOrganizationCoordsysId(), srs.getDefinition());
    }

    private static List<FileFeature> features(FeatureDao dao, String layer, ReadOptions options) {
        List<FileFeature> features = new ArrayList<>();
        WKBReader wkb = new WKBReader(FeatureFiles.WGS84);
        FeatureResultSet rows = null;
        try {
            rows = dao.queryForAll();
            while (rows.moveToNext()) {
                FeatureRow row = rows.getRow();
                String where = "layer " + layer + ", feature " + row.getId();
                Map<String, Object> properties = new LinkedHashMap<>();
                String[] columns = row.getColumnNames();
                for (int i = 0; i < columns.length; i++) {
                    if (i != row.getGeometryColumnIndex() && i != row.getPkColumnIndex()) {
                        properties.put(columns[i], row.getValue(i));
                    }
                }
                features.add(feature(where, properties, row.getGeometry(), wkb, options));
            }
        } catch (RuntimeException e) {
            throw unreadable(e);
        } finally {
            if (rows != null) {
                rows.close();
            }
        }
        return features;
    }

    private static FileFeature feature(String where, Map<String, Object> properties, GeoPackageGeometryData data,
                                       WKBReader wkb, ReadOptions options) {
        FileFeature located = FileFeature.read(where, properties, null);
        if (data == null || data.isEmpty()) {
            return FileFeature.unreadable(where, properties, List.of(new InputProblem(located.at("geometry"),
                    "the feature has no geometry")));
        }
        Geometry geometry;
        try {
            geometry = wkb.read(data.getWkb());
        } catch (IOException | ParseException | RuntimeException e) {
            return FileFeature.unreadable(where, properties, List.of(new InputProblem(located.at("geometry"),
                    "unreadable geometry: " + e.getMessage())));
        }
        return Layers.checked(where, properties, geometry, options);
    }

    private static RuntimeException unreadable(RuntimeException e) {
        return Wgs84.refused(FileCode.UNREADABLE, "", "the GeoPackage cannot be read: " + e.getMessage(),
                Map.of("reason", String.valueOf(e.getMessage())));
    }
}
