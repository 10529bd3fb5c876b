package com.envgrid.core.sheet;

import org.apache.poi.ss.util.CellReference;

import java.util.List;

/**
 * A row of a sheet as a person sees it: its 1-based number as Excel shows it (in a CSV file, the line on which the
 * record starts) and the text of each cell from column A on, untrimmed, with no trailing empty cells.
 */
public record SheetRow(int number, List<String> cells) {
    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The text of the 0-based column, empty past the last cell. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    /** The cell's reference as Excel shows it: column 2 of row 17 is {@code C17}. */
    public String reference(int column) {
        return reference(column, number);
    }

    public static String reference(int column, int row) {
        return CellReference.convertNumToColString(column) + row;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
