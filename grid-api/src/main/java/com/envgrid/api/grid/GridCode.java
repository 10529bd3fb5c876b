package com.envgrid.api.grid;

import com.envgrid.core.input.ProblemCode;

/** Codes of the problems of the grid feature (see {@link ProblemCode}). */
enum GridCode implements ProblemCode {
    /** A grid layer that failed validation, not stored; the report lists why. */
    LAYER_REJECTED("grid.layer_rejected");

    private final String code;

    GridCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
