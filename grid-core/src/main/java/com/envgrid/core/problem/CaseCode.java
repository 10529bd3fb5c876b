package com.envgrid.core.problem;

import com.envgrid.core.input.ProblemCode;

/** Codes of the problems of problem cases beyond a workflow refusal's kind (see {@link ProblemCode}). */
public enum CaseCode implements ProblemCode {
    /** A case is assigned to a supervisor of its grid ({@code grid}). */
    ASSIGNEE_NOT_SUPERVISOR("case.assignee_not_supervisor");

    private final String code;

    CaseCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
