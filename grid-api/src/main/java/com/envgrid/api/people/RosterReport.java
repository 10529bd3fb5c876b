package com.envgrid.api.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.List;
import java.util.Map;

/**
 * What a roster import did or — on a dry run, or when bad rows stopped it — would do: per row the person and what
 * happens to them ({@code create}, {@code update}: name, phone or new assignments, {@code unchanged}), every problem
 * at its cell, and after an accepted import that created accounts the sheet of their initial passwords, given in this
 * answer only (base64 of an .xlsx): the platform keeps no copy it could give again.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
record RosterReport(boolean dryRun, boolean written, @Nullable String sheet, int rows, int bad, int created,
                    int updated, int unchanged, List<Entry> entries, List<RowProblem> problems,
                    @Nullable PasswordsSheet passwordsSheet) {

    /** A person of the roster: the row, who, and the grids the row assigns them to. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Entry(int row, String username, String name, String role, List<String> grids, String action) {
    }

    /**
     * One thing wrong with the roster: the row and cell as Excel shows them ({@code D5}; no cell when the problem is a
     * missing column, on the header's row), the column's key, and the problem's code, params and English message.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record RowProblem(int row, @Nullable String cell, @Nullable String column, String code, Map<String, Object> params,
                      String message) {
    }

    /** The initial passwords of the accounts created, as an .xlsx file (name, username, grids, initial password). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record PasswordsSheet(String filename, String mediaType, String base64) {
        @Override
        public String toString() {
            return "PasswordsSheet[" + filename + "]"; // never the passwords
        }
    }
}
