package com.envgrid.api.shared;

import com.envgrid.core.input.ProblemCode;

import java.util.Map;

/** The request clashes with the current state (a duplicate, a concurrent change): a 409 problem. */
public class Conflict extends Refusal {
    public Conflict(String message) {
        super(ApiCode.CONFLICT, Map.of(), message);
    }

    public Conflict(ProblemCode code, Map<String, ?> params, String message) {
        super(code, params, message);
    }
}
