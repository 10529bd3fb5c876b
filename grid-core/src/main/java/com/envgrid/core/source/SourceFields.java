package com.envgrid.core.source;

import java.util.Map;

/**
 * One row as text, whichever file it came from: the non-empty, trimmed value of each field, and the column (or
 * property) name that gave each field, to say where a problem is.
 */
record SourceFields(int line, Map<SourceField, String> values, Map<SourceField, String> columns) {
    String value(SourceField field) {
        return values.get(field);
    }

    /** The column as the file names it, or the field's English name when the file has no such column. */
    String column(SourceField field) {
        return columns.getOrDefault(field, field.key());
    }
}
