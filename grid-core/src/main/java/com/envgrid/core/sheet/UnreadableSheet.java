package com.envgrid.core.sheet;

import java.util.Map;

/**
 * A spreadsheet file that cannot be read, with why ({@link SheetCode} and its params) and, when the trouble is at
 * one place of the file, its 1-based row (CSV: line) there; {@code row} is 0 when it is the file as a whole (a
 * damaged or password-protected workbook, a sheet that is not there).
 */
public final class UnreadableSheet extends RuntimeException {
    private final SheetCode code;
    private final Map<String, Object> params;
    private final int row;

    UnreadableSheet(SheetCode code, Map<String, ?> params, int row, String message) {
        super(message);
        this.code = code;
        this.params = Map.copyOf(params);
        this.row = row;
    }

    public SheetCode code() {
        return code;
    }

    public Map<String, Object> params() {
        return params;
    }

    public int row() {
        return row;
    }
}
