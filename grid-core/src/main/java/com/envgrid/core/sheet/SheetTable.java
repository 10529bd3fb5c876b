package com.envgrid.core.sheet;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What a spreadsheet file gave: its format, the text's charset (CSV only, else null), the names of its sheets in
 * order (one, unnamed — empty —, for CSV), the sheet read, its header row (null when the sheet has no non-blank row)
 * and the non-blank rows under the header. Title rows above the header are not kept.
 */
public record SheetTable(SheetFormat format, Charset charset, List<String> sheets, String sheet, SheetRow header,
                         List<SheetRow> rows) {
    public SheetTable {
        sheets = List.copyOf(sheets);
        rows = List.copyOf(rows);
    }

    /** The header's names, trimmed, or none. */
    public List<String> columns() {
        return header == null ? List.of() : header.cells().stream().map(String::strip).toList();
    }
}
