package com.envgrid.core.sheet;

/**
 * The kind of spreadsheet file, told from its first bytes, never from a name or a declared type: a ZIP archive is an
 * Excel 2007+ workbook (.xlsx), an OLE2 compound document is an Excel 97–2003 workbook (.xls) — or an .xlsx protected
 * by a password, which Excel stores in the same container —, anything else is read as CSV text.
 */
public enum SheetFormat {
    XLSX, XLS, CSV;

    public static SheetFormat of(byte[] bytes) {
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return XLSX;
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return XLS;
        }
        return CSV;
    }

    public boolean isWorkbook() {
        return this != CSV;
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
