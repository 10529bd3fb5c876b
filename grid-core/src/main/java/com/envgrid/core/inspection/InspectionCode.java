package com.envgrid.core.inspection;

import com.envgrid.core.input.ProblemCode;

/** Codes of the problems of inspections (see {@link ProblemCode}). */
public enum InspectionCode implements ProblemCode {
    /** Only a record flagged for where it was made is reviewed. */
    NOT_FLAGGED("inspection.not_flagged"),
    /** A record made later than now (beyond a few minutes of clock drift). */
    IN_FUTURE("inspection.in_future");

    private final String code;

    InspectionCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
