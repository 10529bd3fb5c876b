package com.envgrid.api.waste;

import com.envgrid.core.input.ProblemCode;

/** Codes of the problems of the hazardous-waste feature (see {@link ProblemCode}). */
enum WasteProblem implements ProblemCode {
    /** A manifest import with bad rows, none written; the report lists them. */
    IMPORT_REJECTED("waste.import_rejected");

    private final String code;

    WasteProblem(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
