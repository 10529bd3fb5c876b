package com.envgrid.api.inspection;

/**
 * The SQL form of {@link com.envgrid.core.inspection.CountsAsInspected}, for queries that let PostgreSQL aggregate:
 * the only place SQL states which inspection records show their target inspected. It mirrors that policy clause by
 * clause — plausible, or flagged and accepted on review; and corrected by no later record — and
 * {@code CountsAsInspectedSqlTest} runs the same records through both, failing when they disagree.
 */
public final class CountsAsInspectedSql {
    private CountsAsInspectedSql() {
    }

    /**
     * No later record corrects the {@code inspection} row aliased {@code i}. A correction may be dated in any month:
     * this asks the one key table (V28), which knows of each record whether it is corrected, rather than every
     * month's partition of the inspections.
     */
    public static final String NOT_CORRECTED_I =
            "NOT EXISTS (SELECT 1 FROM inspection_key k WHERE k.id = i.id AND k.corrected)";

    /** A condition on an {@code inspection} row aliased {@code i}. */
    public static final String ON_I = """
            ((i.location_plausible
              OR EXISTS (SELECT 1 FROM inspection_review r WHERE r.inspection_id = i.id AND r.accepted))
             AND\s""" + NOT_CORRECTED_I + ")";
}
