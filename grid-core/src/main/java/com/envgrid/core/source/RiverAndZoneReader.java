package com.envgrid.core.source;

import com.envgrid.core.geo.file.FeatureFile;
import com.envgrid.core.geo.file.FeatureFiles;
import com.envgrid.core.geo.file.FileFeature;
import com.envgrid.core.geo.file.ReadOptions;
import com.envgrid.core.geo.file.Shapes;
import com.envgrid.core.input.FreeText;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads river segments (LineString/MultiLineString features: {@code code}/编码, {@code river}/河流名称,
 * {@code chief}/河长) and drinking-water protection zones (Polygon/MultiPolygon features: {@code code}/编码,
 * {@code name}/名称, {@code level}/级别 as 一级/二级/准保护区) from boundary files — GeoJSON, GeoPackage or zipped
 * Shapefile in any coordinate system {@link FeatureFiles} reads. Every problem is reported with where it is and the
 * whole file is refused if there is any.
 */
public final class RiverAndZoneReader {
    /** River segments are lines; {@code with(crs, layer)} for the user's choices. */
    public static final ReadOptions RIVERS = ReadOptions.of(Shapes.LINES, "a river segment");
    /** Protection zones are areas. */
    public static final ReadOptions ZONES = ReadOptions.of(Shapes.AREAS, "a protection zone");

    private RiverAndZoneReader() {
    }

    public static List<RiverSegment> rivers(byte[] file, ReadOptions options) {
        return read(FeatureFiles.read(file, options), (f) -> new RiverSegment(text(f, "code", "编码", "河段编码"),
                text(f, "river", "river_name", "河流名称", "河流"), text(f, "chief", "river_chief", "河长"),
                f.geometry()));
    }

    public static List<ProtectionZone> zones(byte[] file, ReadOptions options) {
        return read(FeatureFiles.read(file, options), (f) -> {
            String level = text(f, "level", "级别", "保护区级别");
            return new ProtectionZone(text(f, "code", "编码"), text(f, "name", "名称"),
                    ZoneLevel.parse(level).orElseThrow(() -> new IllegalArgumentException(
                            "unknown level \"" + level + "\"; accepted: " + ZoneLevel.accepted())), f.geometry());
        });
    }

    /** The first of {@code keys} the feature has a value for. */
    private static String text(FileFeature feature, String... keys) {
        for (String key : keys) {
            if (feature.isContainer(key)) {
                throw new IllegalArgumentException("property \"" + key + "\" is text or a number, not a list or an object");
            }
            String text = feature.text(key);
            if (text != null) {
                if (text.length() > FreeText.MAX_NAME_CHARS) {
                    throw new IllegalArgumentException("property \"" + key + "\" has " + text.length()
                            + " characters; a code or name has at most " + FreeText.MAX_NAME_CHARS);
                }
                return text;
            }
        }
        throw new IllegalArgumentException("property \"" + keys[0] + "\" (or " + String.join("/", keys)
                + ") is missing or empty");
    }

    private static <T> List<T> read(FeatureFile file, Function<FileFeature, T> build) {
        List<InputProblem> problems = new ArrayList<>();
        List<T> result = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (FileFeature feature : file.features()) {
            if (!feature.problems().isEmpty()) {
                problems.addAll(feature.problems());
                continue;
            }
            try {
                T item = build.apply(feature);
                String code = item instanceof RiverSegment r ? r.code() : ((ProtectionZone) item).code();
                if (!codes.add(code)) {
                    problems.add(new InputProblem(feature.at("properties"), "code " + code + " is used twice"));
                } else {
                    result.add(item);
                }
            } catch (IllegalArgumentException e) {
                problems.add(new InputProblem(feature.where(), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.size() + " problem(s) in the features; nothing was imported", problems);
        }
        return result;
    }
}
