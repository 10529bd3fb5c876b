package com.envgrid.core.grid.imports;

import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One district out of a file of several — a whole city's outlines and streets —: the district and every grid whose
 * chain of parents in the file leads to it. Parents must be known by then (given, or derived by a {@link ParentRule}).
 */
public final class DistrictSelection {
    private DistrictSelection() {
    }

    /** The grids kept, and how many of the file's were left out. */
    public record Selected(List<Grid> grids, int leftOut) {
    }

    /** Selects {@code district} and what lies under it; refused when the file has no such district. */
    public static Selected select(List<Grid> file, String district, String parameter) {
        Map<String, Grid> byCode = new HashMap<>();
        file.forEach(g -> byCode.put(g.code(), g));
        Grid chosen = byCode.get(district);
        if (chosen == null || chosen.level() != GridLevel.DISTRICT) {
            List<String> districts = file.stream().filter(g -> g.level() == GridLevel.DISTRICT).map(Grid::code)
                    .sorted().toList();
            throw new InvalidInput("no district " + district + " in the file", List.of(new InputProblem(parameter,
                    "the file has no district " + district + "; its districts: " + (districts.isEmpty() ? "none"
                            : String.join(", ", districts)), GridImportCode.DISTRICT_NOT_IN_FILE,
                    Map.of("district", district, "districts", districts))));
        }
        List<Grid> kept = file.stream().filter(g -> liesIn(g, district, byCode)).toList();
        return new Selected(kept, file.size() - kept.size());
    }

    private static boolean liesIn(Grid grid, String district, Map<String, Grid> byCode) {
        Set<String> seen = new HashSet<>();
        for (Grid g = grid; g != null && seen.add(g.code()); g = g.parentCode() == null ? null : byCode.get(g.parentCode())) {
            if (g.code().equals(district)) {
                return true;
            }
        }
        return false;
    }
}
