package com.envgrid.core.source;

import java.util.Map;

/**
 * One row as text, whichever file it came from: the non-empty, trimmed value of each field, and the column (or
 * property) name and — in a workbook — the cell ({@code C17}) that gave each field, to say where a problem is.
 */
record SourceFields(int line, Map<SourceField, String> values, Map<SourceField, String> columns,
                    Map<SourceField, String> cells) {
    String value(SourceField field) {
        return values.get(field);
    }

    /** The column as the file names it, or the field's English name when the file has no such column. */
    String column(SourceField field) {
        return columns.getOrDefault(field, field.key());
    }

    /** The cell as Excel names it, or null when the file has no cells (CSV, GeoJSON) or no such column. */
    String cell(SourceField field) {
        return cells.get(field);
    }
}
