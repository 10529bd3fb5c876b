package com.envgrid.api.features;

import com.envgrid.api.shared.DistrictTime;
import com.envgrid.core.geo.Crs;
import com.envgrid.core.geo.feature.Feature;
import com.envgrid.core.geo.file.GeoPackageWriter;
import com.envgrid.core.geo.file.OutputLayer;
import com.envgrid.core.geo.file.ShapefileWriter;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A layer's features as a file for GIS desktops: a GeoPackage or a zipped Shapefile, in WGS84 or CGCS2000, named
 * after the layer and the district's date ({@code grids-tier-1_2026-12-07.gpkg}; CGCS2000 files end in
 * {@code _cgcs2000} so that the two are not mistaken for each other in a downloads folder).
 */
@Singleton
public class FeatureDownloads {
    /** The download formats by their {@code f=} value. */
    public enum Format {
        GPKG("gpkg", "application/geopackage+sqlite3", ".gpkg", "下载 GeoPackage download"),
        SHP("shp", "application/zip", ".zip", "下载 Shapefile（zip）download");

        private final String parameter;
        private final String mediaType;
        private final String extension;
        private final String title;

        Format(String parameter, String mediaType, String extension, String title) {
            this.parameter = parameter;
            this.mediaType = mediaType;
            this.extension = extension;
            this.title = title;
        }

        /** The format an {@code f=} value names, if it names a download. */
        public static Optional<Format> of(String f) {
            return Arrays.stream(values()).filter(v -> v.parameter.equals(f)).findFirst();
        }

        public String parameter() {
            return parameter;
        }

        public String mediaType() {
            return mediaType;
        }

        /** The title of a link to a download in this format. */
        public String title() {
            return title;
        }
    }

    /** A file to send: its bytes, media type and name. */
    public record Download(byte[] bytes, String mediaType, String filename) {
        /** The download as an attachment, so that browsers save it under its name. */
        public HttpResponse<byte[]> response() {
            return HttpResponse.ok(bytes).contentType(mediaType)
                    .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        }
    }

    /** The {@code f} parameter of the items in the OpenAPI document, the download formats among its values. */
    static final OgcOpenApi.Parameter F = new OgcOpenApi.Parameter("f", "query", "string", "json or html (else by "
            + "the Accept header); gpkg (GeoPackage) or shp (zipped Shapefile: .shp .shx .dbf .prj .cpg and the "
            + "field names) for every matching feature as a file, without paging, in crs (CRS84 or EPSG:4490)");

    private final DistrictTime time;

    FeatureDownloads(DistrictTime time) {
        this.time = time;
    }

    /** The features (already chosen by the viewer's scope and the request's filters) of a layer as a file. */
    public Download write(FeatureLayer layer, List<Feature> features, Format format, Crs crs) {
        OutputLayer content = new OutputLayer(layer.id(), layer.title(), layer.geometryKind(), layer.fields(),
                features);
        byte[] bytes = format == Format.GPKG ? GeoPackageWriter.write(content, crs) : ShapefileWriter.write(content, crs);
        String suffix = Crs.CGCS2000.epsg().equals(crs.epsg()) ? "_cgcs2000" : "";
        return new Download(bytes, format.mediaType, layer.id() + "_" + time.today() + suffix + format.extension);
    }
}
