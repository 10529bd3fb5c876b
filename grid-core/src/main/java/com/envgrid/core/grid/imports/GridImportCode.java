package com.envgrid.core.grid.imports;

import com.envgrid.core.input.ProblemCode;

/** Codes of the problems the grid import's own options find in a file (see {@link ProblemCode}). */
public enum GridImportCode implements ProblemCode {
    /** A parent rule gave no parent, or one that is not in the layer; {@code code}, {@code rule}, {@code parent}. */
    PARENT_NOT_DERIVED("grid.parent_not_derived"),
    /** {@code district=} names no district of the file; {@code district}, {@code districts}: those it holds. */
    DISTRICT_NOT_IN_FILE("grid.district_not_in_file"),
    /** {@code code=}/{@code name=} given for a file of more than one feature; {@code features}. */
    ONE_FEATURE_ONLY("grid.one_feature_only");

    private final String code;

    GridImportCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
