package com.envgrid.core.grid.geojson;

import com.envgrid.core.geo.file.FeatureFile;
import com.envgrid.core.geo.file.FeatureFiles;
import com.envgrid.core.geo.file.FileFeature;
import com.envgrid.core.geo.file.ReadOptions;
import com.envgrid.core.geo.file.Shapes;
import com.envgrid.core.grid.DivisionCode;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.grid.imports.GridImportCode;
import com.envgrid.core.input.FreeText;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads grids from a boundary file — GeoJSON, GeoPackage or zipped Shapefile, see {@link FeatureFiles} — by
 * mapping each feature's properties to a grid's code, name, level and parent ({@link PropertyMapping}).
 * <p>
 * Every problem is collected with where it is (a JSON Pointer in GeoJSON, the layer and feature otherwise), and
 * the whole input is refused if there is any: besides what the file reader finds (a feature without geometry, a
 * geometry that is not a Polygon or MultiPolygon, rings not closed, coordinates out of range …), a feature without
 * code, an unknown level, one code given two different levels or parents. A feature without a level gets the file's,
 * or the one its code gives when it is a division code ({@link DivisionCode}). Features sharing a code are the parts
 * of one multi-part grid. Topology (self-intersections, overlaps …) is not checked here but by the layer
 * validation.
 */
public final class GridFeatureReader {
    static final int MAX_PROBLEMS = 200;
    public static final GeometryFactory GEOMETRY = FeatureFiles.WGS84;
    /** Grids are areas. */
    public static final ReadOptions GRIDS = ReadOptions.of(Shapes.AREAS, "a grid");

    private final PropertyMapping mapping;
    private final List<InputProblem> problems = new ArrayList<>();

    private GridFeatureReader(PropertyMapping mapping) {
        this.mapping = mapping;
    }

    /** The grids of a file in lon/lat (GeoJSON as RFC 7946 says, or any format with its own coordinate system). */
    public static ReadGrids read(byte[] file, PropertyMapping mapping) {
        return read(file, mapping, GRIDS);
    }

    /** The grids of a file read as {@code options} say (the user's {@code crs=} and {@code layer=}). */
    public static ReadGrids read(byte[] file, PropertyMapping mapping, ReadOptions options) {
        return fromFeatures(FeatureFiles.read(file, options), mapping);
    }

    public static ReadGrids fromFeatures(FeatureFile file, PropertyMapping mapping) {
        return new GridFeatureReader(mapping).readAll(file);
    }

    private ReadGrids readAll(FeatureFile file) {
        int features = file.features().size();
        if (mapping.fixesCodeOrName() && features != 1) {
            String parameter = mapping.fixedCode() != null ? "code" : "name";
            throw new InvalidInput("code= and name= name the one grid of a file of one feature", List.of(new InputProblem(
                    "?" + parameter, parameter + "= names the one grid of a file of a single feature; this file has "
                    + features + " features: map its properties instead (codeProperty=, nameProperty=)",
                    GridImportCode.ONE_FEATURE_ONLY, Map.of("features", features))));
        }
        Map<String, Part> byCode = new LinkedHashMap<>();
        for (int i = 0; i < file.features().size() && problems.size() < MAX_PROBLEMS; i++) {
            readFeature(file.features().get(i), byCode);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.size() + (problems.size() >= MAX_PROBLEMS ? "+" : "")
                    + " problem(s) in the features; nothing was imported", problems);
        }
        List<Grid> grids = new ArrayList<>();
        Map<String, String> pointers = new LinkedHashMap<>();
        for (Part p : byCode.values()) {
            Geometry geometry = p.polygons.size() == 1 ? p.polygons.get(0)
                    : GEOMETRY.createMultiPolygon(p.polygons.toArray(Polygon[]::new));
            grids.add(new Grid(p.code, p.name, p.level, p.parent, geometry));
            pointers.put(p.code, p.pointer);
        }
        return new ReadGrids(grids, pointers, file.crs());
    }

    private void readFeature(FileFeature feature, Map<String, Part> byCode) {
        if (!feature.isFeature()) {
            problems.addAll(feature.problems());
            return;
        }
        for (String property : new String[]{mapping.codeProperty(), mapping.nameProperty(), mapping.parentProperty()}) {
            if (feature.isContainer(property)) {
                problem(feature.at("properties", property), "\"" + property + "\" is text or a number, not "
                        + (feature.properties().get(property) instanceof List<?> ? "a list" : "an object"));
                return;
            }
        }
        String code = mapping.fixedCode() != null ? mapping.fixedCode() : feature.text(mapping.codeProperty());
        if (code == null) {
            problem(feature.at("properties", mapping.codeProperty()),
                    "the feature has no code: property \"" + mapping.codeProperty() + "\" is missing or empty");
        }
        GridLevel level = level(feature, code);
        String parent = feature.text(mapping.parentProperty());
        String name = mapping.fixedName() != null ? mapping.fixedName() : feature.text(mapping.nameProperty());
        FreeText.tooLongName(mapping.fixedName() != null ? "?name" : feature.at("properties", mapping.nameProperty()), name)
                .ifPresent(p -> problem(p.pointer(), p.message()));
        problems.addAll(feature.problems());
        if (code == null || level == null || feature.geometry() == null) {
            return;
        }
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < feature.geometry().getNumGeometries(); i++) {
            polygons.add((Polygon) feature.geometry().getGeometryN(i));
        }
        String at = feature.where();
        Part existing = byCode.get(code);
        if (existing == null) {
            byCode.put(code, new Part(code, name == null ? code : name, level, parent, at, polygons));
        } else if (existing.level != level) {
            problem(feature.at("properties"), "code " + code + " is given level " + level.key() + " here but "
                    + existing.level.key() + " at " + existing.pointer);
        } else if (!java.util.Objects.equals(existing.parent, parent)) {
            problem(feature.at("properties"), "code " + code + " is given parent " + parent + " here but "
                    + existing.parent + " at " + existing.pointer);
        } else {
            existing.polygons.addAll(polygons);
        }
    }

    /** The feature's level: its property, else the file's, else what its code's digits give ({@link DivisionCode}). */
    private GridLevel level(FileFeature feature, String code) {
        String text = feature.text(mapping.levelProperty());
        if (text == null) {
            GridLevel level = mapping.fixedLevel() != null ? mapping.fixedLevel()
                    : DivisionCode.levelOf(code).orElse(null);
            if (level == null) {
                problem(feature.at("properties", mapping.levelProperty()), "the feature has no level: property \""
                        + mapping.levelProperty() + "\" is missing, no level was given for the file and the code is"
                        + " not a division code that gives one (6-digit district, 9-digit street/town, 12-digit"
                        + " community/village)");
            }
            return level;
        }
        var level = GridLevel.parse(text);
        if (level.isEmpty()) {
            problem(feature.at("properties", mapping.levelProperty()),
                    "unknown level \"" + text + "\"; accepted: " + GridLevel.accepted());
        }
        return level.orElse(null);
    }

    private void problem(String pointer, String message) {
        problems.add(new InputProblem(pointer, message));
    }

    private record Part(String code, String name, GridLevel level, String parent, String pointer,
                        List<Polygon> polygons) {
    }
}
