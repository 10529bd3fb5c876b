package com.envgrid.core.sheet;

import com.envgrid.core.input.ProblemCode;

/** Codes of the problems of reading a spreadsheet file (see {@link ProblemCode}). */
public enum SheetCode implements ProblemCode {
    /** Not a workbook or CSV text that can be read: damaged, another kind of file, a quoted field never closed. */
    UNREADABLE("sheet.unreadable"),
    /** A workbook protected by a password: it cannot be opened without it. */
    ENCRYPTED("sheet.encrypted"),
    /** The workbook has no sheet of the name asked for; params name it and the sheets there are. */
    NO_SUCH_SHEET("sheet.no_such_sheet"),
    /** More rows, columns or cells than are read at once; params give the limit. */
    TOO_LARGE("sheet.too_large");

    private final String code;

    SheetCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
