package com.envgrid.core.coverage;

/**
 * One grid's line of the coverage table: its code, name, level key (e.g. {@code town}), tier below the district
 * (0 the district, 1 towns/streets/parks, 2 and 3 below), parent code (null at the top), whether it has an active
 * supervisor, and its rolled-up figures.
 */
public record CoverageRow(String code, String name, String level, int tier, String parent, boolean staffed,
                          GridFigures figures) {
}
