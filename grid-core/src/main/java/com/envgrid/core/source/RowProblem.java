package com.envgrid.core.source;

/**
 * One thing wrong with one row of an imported file.
 * <p>
 * {@code line} is, in a CSV file, the 1-based line on which the record starts (the header is line 1, and problems
 * with the whole file — a missing column — are on the header's line); in a GeoJSON file, the 0-based index of the
 * feature in {@code features}, or -1 for a problem with the document itself. {@code column} is the column or
 * property as the file names it ({@code geometry} for a GeoJSON feature's location, both columns as
 * {@code 经度/纬度} for a CSV location that is wrong as a whole), or null when the problem is the row itself. In an
 * Excel workbook, {@code line} is the row as Excel numbers it and {@code cell} the cell as Excel names it
 * ({@code C17}; {@code F17/G17} for a location wrong as a whole), null when the problem is the row itself and
 * always in CSV and GeoJSON.
 */
public record RowProblem(int line, String column, String message, String cell) {
    /** A problem not placed at a cell. */
    public RowProblem(int line, String column, String message) {
        this(line, column, message, null);
    }
}
