package com.envgrid.api.grid;

import com.envgrid.core.geo.file.FeatureFile;
import com.envgrid.core.geo.file.FileInspection;
import com.envgrid.core.geo.file.CrsUsed;
import com.envgrid.api.shared.GeoJson;
import com.envgrid.core.access.Staffing;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.validation.LayerIssue;
import com.envgrid.core.grid.validation.IssueKind;
import com.envgrid.core.grid.validation.ValidationReport;
import com.envgrid.core.grid.validation.ValidationSettings;
import com.envgrid.core.grid.location.GridLocator;
import com.fasterxml.jackson.core.JsonGenerator;
import org.locationtech.jts.geom.Geometry;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Writes grids, findings and import reports as JSON, GeoJSON wherever geometry goes out (see {@link GeoJson}). */
final class GridJson {
    static final String GEOJSON = GeoJson.MEDIA_TYPE;

    private GridJson() {
    }

    static String featureCollection(GridLayer layer, Collection<Grid> grids, Function<Grid, Geometry> geometry,
                                    Staffing staffing) {
        return GeoJson.json(json -> {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (Grid g : grids) {
                feature(json, layer, g, geometry.apply(g), null, staffing);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    static String feature(GridLayer layer, Grid grid, Geometry geometry, List<String> children, Staffing staffing) {
        return GeoJson.json(json -> feature(json, layer, grid, geometry, children, staffing));
    }

    private static void feature(JsonGenerator json, GridLayer layer, Grid g, Geometry geometry, List<String> children,
                                Staffing staffing) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", g.code());
        json.writeFieldName("geometry");
        GeoJson.geometry(json, geometry);
        json.writeObjectFieldStart("properties");
        GeoJson.properties(json, GridProperties.of(layer, g, staffing, GridProperties.API_PARENT));
        if (children != null) {
            json.writeArrayFieldStart("children");
            for (String child : children) {
                json.writeString(child);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    static String located(GridLayer layer, double lon, double lat, GridLocator.Located located) {
        return GeoJson.json(json -> {
            json.writeStartObject();
            json.writeNumberField("lon", lon);
            json.writeNumberField("lat", lat);
            json.writeBooleanField("on_boundary", located.onBoundary());
            json.writeArrayFieldStart("grids");
            for (Grid g : located.chain()) {
                json.writeStartObject();
                json.writeStringField("code", g.code());
                json.writeStringField("name", g.name());
                json.writeStringField("level", g.level().key());
                json.writeNumberField("tier", layer.tierOf(g));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /**
     * The findings as a FeatureCollection, with a {@code summary} member counting them by kind and a
     * {@code tolerances} member stating the sliver tolerances they were found with.
     */
    static String findingsCollection(ValidationReport report, ValidationSettings tolerances) {
        return GeoJson.json(json -> {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            summary(json, report);
            tolerances(json, tolerances);
            json.writeArrayFieldStart("features");
            for (LayerIssue f : report.findings()) {
                json.writeStartObject();
                json.writeStringField("type", "Feature");
                json.writeFieldName("geometry");
                GeoJson.geometry(json, f.where());
                json.writeFieldName("properties");
                findingProperties(json, f);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** The findings as a plain array, kept with each accepted import. */
    static String findingsArray(ValidationReport report) {
        return GeoJson.json(json -> findings(json, report));
    }

    static String importOutcome(ImportOutcome outcome) {
        return GeoJson.json(json -> {
            json.writeStartObject();
            importFields(json, outcome);
            json.writeEndObject();
        });
    }

    /** The RFC 9457 problem for a rejected import: what was wrong, with every finding and where it is. */
    static String rejection(String instance, LayerRejected rejected) {
        return GeoJson.json(json -> {
            json.writeStartObject();
            json.writeStringField("type", "about:blank");
            json.writeStringField("title", "Grid layer rejected");
            json.writeNumberField("status", 422);
            json.writeStringField("detail", rejected.getMessage() + ": " + String.join("; ",
                    rejected.outcome().report().errors().stream().limit(5).map(LayerIssue::message).toList()));
            json.writeStringField("instance", instance);
            json.writeStringField("code", GridCode.LAYER_REJECTED.code());
            importFields(json, rejected.outcome());
            json.writeEndObject();
        });
    }

    private static void importFields(JsonGenerator json, ImportOutcome outcome) throws IOException {
        json.writeBooleanField("dry_run", outcome.dryRun());
        json.writeBooleanField("accepted", outcome.accepted());
        if (outcome.layerVersion() != null) {
            json.writeNumberField("layer_version", outcome.layerVersion());
        }
        json.writeObjectFieldStart("grids");
        var grids = outcome.grids();
        json.writeNumberField("submitted", grids.submitted());
        json.writeNumberField("new", grids.added());
        json.writeNumberField("updated", grids.updated());
        json.writeNumberField("unchanged", grids.unchanged());
        json.writeNumberField("removed", grids.removed());
        json.writeNumberField("left_out", grids.leftOut());
        json.writeNumberField("layer_total", grids.total());
        json.writeEndObject();
        json.writeFieldName("crs");
        crs(json, outcome.crs());
        summary(json, outcome.report());
        tolerances(json, outcome.tolerances());
        json.writeFieldName("findings");
        findings(json, outcome.report());
        json.writeFieldName("features");
        fileGrids(json, outcome.file());
    }

    /**
     * The file's grids as a FeatureCollection, as they are (or would be) stored: code, name, level, parent and
     * {@code change} — {@code added}, {@code changed} or {@code unchanged} against the stored grid of the code.
     */
    private static void fileGrids(JsonGenerator json, List<ImportOutcome.FileGrid> file) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeArrayFieldStart("features");
        for (ImportOutcome.FileGrid f : file) {
            Grid g = f.grid();
            json.writeStartObject();
            json.writeStringField("type", "Feature");
            json.writeStringField("id", g.code());
            json.writeFieldName("geometry");
            GeoJson.geometry(json, g.geometry());
            json.writeObjectFieldStart("properties");
            json.writeStringField("code", g.code());
            json.writeStringField("name", g.name());
            json.writeStringField("level", g.level().key());
            json.writeStringField("parent", g.parentCode());
            json.writeStringField("change", f.change().name().toLowerCase(java.util.Locale.ROOT));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A boundary file's inspection: see {@code POST /api/grids/import/inspect} in the README. */
    static String inspection(FileInspection inspection) {
        FeatureFile file = inspection.file();
        return GeoJson.json(json -> {
            json.writeStartObject();
            json.writeStringField("format", file.format().key());
            json.writeArrayFieldStart("layers");
            for (String layer : file.layers()) {
                json.writeString(layer);
            }
            json.writeEndArray();
            json.writeStringField("layer", file.layer());
            json.writeFieldName("crs");
            crs(json, file.crs());
            json.writeNumberField("features", file.features().size());
            json.writeArrayFieldStart("geometry_types");
            for (String type : inspection.geometryTypes()) {
                json.writeString(type);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("keys");
            for (var key : inspection.samples().entrySet()) {
                json.writeStartObject();
                json.writeStringField("key", key.getKey());
                json.writeArrayFieldStart("samples");
                for (String sample : key.getValue()) {
                    json.writeString(sample);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            if (!inspection.extent().isNull()) {
                var e = inspection.extent();
                json.writeArrayFieldStart("bbox");
                for (double v : new double[]{e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()}) {
                    json.writeNumber(Math.round(v * 1e7) / 1e7);
                }
                json.writeEndArray();
            }
            var suggested = inspection.suggested();
            json.writeObjectFieldStart("suggested");
            json.writeStringField("code", suggested.code());
            json.writeStringField("name", suggested.name());
            json.writeStringField("parent", suggested.parent());
            json.writeStringField("level", suggested.level());
            json.writeEndObject();
            json.writeArrayFieldStart("problems");
            for (var problem : inspection.problems()) {
                json.writeStartObject();
                json.writeStringField("pointer", problem.pointer());
                json.writeStringField("message", problem.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** {@code {"epsg": 4549, "name": "CGCS2000 / 3-degree Gauss-Kruger CM 120E", "source": "prj"}}. */
    static void crs(JsonGenerator json, CrsUsed crs) throws IOException {
        json.writeStartObject();
        if (crs.crs().epsg() != null) {
            json.writeNumberField("epsg", crs.crs().epsg());
        } else {
            json.writeNullField("epsg");
            json.writeStringField("definition", crs.crs().proj4());
        }
        json.writeStringField("name", crs.crs().name());
        json.writeStringField("source", crs.source());
        json.writeEndObject();
    }

    private static void findings(JsonGenerator json, ValidationReport report) throws IOException {
        json.writeStartArray();
        for (LayerIssue f : report.findings()) {
            json.writeStartObject();
            findingFields(json, f);
            json.writeFieldName("where");
            GeoJson.geometry(json, f.where());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void summary(JsonGenerator json, ValidationReport report) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("errors", report.errors().size());
        json.writeNumberField("warnings", report.findings().size() - report.errors().size());
        for (IssueKind kind : IssueKind.values()) {
            json.writeNumberField(kind.name().toLowerCase(java.util.Locale.ROOT), report.count(kind));
        }
        json.writeEndObject();
    }

    private static void tolerances(JsonGenerator json, ValidationSettings tolerances) throws IOException {
        json.writeObjectFieldStart("tolerances");
        json.writeNumberField("sliver_area_m2", tolerances.sliverAreaM2());
        json.writeNumberField("sliver_width_m", tolerances.sliverWidthM());
        json.writeNumberField("outside_parent_m2", tolerances.outsideParentToleranceM2());
        json.writeEndObject();
    }

    private static void findingProperties(JsonGenerator json, LayerIssue f) throws IOException {
        json.writeStartObject();
        findingFields(json, f);
        json.writeEndObject();
    }

    private static void findingFields(JsonGenerator json, LayerIssue f) throws IOException {
        json.writeStringField("kind", f.kind().name());
        json.writeStringField("severity", f.severity().name());
        json.writeArrayFieldStart("codes");
        for (String code : f.codes()) {
            json.writeString(code);
        }
        json.writeEndArray();
        json.writeStringField("message", f.message());
        if (f.areaM2() != null) {
            json.writeNumberField("area_m2", Math.round(f.areaM2() * 100) / 100.0);
        } else {
            json.writeNullField("area_m2");
        }
        json.writeStringField("wkt", f.where().toText());
    }
}
