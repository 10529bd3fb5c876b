package com.envgrid.core.grid.imports;

import com.envgrid.core.grid.DivisionCode;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.input.InputProblem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How a grid's parent follows from its code, for files that carry no parent column:
 * <ul>
 *   <li>{@code strip-last-segment}: the code without its last segment, segments separated by {@code -} or
 *       {@code .} ({@code SQ-1-6} lies in {@code SQ-1});</li>
 *   <li>{@code prefix}: the longest code of the layer that is a proper prefix of this one, as in GB/T 2260 and the
 *       12-digit 统计用区划代码 ({@code 330103} → {@code 330103001} → {@code 330103001001}).</li>
 * </ul>
 * A rule sets the parent of grids that have none; the district never gets one. A derived parent that is not in the
 * layer is a problem naming the code and the rule — except for a town, street or park, which may lie directly in
 * the district without naming it.
 */
public enum ParentRule {
    STRIP_LAST_SEGMENT("strip-last-segment"),
    PREFIX("prefix");

    private final String key;

    ParentRule(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<ParentRule> parse(String text) {
        for (ParentRule rule : values()) {
            if (rule.key.equalsIgnoreCase(text.trim())) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /**
     * The rule a file implies when none is given: {@code prefix} for a file that names no parent and whose codes are
     * all division codes ({@link DivisionCode}: 6-digit districts, 9-digit streets and towns, 12-digit communities
     * and villages), whose digits carry the hierarchy; none otherwise.
     */
    public static Optional<ParentRule> impliedBy(Collection<Grid> file) {
        boolean codesOnly = !file.isEmpty() && file.stream()
                .allMatch(g -> g.parentCode() == null && DivisionCode.carriesHierarchy(g.code()));
        return codesOnly ? Optional.of(PREFIX) : Optional.empty();
    }

    public static String accepted() {
        return STRIP_LAST_SEGMENT.key + ", " + PREFIX.key;
    }

    /** The file's grids with their parents derived, and every grid whose parent could not be. */
    public record Derived(List<Grid> grids, List<InputProblem> problems) {
    }

    /**
     * Derives the parents of the grids of {@code file} that have none, from the codes of the resulting layer
     * ({@code layerCodes}: the file's and, when merging, the stored ones). {@code separator} is the segment
     * separator of {@code strip-last-segment}; null: the last {@code -} or {@code .} of each code.
     */
    public Derived derive(List<Grid> file, Collection<String> layerCodes, Character separator,
                          Function<Grid, String> pointer) {
        Set<String> codes = new HashSet<>(layerCodes);
        List<Grid> grids = new ArrayList<>(file.size());
        List<InputProblem> problems = new ArrayList<>();
        for (Grid g : file) {
            if (g.parentCode() != null || g.level() == GridLevel.DISTRICT) {
                grids.add(g);
                continue;
            }
            String parent = parentOf(g.code(), codes, separator);
            if (parent != null && codes.contains(parent)) {
                grids.add(new Grid(g.code(), g.name(), g.level(), parent, g.geometry()));
                continue;
            }
            grids.add(g);
            if (!g.level().isFirstLevel()) {
                problems.add(new InputProblem(pointer.apply(g), message(g, parent), GridImportCode.PARENT_NOT_DERIVED,
                        parent == null ? Map.of("code", g.code(), "rule", key)
                                : Map.of("code", g.code(), "rule", key, "parent", parent)));
            }
        }
        return new Derived(grids, problems);
    }

    private String parentOf(String code, Set<String> codes, Character separator) {
        return switch (this) {
            case STRIP_LAST_SEGMENT -> {
                int cut = separator != null ? code.lastIndexOf(separator)
                        : Math.max(code.lastIndexOf('-'), code.lastIndexOf('.'));
                yield cut > 0 ? code.substring(0, cut) : null;
            }
            case PREFIX -> {
                for (int length = code.length() - 1; length > 0; length--) {
                    if (codes.contains(code.substring(0, length))) {
                        yield code.substring(0, length);
                    }
                }
                yield null;
            }
        };
    }

    private String message(Grid g, String parent) {
        String rule = "parentRule=" + key;
        if (parent != null) {
            return String.format(Locale.ROOT, "grid %s (%s): %s gives parent %s, which is neither in this file nor"
                    + " in the stored layer", g.code(), g.level().key(), rule, parent);
        }
        return String.format(Locale.ROOT, "grid %s (%s) needs a parent but %s gives none: %s", g.code(),
                g.level().key(), rule, this == PREFIX ? "no code of the layer is a prefix of it"
                        : "the code has no segment separator to strip");
    }
}
