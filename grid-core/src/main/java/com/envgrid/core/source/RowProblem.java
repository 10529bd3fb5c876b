package com.envgrid.core.source;

/**
 * One thing wrong with one row of an imported file.
 * <p>
 * {@code line} is, in a CSV file, the 1-based line on which the record starts (the header is line 1, and problems
 * with the whole file — a missing column — are on the header's line); in a GeoJSON file, the 0-based index of the
 * feature in {@code features}, or -1 for a problem with the document itself. {@code column} is the column or
 * property as the file names it ({@code geometry} for a GeoJSON feature's location, both columns as
 * {@code 经度/纬度} for a CSV location that is wrong as a whole), or null when the problem is the row itself.
 */
public record RowProblem(int line, String column, String message) {
}
