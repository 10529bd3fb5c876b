package com.envgrid.api.source;

import com.envgrid.core.input.ProblemCode;

/** Codes of the problems of the source feature (see {@link ProblemCode}). */
enum SourceCode implements ProblemCode {
    /** A directory import with bad rows, none written; the report lists them. */
    IMPORT_REJECTED("source.import_rejected");

    private final String code;

    SourceCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
