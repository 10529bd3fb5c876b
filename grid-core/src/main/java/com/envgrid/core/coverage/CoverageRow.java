package com.envgrid.core.coverage;

import java.util.List;

/**
 * One grid's line of the coverage table: its code, name, level key (e.g. {@code town}), tier below the district
 * (0 the district, 1 towns/streets/parks, 2 and 3 below), parent code (null at the top), who supervises it, and its
 * rolled-up figures.
 */
public record CoverageRow(String code, String name, String level, int tier, String parent, Staffed staffing,
                          GridFigures figures) {

    /**
     * Who supervises a grid: {@code staffed} when all of it is (by its own supervisor, one above it, or every child
     * staffed); {@code anyoneResponsible} when at least some part of it is; its direct children, how many of them
     * are not staffed, and their level keys in layer order without repeats.
     */
    public record Staffed(boolean staffed, boolean anyoneResponsible, int children, int unstaffedChildren,
                          List<String> childLevels) {
        public Staffed {
            childLevels = List.copyOf(childLevels);
        }
    }

    /** Whether the whole grid has a supervisor. */
    public boolean staffed() {
        return staffing.staffed();
    }
}
