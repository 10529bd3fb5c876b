package com.envgrid.core.geo.file;

import com.envgrid.core.input.InputProblem;
import org.locationtech.jts.geom.Envelope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a boundary file holds, for choosing how to import it: its format and layers, the coordinate system read,
 * how many features and of which geometry types, each property key with up to five sample values, the WGS84
 * extent, the problems of features that cannot be read, and which keys look like the code, name, parent code and
 * level (编码/代码/code, 名称/name, 上级/parent, 级别/level).
 */
public record FileInspection(FeatureFile file, Set<String> geometryTypes, Map<String, List<String>> samples,
                             Envelope extent, List<InputProblem> problems, Suggested suggested) {
    static final int SAMPLES = 5;
    static final int PROBLEMS = 20;

    /** Property keys for a grid's code, name, parent code and level, null where no key looks like one. */
    public record Suggested(String code, String name, String parent, String level) {
    }

    public static FileInspection of(FeatureFile file) {
        Set<String> types = new LinkedHashSet<>();
        Map<String, List<String>> samples = new LinkedHashMap<>();
        Map<String, Set<String>> distinct = new LinkedHashMap<>();
        Envelope extent = new Envelope();
        List<InputProblem> problems = new ArrayList<>();
        for (FileFeature f : file.features()) {
            if (f.geometry() != null) {
                types.add(f.geometry().getGeometryType());
                extent.expandToInclude(f.geometry().getEnvelopeInternal());
            }
            f.problems().stream().limit(Math.max(0, PROBLEMS - problems.size())).forEach(problems::add);
            if (!f.isFeature()) {
                continue;
            }
            for (String key : f.properties().keySet()) {
                List<String> values = samples.computeIfAbsent(key, k -> new ArrayList<>());
                Set<String> seen = distinct.computeIfAbsent(key, k -> new LinkedHashSet<>());
                String value = f.isContainer(key) ? null : f.text(key);
                if (value != null && seen.add(value) && values.size() < SAMPLES) {
                    values.add(value);
                }
            }
        }
        return new FileInspection(file, types, samples, extent, problems, suggest(samples.keySet(), distinct));
    }

    /** A key made of pinyin initials only, such as XZQDM or SQMC. */
    private static final Pattern INITIALS = Pattern.compile("[A-Za-z]{3,8}");

    private static Suggested suggest(Set<String> keys, Map<String, Set<String>> distinct) {
        Predicate<String> parentLike = k -> containsAny(k, "上级", "父", "所属", "parent", "upper");
        String parent = first(keys, parentLike);
        // a code is unique or nearly so (multi-part grids repeat theirs); prefer the key with the most values
        String code = keys.stream().filter(parentLike.negate())
                .filter(k -> containsAny(k, "编码", "代码", "编号", "code", "bm", "dm"))
                .max((a, b) -> Integer.compare(distinct.get(a).size(), distinct.get(b).size())).orElse(null);
        String name = first(keys, parentLike.negate().and(k -> !k.equals(code)
                && containsAny(k, "名称", "名字", "name", "mc")));
        String level = first(keys, k -> containsAny(k, "级别", "层级", "level", "jb"));
        return new Suggested(code, name, parent, level);
    }

    private static String first(Set<String> keys, Predicate<String> test) {
        return keys.stream().filter(test).findFirst().orElse(null);
    }

    private static boolean containsAny(String key, String... parts) {
        String lower = key.toLowerCase(Locale.ROOT);
        for (String part : parts) {
            // pinyin initials (bm 编码, dm 代码, mc 名称, jb 级别) only as the whole key, its last word, or the end of a
            // key of initials alone, as surveyors' layers name them (XZQDM 行政区代码, SQMC 社区名称)
            boolean initials = part.length() == 2 && part.chars().allMatch(c -> c < 128);
            if (initials ? lower.equals(part) || lower.endsWith("_" + part) || INITIALS.matcher(key).matches()
                    && lower.endsWith(part) : lower.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
